import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { problemOf } from '../common/messages.ts';

/** A JSON file read and checked: its value, or whether it is missing and why it could not be used. */
export type CheckedRead<T> = { ok: true; value: T } | { ok: false; missing: boolean; problem: string };

/** Parses JSON text, or gives undefined when it does not parse (the callers report the damage themselves). */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

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

/** Reads the JSON file `file` and checks it against `schema`; other read errors than a missing file throw. */
export async function readChecked<T>(file: string, schema: z.ZodType<T>): Promise<CheckedRead<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true, problem: 'missing' };
    throw error;
  }
  const raw = parseJsonOrUndefined(text);
  if (raw === undefined) return { ok: false, missing: false, problem: describeDamage(text, undefined) };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, missing: false, problem: `it does not have the expected shape (${problemOf(parsed.error)})` };
}
