import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OffprintApi } from '../api/contract.ts';
import { openLibrary } from '../api/library.ts';
import { Archive } from '../archive/archive.ts';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import { noteBody } from '../fake-data/fake-prose.ts';
import type { SeededRandom } from '../fake-data/seeded-random.ts';
import type { ArchiveResult, FirstPageResult } from './bench-results.ts';
import { measureWriteFloor } from './durable-write-floor.ts';
import type { GeneratedArchive } from './generate-archive.ts';
import { type Watch, watchEventLoopDelay, watchTurns } from './main-thread-watch.ts';
import { dropPageCache, median, summarizeTimings, type Timings, timed } from './measure.ts';

/** How many times each thing is done. */
const archiveRuns = { firstPage: 5, noteSaves: 200, writes: 200, openReviews: 50, pageSize: 50 };

/** Runs every measurement on a generated archive, in one process, one after another. */
export async function measureArchive(generated: GeneratedArchive, random: SeededRandom): Promise<ArchiveResult> {
  const { dir, reviewIds } = generated;
  const notesText = await readFile(path.join(dir, 'notes', `${reviewIds[0]}.json`), 'utf8');
  const { notices: openingNotices, ...firstPage } = await measureFirstPage(dir, archiveRuns.firstPage);
  const library = await openLibrary(dir, { addSample: false });
  let result: Omit<ArchiveResult, 'durableWrite' | 'handRolledWrite' | 'notesFileBytes' | 'firstPage'>;
  try {
    const sample = random.sample(reviewIds, archiveRuns.openReviews);
    const openReviewDropped = dropPageCache();
    const openReviewCold = await timeEach(sample, (id) => library.api.getReview({ id }));
    const openReviewWarm = await timeEach(sample, (id) => library.api.getReview({ id }));
    const saves = await saveNotes(library.api, reviewIds, random, archiveRuns.noteSaves, watchEventLoopDelay);
    const ticked = await saveNotes(library.api, reviewIds, random, archiveRuns.noteSaves, watchTurns);
    result = {
      notices: [...new Set([...openingNotices, ...library.archive.notices])],
      noteSave: summarizeTimings(saves.latencies),
      eventLoopDelayMs: saves.watched.delayMs,
      gcPauseMs: saves.watched.longestGcMs,
      turns: ticked.watched,
      openReviewCold,
      openReviewWarm,
      openReviewDropped,
    };
  } finally {
    await library.archive.close();
  }
  const floor = await measureWriteFloor(dir, notesText, archiveRuns.writes);
  return {
    ...result,
    firstPage,
    durableWrite: floor.durable,
    handRolledWrite: floor.handRolled,
    notesFileBytes: Buffer.byteLength(notesText),
  };
}

/** Opens the archive to its first page `repetitions` times (caches dropped first), beside reading the index alone. */
async function measureFirstPage(dir: string, repetitions: number): Promise<FirstPageResult & { notices: string[] }> {
  const notices: string[] = [];
  const opens: number[] = [];
  const floors: number[] = [];
  const locks: number[] = [];
  let cold = true;
  for (let i = 0; i < repetitions; i++) {
    cold = dropPageCache() && cold;
    const opened = await timed(async () => {
      const archive = await Archive.open(dir);
      return { archive, page: archive.listReviews().slice(0, archiveRuns.pageSize) };
    });
    notices.push(...opened.value.archive.notices);
    await opened.value.archive.close();
    if (opened.value.page.length === 0) throw new Error(`The archive at ${dir} opened with an empty library list.`);
    opens.push(opened.ms);
    cold = dropPageCache() && cold;
    floors.push((await timed(async () => JSON.parse(await readFile(path.join(dir, 'offprint.json'), 'utf8')))).ms);
    locks.push((await timed(async () => (await acquireArchiveLock(dir)).release())).ms);
  }
  return { openMs: median(opens), floorMs: median(floors), lockMs: median(locks), repetitions, cold, notices };
}

/**
 * Saves `count` notes on random reviews, half new and half edits, as the UI does: the review's notes are listed
 * first (untimed), then one saveNote call is timed. `watch` runs beside the saves; its report is returned.
 */
async function saveNotes<T>(
  api: OffprintApi,
  reviewIds: readonly string[],
  random: SeededRandom,
  count: number,
  watch: () => Watch<T>,
): Promise<{ latencies: number[]; watched: T }> {
  const latencies: number[] = [];
  const watcher = watch();
  let watched: T;
  try {
    for (let i = 0; i < count; i++) {
      const reviewId = random.pick(reviewIds);
      const { notes } = await api.listNotes({ reviewId });
      const edited = notes.length > 0 && random.chance(0.5) ? random.pick(notes) : undefined;
      const body = noteBody(random, 300);
      const input = edited ? { reviewId, id: edited.id, body } : { reviewId, body };
      latencies.push((await timed(() => api.saveNote(input))).ms);
    }
  } finally {
    watched = watcher.stop();
  }
  return { latencies, watched };
}

async function timeEach(ids: readonly string[], work: (id: string) => Promise<unknown>): Promise<Timings> {
  const times: number[] = [];
  for (const id of ids) times.push((await timed(() => work(id))).ms);
  return summarizeTimings(times);
}
