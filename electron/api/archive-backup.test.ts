import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, link, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { create, Header, list } from 'tar';
import { restoreArchiveBackup, verifyArchiveBackup, writeArchiveBackup } from '../archive/backup/archive-backup.ts';
import { type BackupProgress, manifestName } from '../archive/backup/archive-backup-manifest.ts';
import { openLibrary } from './library.ts';
import { fileDigests, filledArchive } from './test-support/filled-archive.ts';

async function backedUp() {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-'));
  const { dir, reviewId } = await filledArchive(parent);
  const outFile = path.join(parent, 'archive.tar.gz');
  const result = await writeArchiveBackup(dir, outFile, { appVersion: '9.9.9' });
  return { parent, dir, reviewId, outFile, result };
}

/** Asserts that restoring `backup` into a new folder is refused with `message` and that the folder never appears. */
async function assertRefused(backup: string, message: RegExp): Promise<void> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-restore-'));
  const target = path.join(parent, 'restored');
  await assert.rejects(restoreArchiveBackup(backup, target), { message });
  assert.deepEqual(await readdir(parent), []);
}

/** A folder Offprint may not write to; root may write to any ordinary folder, but not to /sys. */
async function unwritableFolder(t: TestContext): Promise<string> {
  const locked = process.getuid?.() === 0 ? '/sys' : await mkdtemp(path.join(os.tmpdir(), 'offprint-locked-'));
  if (locked !== '/sys') {
    await chmod(locked, 0o500);
    t.after(() => chmod(locked, 0o700));
  }
  return locked;
}

test('a backup restored into a new folder gives back every file byte for byte, and the archive opens', async () => {
  const { parent, dir, reviewId, outFile, result } = await backedUp();
  const original = await fileDigests(dir);
  assert.ok(
    [...original.keys()].some((name) => name.startsWith('assets/')),
    'the page image is an asset',
  );
  assert.ok(original.has(`notes/${reviewId}.json`));
  assert.ok(original.has('settings.json') && original.has('offprint.json'));
  assert.equal(result.files, original.size);
  assert.equal(result.bytes, (await stat(outFile)).size);
  const target = path.join(parent, 'restored');
  assert.deepEqual(await restoreArchiveBackup(outFile, target), { files: original.size });
  assert.deepEqual(await fileDigests(target), original);
  const before = await openLibrary(dir, { readOnly: true, addSample: false });
  const after = await openLibrary(target, { addSample: false });
  try {
    assert.deepEqual(await after.api.listReviews({}), await before.api.listReviews({}));
    assert.deepEqual(await after.api.listNotes({ reviewId }), await before.api.listNotes({ reviewId }));
    assert.equal((await after.api.listNotes({ reviewId })).notes.length, 2);
    assert.deepEqual(await after.api.listReviewStates({}), await before.api.listReviewStates({}));
    assert.equal((await after.api.getSettings({})).theme, 'dark');
  } finally {
    await after.close();
    await before.close();
  }
});

test('the manifest comes first and lists every file with its size and sha256, but no lock, temp file or search index', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-'));
  const { dir } = await filledArchive(parent);
  await mkdir(path.join(dir, 'search', 'index'), { recursive: true });
  await writeFile(path.join(dir, 'search', 'index', 'segment-1'), 'rebuildable');
  await mkdir(path.join(dir, '.tmp'), { recursive: true });
  await writeFile(path.join(dir, '.tmp', 'offprint.json.1.ab.tmp'), 'half');
  await writeFile(path.join(dir, 'reviews', 'x.json.1.ab.tmp'), 'half');
  await writeFile(path.join(dir, '.lock'), '{"pid":1}');
  const outFile = path.join(parent, 'archive.tar.gz');
  await writeArchiveBackup(dir, outFile, { appVersion: '9.9.9' });
  const listed: string[] = [];
  await list({ file: outFile, onReadEntry: (entry) => listed.push(entry.path) });
  assert.equal(listed[0], manifestName);
  const manifest = await verifyArchiveBackup(outFile);
  assert.equal(manifest.format, 'offprint-backup');
  assert.equal(manifest.version, 1);
  assert.equal(manifest.appVersion, '9.9.9');
  assert.deepEqual(
    manifest.files.map((file) => file.path),
    listed.slice(1),
  );
  const digests = await fileDigests(dir);
  assert.deepEqual(
    manifest.files.map((file) => file.path),
    [...digests.keys()].filter((name) => !name.endsWith('.tmp')),
  );
  for (const file of manifest.files) assert.equal(file.sha256, digests.get(file.path), file.path);
  assert.ok(manifest.files.every((file) => !/^(search|\.tmp)\/|^\.lock|\.tmp$/.test(file.path)));
});

