import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from '../../archive/durable-file.ts';
import { OffprintError } from '../../model/offprint-error.ts';
import { DocTable } from './doc-table.ts';
import { MainSegment } from './main-segment.ts';
import { searchFields } from './search-fields.ts';

/** The version of the files below; an index saved in another version is rebuilt, not read. */
export const indexFormatVersion = 1;

const formatName = 'offprint-search-index';
const manifestName = 'manifest.json';
const fieldCount = searchFields.length;

/** What is saved: a merged segment and a compacted table of documents. */
export interface SavedIndex {
  main: MainSegment;
  docs: DocTable;
}

interface Manifest {
  format: string;
  version: number;
  generation: string;
  documents: number;
  terms: number;
  blocks: number;
  files: Record<string, { bytes: number; sha256: string }>;
}

// Every save writes a new generation of files and then the manifest naming them, so a crash mid-save leaves the
// previous manifest and its files intact; files of other generations are deleted after the manifest is on disk.

/** Writes the index to `dir` durably: the document table, the dictionary, the term table and one file per block. */
export async function saveIndexFiles(dir: string, index: SavedIndex): Promise<void> {
  // Everything is copied before the first await, so the index may change while the files are written.
  const generation = randomBytes(4).toString('hex');
  const { main, docs } = index;
  const live = docs.ids as string[];
  const contents = new Map<string, Uint8Array>([
    [`docs-${generation}.json`, Buffer.from(JSON.stringify(live))],
    [`doc-fields-${generation}.bin`, bytesOf(docs.fieldLengths.slice(0, live.length * fieldCount))],
    [`doc-dates-${generation}.bin`, bytesOf(docs.dates.slice(0, live.length))],
    [`terms-${generation}.txt`, Buffer.from(main.terms.join('\n'))],
    [`term-table-${generation}.bin`, termTable(main)],
  ]);
  for (const [number, block] of main.blocks.entries()) contents.set(`postings-${generation}-${number}.bin`, block);
  await mkdir(dir, { recursive: true });
  const manifest: Manifest = {
    format: formatName,
    version: indexFormatVersion,
    generation,
    documents: live.length,
    terms: main.terms.length,
    blocks: main.blocks.length,
    files: {},
  };
  for (const [name, bytes] of contents) {
    await writeFileDurably(path.join(dir, name), bytes);
    manifest.files[name] = { bytes: bytes.byteLength, sha256: sha256(bytes) };
  }
  await writeFileDurably(path.join(dir, manifestName), JSON.stringify(manifest));
  const stale = (await readdir(dir)).filter((name) => name !== manifestName && !(name in manifest.files));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
}

