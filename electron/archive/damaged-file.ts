import { rename } from 'node:fs/promises';
import path from 'node:path';

/** Moves a file that does not parse out of the way as `<name>.corrupt-<timestamp>`; returns that name. */
export async function moveAside(file: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = `${file}.corrupt-${stamp}`;
  await rename(file, aside);
  return path.basename(aside);
}

/** Why a JSON file could not be used, in a few words: empty, NUL bytes, not JSON, or the failed check. */
export function describeDamage(text: string | null, problem: string | undefined): string {
  if (text !== null && text.trim() === '') return 'it is empty';
  if (text?.includes('\u0000')) return 'it contains NUL bytes';
  return problem ?? 'it is not valid JSON';
}