test('files hard-linked inside the archive are backed up and restored as plain files', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-'));
  const { dir } = await filledArchive(parent);
  await link(path.join(dir, 'offprint.json'), path.join(dir, 'offprint.json.prev'));
  const outFile = path.join(parent, 'linked.tar.gz');
  await writeArchiveBackup(dir, outFile);
  const target = path.join(parent, 'restored');
  await restoreArchiveBackup(outFile, target);
  assert.deepEqual(await fileDigests(target), await fileDigests(dir));
});

test('a backup reports its progress file by file up to the whole archive', async () => {
  const { dir } = await filledArchive();
  const seen: BackupProgress[] = [];
  const outFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-')), 'b.tar.gz');
  const result = await writeArchiveBackup(dir, outFile, { onProgress: (progress) => seen.push(progress) });
  assert.equal(seen.length, result.files);
  const last = seen.at(-1);
  assert.equal(last?.files, last?.totalFiles);
  assert.equal(last?.bytes, last?.totalBytes);
});

test('a truncated backup is refused as damaged and nothing is written', async () => {
  const { outFile } = await backedUp();
  const bytes = await readFile(outFile);
  const cut = `${outFile}.cut`;
  await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  await assertRefused(cut, /^The backup is damaged: it ends early or does not decompress; it cannot be restored\.$/);
});

test('a backup whose file was changed inside is refused by that file’s checksum', async () => {
  const { outFile, reviewId } = await backedUp();
  const tarBytes = gunzipSync(await readFile(outFile));
  const marker = Buffer.from('North Korea');
  const name = Buffer.from(`reviews/${reviewId}.json`);
  let header = tarBytes.indexOf(name);
  while (header >= 0 && header % 512 !== 0) header = tarBytes.indexOf(name, header + 1);
  const at = tarBytes.indexOf(marker, header + 512);
  assert.ok(at > 0);
  tarBytes[at] = 'S'.charCodeAt(0);
  const changed = `${outFile}.changed`;
  await writeFile(changed, gzipSync(tarBytes));
  await assertRefused(
    changed,
    new RegExp(`^The backup is damaged: reviews/${reviewId}\\.json does not match its checksum; it cannot`),
  );
});

test('a byte flipped in the compressed file is refused as damaged', async () => {
  const { outFile } = await backedUp();
  const bytes = await readFile(outFile);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  const flipped = `${outFile}.flipped`;
  await writeFile(flipped, bytes);
  await assertRefused(flipped, /^The backup is damaged: /);
});

test('a tar file without a manifest is refused as not an Offprint backup', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-foreign-'));
  await writeFile(path.join(folder, 'offprint.json'), '{}');
  const foreign = path.join(folder, 'foreign.tar.gz');
  await create({ gzip: true, file: foreign, cwd: folder }, ['offprint.json']);
  await assertRefused(
    foreign,
    /^This file is not an Offprint backup \(no manifest\); choose a file made by “offprint backup”\.$/,
  );
});

