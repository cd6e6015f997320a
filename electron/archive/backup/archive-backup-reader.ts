import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Parser, type ReadEntry } from 'tar';
import { messageOf } from '../../common/messages.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import { parseJsonOrUndefined } from '../damaged-file.ts';
import {
  type BackupFile,
  type BackupManifest,
  BackupManifestSchema,
  type BackupProgress,
  backupFormatVersion,
  isSafeEntryPath,
  manifestName,
} from './archive-backup-manifest.ts';

/** The largest manifest read: room for the files of several hundred thousand reviews. */
const maxManifestBytes = 256 * 1024 * 1024;

/** What is done with each verified file of a backup, in the order the backup holds them. */
export type BackupFileVisitor = (file: BackupFile, bytes: Buffer) => Promise<void>;

/** One line refusing a file that is not an Offprint backup. */
export function notABackup(reason: string): OffprintError {
  return new OffprintError(
    'invalid-input',
    `This file is not an Offprint backup (${reason}); choose a file made by “offprint backup”.`,
  );
}

function damaged(detail: string): OffprintError {
  return new OffprintError('damaged', `The backup is damaged: ${detail}; it cannot be restored.`);
}

/**
 * Reads the whole backup at `file` and checks it: the manifest first and of a known format, every entry a plain
 * file at a safe path that the manifest lists, once, with its size and sha256, and nothing listed missing. Each
 * file is handed to `visit` once it checks out; the first problem rejects with one line.
 */
export async function readArchiveBackup(
  file: string,
  options: { visit?: BackupFileVisitor; onProgress?: (progress: BackupProgress) => void } = {},
): Promise<BackupManifest> {
  await requireCompressed(file);
  return new Promise((resolve, reject) => {
    let manifest: BackupManifest | null = null;
    let failure: Error | null = null;
    let visits: Promise<void> = Promise.resolve();
    const seen = new Set<string>();
    const progress: BackupProgress = { files: 0, totalFiles: 0, bytes: 0, totalBytes: 0 };
    const source = createReadStream(file);
    const parser = new Parser({ strict: true });
    const fail = (error: Error): void => {
      if (failure) return;
      failure = error;
      source.unpipe(parser);
      source.destroy();
      visits.then(
        () => reject(error),
        () => reject(error),
      );
    };
    source.on('error', (error) => fail(describeReadError(error, file)));
    parser.on('error', (error: NodeJS.ErrnoException) => fail(describeParseError(error, manifest !== null)));
    parser.on('entry', (entry: ReadEntry) => {
      if (failure) return void entry.resume();
      const listed = manifest ? checkEntry(entry, manifest, seen) : checkManifestEntry(entry);
      if (listed instanceof Error) {
        entry.resume();
        return fail(listed);
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        chunks.push(chunk);
      });
      entry.on('end', () => {
        if (failure) return;
        const bytes = Buffer.concat(chunks);
        if (listed === null) {
          const read = readManifest(bytes);
          if (read instanceof Error) return fail(read);
          manifest = read;
          progress.totalFiles = read.files.length;
          progress.totalBytes = read.files.reduce((sum, listedFile) => sum + listedFile.size, 0);
          return;
        }
        if (bytes.length !== listed.size || hash.digest('hex') !== listed.sha256) {
          return fail(damaged(`${listed.path} does not match its checksum`));
        }
        visits = visits.then(async () => {
          if (failure) return;
          await options.visit?.(listed, bytes);
          progress.files += 1;
          progress.bytes += bytes.length;
          options.onProgress?.({ ...progress });
        });
        visits.catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
      });
    });
    parser.on('end', () => {
      if (failure) return;
      const missing = manifest?.files.find((listedFile) => !seen.has(listedFile.path));
      if (!manifest) return fail(notABackup('no manifest'));
      if (missing) return fail(damaged(`${missing.path} is missing from it`));
      const complete = manifest;
      visits.then(
        () => (failure ? undefined : resolve(complete)),
        () => undefined,
      );
    });
    source.pipe(parser);
  });
}

/** Reads and checks the whole backup at `file` without writing anything; answers its manifest. */
export function verifyArchiveBackup(file: string): Promise<BackupManifest> {
  return readArchiveBackup(file);
}

async function requireCompressed(file: string): Promise<void> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw describeReadError(error, file);
  });
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    if (bytesRead < 2 || head[0] !== 0x1f || head[1] !== 0x8b) throw notABackup('it is not a compressed tar file');
  } finally {
    await handle.close();
  }
}

/** null when the first entry is the manifest; otherwise the refusal. */
function checkManifestEntry(entry: ReadEntry): null | Error {
  if (entry.path !== manifestName || entry.type !== 'File') return notABackup('no manifest');
  if (entry.size > maxManifestBytes) return notABackup('its manifest is too large');
  return null;
}

function checkEntry(entry: ReadEntry, manifest: BackupManifest, seen: Set<string>): BackupFile | Error {
  if (entry.type !== 'File' && entry.type !== 'OldFile') {
    return notABackup(`it holds ${entry.path}, which is a ${entry.type} rather than a plain file`);
  }
  if (!isSafeEntryPath(entry.path)) return notABackup(`it holds ${entry.path}, a path outside the archive`);
  const listed = manifest.files.find((candidate) => candidate.path === entry.path);
  if (!listed) return damaged(`${entry.path} is not listed in its manifest`);
  if (seen.has(entry.path)) return damaged(`${entry.path} appears twice`);
  seen.add(entry.path);
  if (entry.size !== listed.size) return damaged(`${entry.path} does not match its checksum`);
  return listed;
}

function readManifest(bytes: Buffer): BackupManifest | Error {
  const raw = parseJsonOrUndefined(bytes.toString('utf8'));
  const claimed = (raw as { format?: unknown; version?: unknown } | undefined) ?? {};
  if (claimed.format !== 'offprint-backup') return notABackup('its manifest is not an Offprint manifest');
  if (typeof claimed.version === 'number' && claimed.version > backupFormatVersion) {
    return new OffprintError(
      'unsupported',
      `This backup was made by a newer Offprint (backup format ${claimed.version}); update Offprint to restore it.`,
    );
  }
  const parsed = BackupManifestSchema.safeParse(raw);
  if (!parsed.success) return damaged('its manifest cannot be read');
  const paths = new Set<string>();
  for (const listed of parsed.data.files) {
    if (!isSafeEntryPath(listed.path))
      return notABackup(`its manifest lists ${listed.path}, a path outside the archive`);
    if (paths.has(listed.path)) return damaged(`its manifest lists ${listed.path} twice`);
    paths.add(listed.path);
  }
  return parsed.data;
}

function describeParseError(error: NodeJS.ErrnoException, sawManifest: boolean): Error {
  const compressed = typeof error.code === 'string' && error.code.startsWith('Z_');
  if (compressed || /unexpected end|truncated/i.test(error.message)) {
    return damaged('it ends early or does not decompress');
  }
  return sawManifest ? damaged('its contents cannot be read as a tar file') : notABackup('it is not a tar file');
}

function describeReadError(error: unknown, file: string): Error {
  if (error instanceof OffprintError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new OffprintError('not-found', `There is no file at ${file}; check the backup's name.`);
  if (code === 'EISDIR')
    return new OffprintError('invalid-input', `${file} is a folder, not a backup file; choose the backup file.`);
  return new OffprintError('io', `Could not read the backup ${file} (${messageOf(error)}).`);
}
