import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { messageOf } from '../common/messages.ts';
import { OffprintError } from '../model/offprint-error.ts';
import type { ReviewSummary } from '../model/review.ts';
import { type ArchiveContext, requireWritable } from './archive-context.ts';
import { type IndexData, looksLikeIndex, schemaVersion, versionOf } from './archive-format.ts';
import {
  indexFile,
  indexFileName,
  indexSnapshotsFolderName,
  reviewsFolder,
  reviewsFolderName,
  tempFolder,
} from './archive-layout.ts';
import { describeDamage, moveAside, parseJsonOrUndefined } from './damaged-file.ts';
import { DurableJsonFile } from './durable-file.ts';
import { scanReviewFiles } from './index-rebuild.ts';
import { readIndexSnapshot, snapshotBeforeMigration, snapshotIndex } from './index-snapshots.ts';
import { canMigrate, migrateIndex } from './migrations.ts';
import { RelatedRows, type ReviewIdentity } from './related-rows.ts';
import type { SettingsFile } from './settings-file.ts';

/**
 * `offprint.json`: the schema version and one summary row per review, a cache of `reviews/`. An older format is
 * migrated after a backup; a damaged or missing index is rebuilt from the review files; every change leaves a
 * verified snapshot in `backups/`.
 */
export class ArchiveIndex {
  readonly #context: ArchiveContext;
  readonly #file: Low<IndexData>;
  #rowsById: Map<string, ReviewSummary> | null = null;
  #related: RelatedRows<ReviewSummary> | null = null;

