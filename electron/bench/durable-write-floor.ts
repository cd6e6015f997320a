import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempFolderName } from '../archive/archive-layout.ts';
import { writeFileDurably } from '../archive/durable-file.ts';
import { summarizeTimings, type Timings, timed } from './measure.ts';

/** The floor under a note save: the same bytes written durably, through the archive's helper and by hand. */
export interface WriteFloor {
  durable: Timings;
  handRolled: Timings;
}

/**
 * Writes `text` `count` times into the archive's `notes/` folder (temp files in `.tmp/`) with writeFileDurably and
 * with a hand-rolled open/write/fsync/close/rename/fsync-folder, alternating so both see the same noise.
 */
export async function measureWriteFloor(dir: string, text: string, count: number): Promise<WriteFloor> {
  const notesDir = path.join(dir, 'notes');
  const tempDir = path.join(dir, tempFolderName);
  const durableTarget = path.join(notesDir, 'bench-floor-durable.json');
  const handTarget = path.join(notesDir, 'bench-floor-by-hand.json');
  const durable: number[] = [];
  const handRolled: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      durable.push((await timed(() => writeFileDurably(durableTarget, text, { tempDir }))).ms);
      const temp = path.join(tempDir, `bench-floor-${i}.tmp`);
      handRolled.push((await timed(() => writeByHand(temp, handTarget, notesDir, text))).ms);
    }
  } finally {
    await Promise.all([rm(durableTarget, { force: true }), rm(handTarget, { force: true })]);
  }
  return { durable: summarizeTimings(durable), handRolled: summarizeTimings(handRolled) };
}

async function writeByHand(temp: string, target: string, folder: string, text: string): Promise<void> {
  const file = await open(temp, 'w');
  try {
    await file.write(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, target);
  const directory = await open(folder, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