/** Reads an index saved in `dir`; null when there is none; throws OffprintError when damaged or of another version. */
export async function loadIndexFiles(dir: string): Promise<SavedIndex | null> {
  let manifestText: string;
  try {
    manifestText = await readFile(path.join(dir, manifestName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const manifest = parseManifest(dir, manifestText);
  const g = manifest.generation;
  const read = (name: string) => readChecked(dir, manifest, name);
  const names = Array.from({ length: manifest.blocks }, (_, number) => `postings-${g}-${number}.bin`);
  const [idsBytes, fieldBytes, dateBytes, termBytes, tableBytes, ...blocks] = await Promise.all(
    [
      `docs-${g}.json`,
      `doc-fields-${g}.bin`,
      `doc-dates-${g}.bin`,
      `terms-${g}.txt`,
      `term-table-${g}.bin`,
      ...names,
    ].map(read),
  );
  const ids = parseIds(dir, idsBytes as Buffer, manifest.documents);
  const fieldLengths = copyInto(new Uint32Array(ids.length * fieldCount), fieldBytes as Buffer, dir, 'doc-fields');
  const dates = copyInto(new Int32Array(ids.length), dateBytes as Buffer, dir, 'doc-dates');
  const terms = manifest.terms === 0 ? [] : (termBytes as Buffer).toString('utf8').split('\n');
  if (terms.length !== manifest.terms) throw damaged(dir, 'the dictionary has the wrong number of terms');
  const table = copyInto(new Uint32Array(terms.length * 4), tableBytes as Buffer, dir, 'term-table');
  const count = terms.length;
  const main = new MainSegment({
    terms,
    blocks: blocks.map((block) => new Uint8Array(block.buffer, block.byteOffset, block.byteLength)),
    termBlock: Uint16Array.from(table.subarray(0, count)),
    termStart: table.slice(count, count * 2),
    termEnd: table.slice(count * 2, count * 3),
    termDocs: table.slice(count * 3, count * 4),
  });
  checkPostingRanges(dir, main);
  return { main, docs: DocTable.restore(ids, fieldLengths, dates) };
}

function termTable(main: MainSegment): Uint8Array {
  const count = main.terms.length;
  const table = new Uint32Array(count * 4);
  table.set(main.termBlock, 0);
  table.set(main.termStart, count);
  table.set(main.termEnd, count * 2);
  table.set(main.termDocs, count * 3);
  return bytesOf(table);
}

function parseManifest(dir: string, text: string): Manifest {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw damaged(dir, `${manifestName} is not valid JSON`);
  }
  if (manifest?.format !== formatName) throw damaged(dir, `${manifestName} is not an Offprint search index manifest`);
  if (manifest.version !== indexFormatVersion) {
    throw new OffprintError(
      'invalid-input',
      `Search index in ${dir} has format version ${String(manifest.version)} and this Offprint reads version ${indexFormatVersion}: it has to be rebuilt from the reviews (delete the folder to force it).`,
    );
  }
  const numbers = [manifest.documents, manifest.terms, manifest.blocks];
  if (!numbers.every((value) => Number.isSafeInteger(value) && (value as number) >= 0)) {
    throw damaged(dir, `${manifestName} has impossible counts`);
  }
  if (typeof manifest.generation !== 'string' || !/^[0-9a-f]{8}$/.test(manifest.generation) || !manifest.files) {
    throw damaged(dir, `${manifestName} names no files`);
  }
  return manifest as Manifest;
}

async function readChecked(dir: string, manifest: Manifest, name: string): Promise<Buffer> {
  const expected = manifest.files[name];
  if (!expected) throw damaged(dir, `${manifestName} does not list ${name}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw damaged(dir, `${name} is missing`);
    throw error;
  }
  if (bytes.byteLength !== expected.bytes || sha256(bytes) !== expected.sha256) {
    throw damaged(dir, `${name} does not match its checksum`);
  }
  return bytes;
}

function parseIds(dir: string, bytes: Buffer, documents: number): string[] {
  let ids: unknown;
  try {
    ids = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged(dir, 'the document list is not valid JSON');
  }
  if (!Array.isArray(ids) || ids.length !== documents || !ids.every((id) => typeof id === 'string')) {
    throw damaged(dir, 'the document list does not match the manifest');
  }
  return ids as string[];
}

function copyInto<T extends Uint32Array | Int32Array>(target: T, bytes: Buffer, dir: string, what: string): T {
  if (bytes.byteLength !== target.byteLength) throw damaged(dir, `the ${what} table has the wrong size`);
  new Uint8Array(target.buffer).set(bytes);
  return target;
}

function checkPostingRanges(dir: string, main: MainSegment): void {
  for (let index = 0; index < main.terms.length; index++) {
    const block = main.blocks[main.termBlock[index] as number];
    const start = main.termStart[index] as number;
    const end = main.termEnd[index] as number;
    if (!block || start > end || end > block.byteLength) throw damaged(dir, 'a posting list points outside its file');
  }
}

function bytesOf(array: Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function damaged(dir: string, reason: string): OffprintError {
  return new OffprintError(
    'damaged',
    `Search index in ${dir} is damaged (${reason}): it has to be rebuilt from the reviews (delete the folder to force it).`,
  );
}