  constructor(context: ArchiveContext) {
    this.#context = context;
    this.#file = new Low(new DurableJsonFile<IndexData>(indexFile(context.dir), { tempDir: tempFolder(context.dir) }), {
      schemaVersion,
      reviews: [],
      sampleAdded: false,
    });
  }

  /**
   * Reads the index, migrating, rebuilding or recovering it as needed (`settings` takes what an old format kept).
   * Answers why the archive must stay read-only when a newer Offprint wrote it, else null.
   */
  async load(settings: SettingsFile): Promise<string | null> {
    const file = indexFile(this.#context.dir);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    const newer = text === null ? await this.#start() : await this.#read(file, text, settings);
    this.#forgetRows();
    return newer;
  }

  /** Every summary row, in import order. */
  get rows(): readonly ReviewSummary[] {
    return this.#file.data.reviews;
  }

  /** Whether the sample review was ever added. */
  get sampleAdded(): boolean {
    return this.#file.data.sampleAdded;
  }

  /** The row of one review, if it is in the library. */
  find(id: string): ReviewSummary | undefined {
    return this.#rows().get(id);
  }

  /** Rows that may hold the same content as `probe` or an earlier version of it (see RelatedRows), oldest first. */
  findRelated(probe: Omit<ReviewIdentity, 'id'> & { contentHash: string }): ReviewSummary[] {
    this.#related ??= new RelatedRows(this.#file.data.reviews);
    return this.#related.find(probe);
  }

  /** Changes the index in turn with other changes, writes it and leaves a snapshot. */
  change(change: (data: IndexData) => void): Promise<void> {
    requireWritable(this.#context);
    return this.#context.writes.queue(indexFile(this.#context.dir), async () => {
      change(this.#file.data);
      this.#forgetRows();
      await this.#file.write();
      await this.#snapshot();
    });
  }

  /** Appends rows with one index write; when it fails, the index in memory is as it was before. */
  append(rows: readonly ReviewSummary[]): Promise<void> {
    requireWritable(this.#context);
    return this.#context.writes.queue(indexFile(this.#context.dir), async () => {
      const before = this.#file.data.reviews;
      this.#file.data.reviews = [...before, ...rows];
      this.#forgetRows();
      try {
        await this.#file.write();
      } catch (error) {
        this.#file.data.reviews = before;
        this.#forgetRows();
        throw error;
      }
      await this.#snapshot();
    });
  }

  /** Replaces the index with a snapshot, then adds rows for review files the snapshot does not know. */
  async restoreSnapshot(name: string): Promise<{ restored: number; added: number; dropped: number }> {
    requireWritable(this.#context);
    const snapshot = await readIndexSnapshot(this.#context.dir, name);
    const scan = await scanReviewFiles(reviewsFolder(this.#context.dir));
    const onDisk = new Map(scan.rows.map((row) => [row.id, row]));
    const kept = snapshot.reviews.filter((row) => onDisk.has(row.id));
    const known = new Set(kept.map((row) => row.id));
    const added = scan.rows.filter((row) => !known.has(row.id));
    await this.change((data) => {
      data.reviews = [...kept.map((row) => onDisk.get(row.id) ?? row), ...added];
      data.sampleAdded = snapshot.sampleAdded;
    });
    return { restored: kept.length, added: added.length, dropped: snapshot.reviews.length - kept.length };
  }

  async #read(file: string, text: string, settings: SettingsFile): Promise<string | null> {
    const raw = parseJsonOrUndefined(text);
    const version = versionOf(raw);
    if (looksLikeIndex(raw)) {
      this.#file.data = raw;
      return null;
    }
    if (version !== undefined && version > schemaVersion) return this.#openNewer(raw, version);
    const { dir } = this.#context;
    if (this.#context.readOnlyReason()) {
      throw new OffprintError(
        'unsupported',
        version !== undefined && canMigrate(version)
          ? `The archive at ${dir} uses an older format (schema version ${version}); open it in Offprint once to update it.`
          : `The file ${indexFileName} in the archive at ${dir} is damaged; run "offprint check --repair".`,
      );
    }
    if (version !== undefined && canMigrate(version) && (await this.#migrate(text, raw, version, settings)))
      return null;
    const problem = raw === undefined ? describeDamage(text, undefined) : 'it does not have the expected shape';
    await this.#rebuild(`${indexFileName} was damaged (${problem})`, file);
    return null;
  }

  async #start(): Promise<null> {
    const scan = await scanReviewFiles(reviewsFolder(this.#context.dir));
    const readOnly = this.#context.readOnlyReason() !== null;
    if (scan.rows.length === 0 && scan.damaged.length === 0) {
      if (!readOnly) await this.#file.write();
    } else if (readOnly) {
      this.#file.data = { schemaVersion, reviews: scan.rows, sampleAdded: true };
    } else {
      await this.#rebuild(`${indexFileName} was missing`, null);
    }
    return null;
  }

  async #rebuild(why: string, damagedFile: string | null): Promise<void> {
    const { dir } = this.#context;
    const aside = damagedFile ? await moveAside(damagedFile) : null;
    const scan = await scanReviewFiles(reviewsFolder(dir));
    const movedReviews: string[] = [];
    for (const name of scan.damaged) movedReviews.push(await moveAside(path.join(reviewsFolder(dir), name)));
    this.#file.data = { schemaVersion, reviews: scan.rows, sampleAdded: true };
    await this.#file.write();
    const keptAs = aside ? `; the damaged file was kept as ${aside}` : '';
    const lost = movedReviews.length
      ? ` ${movedReviews.length} damaged review file(s) were moved aside in ${reviewsFolderName}/ (${movedReviews.join(', ')}).`
      : '';
    this.#context.notify(
      `The library index was rebuilt from ${scan.rows.length} review file(s): ${why}${keptAs}.${lost}`,
    );
  }

  #openNewer(raw: unknown, version: number): string {
    const reason = `This archive was written by a newer Offprint (schema version ${version}; this one understands ${schemaVersion}). It is open for reading only; update Offprint to change it.`;
    const rows = (raw as { reviews?: unknown }).reviews;
    const candidate = { schemaVersion, reviews: rows, sampleAdded: true };
    this.#file.data = looksLikeIndex(candidate) ? candidate : { schemaVersion, reviews: [], sampleAdded: true };
    this.#context.notify(reason);
    return reason;
  }

  /** Migrates an older index after backing it up; false when it does not have its version's shape. */
  async #migrate(text: string, raw: unknown, version: number, settings: SettingsFile): Promise<boolean> {
    const migrated = await migrateIndex(this.#context.dir, raw, version);
    if (!migrated) return false;
    const backup = await snapshotBeforeMigration(this.#context.dir, text, version);
    if (migrated.settings) await settings.replace(migrated.settings);
    this.#file.data = migrated.index;
    await this.#file.write();
    this.#context.notify(
      `The archive was updated from schema version ${version} to ${schemaVersion}; a copy of the old index was kept as ${indexSnapshotsFolderName}/${backup}.`,
    );
    return true;
  }

  async #snapshot(): Promise<void> {
    await snapshotIndex(this.#context.dir, JSON.stringify(this.#file.data)).catch((error: unknown) => {
      this.#context.notify(`A backup of the library index could not be written (${messageOf(error)}).`);
    });
  }

  /** Rows by id, built on first use so the first page of the library does not wait for it. */
  #rows(): Map<string, ReviewSummary> {
    this.#rowsById ??= new Map(this.#file.data.reviews.map((row) => [row.id, row]));
    return this.#rowsById;
  }

  /** Drops the maps built from the rows after the index changed; the next lookup rebuilds them. */
  #forgetRows(): void {
    this.#rowsById = null;
    this.#related = null;
  }
}