test('a backup holding a ../ or absolute path, a link or an unlisted file is refused before anything is written', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-foreign-'));
  const inner = path.join(folder, 'inner');
  await mkdir(inner);
  await writeFile(path.join(folder, 'evil'), 'outside');
  await writeFile(path.join(inner, 'offprint.json'), '{}');
  const listed = { path: 'offprint.json', size: 2, sha256: createHash('sha256').update('{}').digest('hex') };
  const manifest = { format: 'offprint-backup', version: 1, createdAt: '', appVersion: 'x', files: [listed] };
  await writeFile(path.join(inner, manifestName), JSON.stringify(manifest));
  await writeFile(path.join(inner, 'unlisted.json'), '{}');
  await symlink('/etc/passwd', path.join(inner, 'symlink'));
  const outside = /^This file is not an Offprint backup \(it holds .*evil, a path outside the archive\); /;
  const cases: Array<[string[], RegExp]> = [
    [[manifestName, '../evil'], outside],
    [[manifestName, path.join(folder, 'evil')], outside],
    [[manifestName, 'symlink'], /^This file is not an Offprint backup \(it holds symlink, which is a SymbolicLink /],
    [[manifestName, 'unlisted.json'], /^The backup is damaged: unlisted\.json is not listed in its manifest; /],
  ];
  for (const [index, [entries, message]] of cases.entries()) {
    const file = path.join(folder, `case-${index}.tar.gz`);
    await create({ gzip: true, file, cwd: inner, preservePaths: true }, entries);
    await assertRefused(file, message);
  }
  // The tar package cannot pack a hard link beside its target, so its entry is written by hand.
  const plain = path.join(folder, 'plain.tar');
  await create({ file: plain, cwd: inner }, [manifestName, 'offprint.json']);
  const header = new Header({ path: 'hardlink', type: 'Link', linkpath: 'offprint.json', size: 0, mode: 0o644 });
  header.encode();
  const packed = await readFile(plain);
  const withLink = Buffer.concat([
    packed.subarray(0, packed.length - 1024),
    header.block ?? Buffer.alloc(0),
    Buffer.alloc(1024),
  ]);
  const hardLinked = path.join(folder, 'hardlink.tar.gz');
  await writeFile(hardLinked, gzipSync(withLink));
  await assertRefused(hardLinked, /^This file is not an Offprint backup \(it holds hardlink, which is a Link rather /);
});

test('a plain text file or a gzip of text is refused as not an Offprint backup', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-foreign-'));
  const text = path.join(folder, 'notes.txt');
  await writeFile(text, 'Just some notes.\n');
  await assertRefused(text, /^This file is not an Offprint backup \(it is not a compressed tar file\); /);
  const zipped = path.join(folder, 'notes.txt.gz');
  await writeFile(zipped, gzipSync('Just some notes.\n'.repeat(100)));
  await assertRefused(zipped, /^This file is not an Offprint backup \(/);
  await assertRefused(path.join(folder, 'missing.tar.gz'), /^There is no file at .*missing\.tar\.gz; check /);
});

test('a manifest from a newer Offprint asks for an update', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-foreign-'));
  await writeFile(
    path.join(folder, manifestName),
    JSON.stringify({ format: 'offprint-backup', version: 2, files: [] }),
  );
  const file = path.join(folder, 'newer.tar.gz');
  await create({ gzip: true, file, cwd: folder }, [manifestName]);
  await assertRefused(file, /^This backup was made by a newer Offprint \(backup format 2\); update Offprint/);
});

test('restoring into a folder that is not empty is refused and the folder is left untouched', async () => {
  const { outFile } = await backedUp();
  const target = await mkdtemp(path.join(os.tmpdir(), 'offprint-target-'));
  await writeFile(path.join(target, 'mine.txt'), 'keep me');
  await assert.rejects(restoreArchiveBackup(outFile, target), {
    message: `${target} is not empty; restore into a new folder.`,
  });
  assert.deepEqual(await readdir(target), ['mine.txt']);
  assert.equal(await readFile(path.join(target, 'mine.txt'), 'utf8'), 'keep me');
  assert.deepEqual(
    await readdir(path.dirname(target)).then((names) => names.filter((n) => n.includes('restoring'))),
    [],
  );
});

test('restoring into an existing empty folder fills it', async () => {
  const { dir, outFile } = await backedUp();
  const target = await mkdtemp(path.join(os.tmpdir(), 'offprint-target-'));
  await restoreArchiveBackup(outFile, target);
  assert.deepEqual(await fileDigests(target), await fileDigests(dir));
});

test('a backup into a folder Offprint may not write fails with one line and leaves no temp file', async (t) => {
  const { dir } = await filledArchive();
  const locked = await unwritableFolder(t);
  await assert.rejects(writeArchiveBackup(dir, path.join(locked, 'b.tar.gz')), {
    message: `Could not write the backup: Offprint may not write to ${locked}. Choose another.`,
  });
  assert.deepEqual(
    (await readdir(locked)).filter((name) => name.startsWith('b.tar.gz')),
    [],
  );
});

test('a backup whose folder is a file fails with one line', async () => {
  const { dir } = await filledArchive();
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'offprint-backup-')), 'plain.txt');
  await writeFile(file, 'not a folder');
  await assert.rejects(writeArchiveBackup(dir, path.join(file, 'b.tar.gz')), {
    message: `Could not write the backup: ${file} is not a folder. Choose another.`,
  });
});

test('a backup into a folder that does not exist fails with one line', async () => {
  const { dir } = await filledArchive();
  const missing = path.join(os.tmpdir(), 'offprint-no-such-folder', 'deeper');
  await assert.rejects(writeArchiveBackup(dir, path.join(missing, 'b.tar.gz')), {
    message: `Could not write the backup: the folder ${missing} does not exist. Choose another.`,
  });
});

test('restoring where Offprint may not write fails with one line and leaves nothing behind', async (t) => {
  const { outFile } = await backedUp();
  const locked = await unwritableFolder(t);
  const target = path.join(locked, 'restored');
  await assert.rejects(restoreArchiveBackup(outFile, target), {
    message: `Could not restore into ${target}: Offprint may not write to ${locked}. Choose another.`,
  });
  assert.deepEqual(
    (await readdir(locked)).filter((name) => name.includes('restor')),
    [],
  );
});
