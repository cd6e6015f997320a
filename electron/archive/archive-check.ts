import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { problemOf } from '../common/messages.ts';
import { SettingsSchema } from '../model/settings.ts';
import { type IndexData, IndexSchema, NotesFileSchema, schemaVersion, versionOf } from './archive-format.ts';
import {
  indexFile,
  indexFileName,
  notesFolder,
  notesFolderName,
  previousVersionOf,
  reviewStatesFolder,
  reviewStatesFolderName,
  reviewsFolder,
  reviewsFolderName,
  settingsFile,
  settingsFileName,
  tempFolder,
  tempFolderName,
} from './archive-layout.ts';
import { liveLockHolder } from './archive-lock.ts';
import { describeDamage, moveAside, parseJsonOrUndefined } from './damaged-file.ts';
import { writeFileDurably } from './durable-file.ts';
import { scanReviewFiles } from './index-rebuild.ts';
import { canMigrate } from './migrations.ts';
import { ReviewStatesFileSchema } from './review-states.ts';

/** What a check found, and with `repair`, what it fixed (the problems are those left afterwards). */
export interface CheckReport {
  problems: string[];
  repaired: string[];
}

interface Finding {
  problem: string;
  repair?: () => Promise<string>;
}

/**
 * Reads every file of the archive at `dir` and reports what is wrong: a damaged or out-of-date index, rows
 * without files, files without rows, damaged reviews, notes or settings, leftover temp files. With `repair`
 * (the caller must hold the archive's lock) it fixes what can be fixed, keeping every bad file aside.
 */
export async function checkArchive(dir: string, options: { repair: boolean }): Promise<CheckReport> {
  const findings = await findProblems(dir);
  if (!options.repair) return { problems: findings.map((finding) => finding.problem), repaired: [] };
  const repaired: string[] = [];
  for (const finding of findings) if (finding.repair) repaired.push(await finding.repair());
  const left = await findProblems(dir);
  return { problems: left.map((finding) => finding.problem), repaired };
}

async function findProblems(dir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const scan = await scanReviewFiles(reviewsFolder(dir));
  for (const name of scan.damaged) {
    const file = path.join(reviewsFolder(dir), name);
    const shown = `${reviewsFolderName}/${name}`;
    findings.push({
      problem: `${shown} is damaged (${await damageOf(file)}).`,
      repair: async () => `Moved ${shown} aside as ${reviewsFolderName}/${await moveAside(file)}.`,
    });
  }

  const index = await readIndex(dir);
  if (index.kind === 'damaged' || index.kind === 'missing') {
    findings.push({
      problem:
        index.kind === 'missing' ? `${indexFileName} is missing.` : `${indexFileName} is damaged (${index.why}).`,
      repair: () => rebuildIndex(dir, index.kind === 'damaged'),
    });
  } else if (index.kind === 'older') {
    findings.push({ problem: `${indexFileName} is schema version ${index.version}; opening the archive updates it.` });
  } else if (index.kind === 'newer') {
    findings.push({
      problem: `${indexFileName} is schema version ${index.version}, newer than this Offprint understands.`,
    });
  } else {
    const onDisk = new Set(scan.rows.map((row) => row.id));
    const listed = new Set(index.data.reviews.map((row) => row.id));
    const gone = index.data.reviews.filter((row) => !onDisk.has(row.id));
    const unlisted = scan.rows.filter((row) => !listed.has(row.id));
    if (gone.length > 0 || unlisted.length > 0) {
      const parts = [
        gone.length ? `${gone.length} review(s) are listed but their files are gone or damaged` : '',
        unlisted.length ? `${unlisted.length} review file(s) are not in the library` : '',
      ].filter(Boolean);
      findings.push({
        problem: `The library index does not match ${reviewsFolderName}/: ${parts.join('; ')}.`,
        repair: async () => {
          const kept = index.data.reviews.filter((row) => onDisk.has(row.id));
          await writeIndex(dir, { ...index.data, reviews: [...kept, ...unlisted] });
          return `Updated the library index: removed ${gone.length} row(s), added ${unlisted.length}.`;
        },
      });
    }
  }

  findings.push(
    ...(await checkSettings(dir)),
    ...(await checkReviewStates(dir)),
    ...(await checkNotes(dir)),
    ...(await checkTemp(dir)),
  );
  return findings;
}

type IndexRead =
  | { kind: 'ok'; data: IndexData }
  | { kind: 'missing' }
  | { kind: 'damaged'; why: string }
  | { kind: 'older'; version: number }
  | { kind: 'newer'; version: number };

