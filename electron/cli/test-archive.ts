import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../api/library.ts';

/** The title of the sample review every new archive starts with. */
export const sampleTitle = 'How the coastal papers covered the harbour strike';

/** A new archive holding the sample review, closed again (no lock left), and the sample's id. */
export async function archiveWithSample(): Promise<{ dir: string; id: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-cli-'));
  const { api, archive } = await openLibrary(dir);
  const id = (await api.listReviews({})).reviews[0]?.id ?? '';
  await archive.close();
  return { dir, id };
}

/** An empty temp folder: no archive in it. */
export function emptyFolder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'offprint-cli-empty-'));
}
