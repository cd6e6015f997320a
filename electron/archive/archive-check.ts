import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { SettingsSchema } from '../model/settings.ts';
import { type IndexData, IndexSchema, NotesFileSchema, schemaVersion, versionOf } from './archive-format.ts';
import { liveLockHolder } from './archive-lock.ts';
import { describeDamage, moveAside } from './damaged-file.ts';
import { tempFolderName, writeFileDurably } from './durable-file.ts';
import { scanReviewFiles } from './index-rebuild.ts';
import { canMigrate } from './migrations.ts';
import { ReviewStatesFileSchema, reviewStatesFolderName } from './review-states.ts';
import { parseJsonOrUndefined } from './safe-json.ts';

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
  const scan = await scanReviewFiles(path.join(dir, 'reviews'));
  for (const name of scan.damaged) {
    const file = path.join(dir, 'reviews', name);
    findings.push({
      problem: `reviews/${name} is damaged (${await damageOf(file)}).`,
      repair: async () => `Moved reviews/${name} aside as reviews/${await moveAside(file)}.`,
    });
  }

  const index = await readIndex(dir);
  if (index.kind === 'damaged' || index.kind === 'missing') {
    findings.push({
      problem: index.kind === 'missing' ? 'offprint.json is missing.' : `offprint.json is damaged (${index.why}).`,
      repair: () => rebuildIndex(dir, index.kind === 'damaged'),
    });
  } else if (index.kind === 'older') {
    findings.push({ problem: `offprint.json is schema version ${index.version}; opening the archive updates it.` });
  } else if (index.kind === 'newer') {
    findings.push({
      problem: `offprint.json is schema version ${index.version}, newer than this Offprint understands.`,
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
        problem: `The library index does not match reviews/: ${parts.join('; ')}.`,
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
  const text = await readFile(path.join(dir, 'offprint.json'), 'utf8').catch(() => null);
  if (text === null) return { kind: 'missing' };
  const raw = parseJsonOrUndefined(text);
  const version = versionOf(raw);
  if (version !== undefined && version > schemaVersion) return { kind: 'newer', version };
  if (version !== undefined && version < schemaVersion && canMigrate(version)) return { kind: 'older', version };
  const parsed = IndexSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', data: parsed.data };
  const issue = parsed.error.issues[0];
  const why = raw === undefined ? describeDamage(text, undefined) : `${issue?.path.join('.')}: ${issue?.message}`;
  return { kind: 'damaged', why };
}

async function rebuildIndex(dir: string, damaged: boolean): Promise<string> {
  const file = path.join(dir, 'offprint.json');
  const aside = damaged ? await moveAside(file) : null;
  const scan = await scanReviewFiles(path.join(dir, 'reviews'));
  await writeIndex(dir, { schemaVersion, reviews: scan.rows, sampleAdded: true });
  const kept = aside ? ` (the damaged file was kept as ${aside})` : '';
  return `Rebuilt the library index from ${scan.rows.length} review file(s)${kept}.`;
}

async function checkSettings(dir: string): Promise<Finding[]> {
  const file = path.join(dir, 'settings.json');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null || SettingsSchema.safeParse(parseJsonOrUndefined(text)).success) return [];
  return [
    {
      problem: `settings.json is damaged (${describeDamage(text, 'it does not have the expected shape')}).`,
      repair: async () => `Moved settings.json aside as ${await moveAside(file)}; the settings start from defaults.`,
    },
  ];
}

async function checkReviewStates(dir: string): Promise<Finding[]> {
  const folder = path.join(dir, reviewStatesFolderName);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{2}\.json$/.test(name));
  const findings: Finding[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null || ReviewStatesFileSchema.safeParse(parseJsonOrUndefined(text)).success) continue;
    findings.push({
      problem: `${reviewStatesFolderName}/${name} is damaged (${describeDamage(text, 'it does not have the expected shape')}).`,
      repair: async () =>
        `Moved ${reviewStatesFolderName}/${name} aside as ${await moveAside(file)}; its note counts are rebuilt from your notes when the archive opens, and its reading positions start again.`,
    });
  }
  return findings;
}

async function checkNotes(dir: string): Promise<Finding[]> {
  const folder = path.join(dir, 'notes');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const findings: Finding[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null || NotesFileSchema.safeParse(parseJsonOrUndefined(text)).success) continue;
    findings.push({
      problem: `notes/${name} is damaged (${describeDamage(text, 'it does not have the expected shape')}).`,
      repair: async () => {
        const previous = await readFile(`${file}.prev`, 'utf8').catch(() => null);
        const aside = await moveAside(file);
        if (previous !== null && NotesFileSchema.safeParse(parseJsonOrUndefined(previous)).success) {
          await writeFileDurably(file, previous, { tempDir: path.join(dir, tempFolderName) });
          return `Recovered notes/${name} from the version saved before its last change; the damaged file is notes/${aside}.`;
        }
        return `Moved notes/${name} aside as notes/${aside}; no earlier version exists.`;
      },
    });
  }
  return findings;
}

async function checkTemp(dir: string): Promise<Finding[]> {
  // While another process holds the archive, its temp files are writes under way, not leftovers.
  const holder = await liveLockHolder(dir);
  if (holder !== null && holder !== process.pid) return [];
  const folder = path.join(dir, tempFolderName);
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
  await writeFileDurably(path.join(dir, 'offprint.json'), JSON.stringify(data), {
    tempDir: path.join(dir, tempFolderName),
  });
}

async function damageOf(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return describeDamage(text, 'it does not have the expected shape');
}