async function readIndex(dir: string): Promise<IndexRead> {
  const text = await readFile(indexFile(dir), 'utf8').catch(() => null);
  if (text === null) return { kind: 'missing' };
  const raw = parseJsonOrUndefined(text);
  const version = versionOf(raw);
  if (version !== undefined && version > schemaVersion) return { kind: 'newer', version };
  if (version !== undefined && version < schemaVersion && canMigrate(version)) return { kind: 'older', version };
  const parsed = IndexSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', data: parsed.data };
  return { kind: 'damaged', why: raw === undefined ? describeDamage(text, undefined) : problemOf(parsed.error) };
}

async function rebuildIndex(dir: string, damaged: boolean): Promise<string> {
  const aside = damaged ? await moveAside(indexFile(dir)) : null;
  const scan = await scanReviewFiles(reviewsFolder(dir));
  await writeIndex(dir, { schemaVersion, reviews: scan.rows, sampleAdded: true });
  const kept = aside ? ` (the damaged file was kept as ${aside})` : '';
  return `Rebuilt the library index from ${scan.rows.length} review file(s)${kept}.`;
}

/** A JSON file that does not pass its check, with what is wrong with it in a few words. */
interface DamagedFile {
  name: string;
  file: string;
  damage: string;
}

/** The files of `folder` (or just `names` in it) that do not parse or do not pass `schema`. */
async function findDamaged(folder: string, names: string[], schema: z.ZodType): Promise<DamagedFile[]> {
  const damaged: DamagedFile[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null || schema.safeParse(parseJsonOrUndefined(text)).success) continue;
    damaged.push({ name, file, damage: describeDamage(text, 'it does not have the expected shape') });
  }
  return damaged;
}

async function filesIn(folder: string, pattern: RegExp): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).filter((name) => pattern.test(name));
}

async function checkSettings(dir: string): Promise<Finding[]> {
  const damaged = await findDamaged(dir, [settingsFileName], SettingsSchema);
  return damaged.map(({ damage }) => ({
    problem: `${settingsFileName} is damaged (${damage}).`,
    repair: async () =>
      `Moved ${settingsFileName} aside as ${await moveAside(settingsFile(dir))}; the settings start from defaults.`,
  }));
}

async function checkReviewStates(dir: string): Promise<Finding[]> {
  const folder = reviewStatesFolder(dir);
  const damaged = await findDamaged(folder, await filesIn(folder, /^[0-9a-f]{2}\.json$/), ReviewStatesFileSchema);
  return damaged.map(({ name, file, damage }) => ({
    problem: `${reviewStatesFolderName}/${name} is damaged (${damage}).`,
    repair: async () =>
      `Moved ${reviewStatesFolderName}/${name} aside as ${await moveAside(file)}; its note counts are rebuilt from your notes when the archive opens, and its reading positions start again.`,
  }));
}

async function checkNotes(dir: string): Promise<Finding[]> {
  const folder = notesFolder(dir);
  const damaged = await findDamaged(folder, await filesIn(folder, /\.json$/), NotesFileSchema);
  return damaged.map(({ name, file, damage }) => ({
    problem: `${notesFolderName}/${name} is damaged (${damage}).`,
    repair: async () => {
      const previous = await readFile(previousVersionOf(file), 'utf8').catch(() => null);
      const aside = await moveAside(file);
      if (previous !== null && NotesFileSchema.safeParse(parseJsonOrUndefined(previous)).success) {
        await writeFileDurably(file, previous, { tempDir: tempFolder(dir) });
        return `Recovered ${notesFolderName}/${name} from the version saved before its last change; the damaged file is ${notesFolderName}/${aside}.`;
      }
      return `Moved ${notesFolderName}/${name} aside as ${notesFolderName}/${aside}; no earlier version exists.`;
    },
  }));
}

async function checkTemp(dir: string): Promise<Finding[]> {
  // While another process holds the archive, its temp files are writes under way, not leftovers.
  const holder = await liveLockHolder(dir);
  if (holder !== null && holder !== process.pid) return [];
  const folder = tempFolder(dir);
  const stale = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.tmp'));
  if (stale.length === 0) return [];
  return [
    {
      problem: `${stale.length} unfinished write(s) were left in ${tempFolderName}/ by a process that stopped.`,
      repair: async () => {
        await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true })));
        return `Removed ${stale.length} unfinished write(s) from ${tempFolderName}/.`;
      },
    },
  ];
}

async function writeIndex(dir: string, data: IndexData): Promise<void> {
  await writeFileDurably(indexFile(dir), JSON.stringify(data), { tempDir: tempFolder(dir) });
}

async function damageOf(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return describeDamage(text, 'it does not have the expected shape');
}
