import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { summaryOf } from '../archive/review-summary.ts';
import { noteBody } from '../fake-data/fake-prose.ts';
import type { SeededRandom } from '../fake-data/seeded-random.ts';
import { attempt, type NaiveMeasured } from './bench-results.ts';
import { watchTurns } from './main-thread-watch.ts';
import { dropPageCache, median, summarizeTimings, type Timings, timed } from './measure.ts';
import type { NaiveData } from './naive-archive.ts';

/** How often each naive measurement runs at most, and the time after which it stops early (it is slow). */
const naiveRuns = { firstPage: 5, noteSaves: 20, openReviews: 50, pageSize: 50, budgetMs: 30_000 };

/** Measures the single-file lowdb baseline: opening to the first page, opening reviews, saving notes. */
export async function measureNaive(
  file: string,
  fileBytes: number,
  reviewIds: readonly string[],
  random: SeededRandom,
): Promise<NaiveMeasured> {
  const opened = await attempt(() => openToFirstPage(file));
  if (!opened.ok) return { fileBytes, firstPage: opened, noteSave: opened, openReview: opened };
  const { db, ...firstPage } = opened.value;
  const openReview = await attempt(async () => {
    const times: number[] = [];
    for (let i = 0; i < naiveRuns.openReviews; i++) {
      const id = random.pick(reviewIds);
      const found = await timed(() => db.data.reviews.find((review) => review.id === id));
      if (!found.value) throw new Error(`Review ${id} is missing from the naive file.`);
      times.push(found.ms);
    }
    return summarizeTimings(times);
  });
  const noteSave = await attempt(() => saveNotes(db, reviewIds, random));
  return { fileBytes, firstPage: { ok: true, value: firstPage }, noteSave, openReview };
}

function withinBudget(done: number, wanted: number, minimum: number, start: number): boolean {
  return done < wanted && (done < minimum || performance.now() - start < naiveRuns.budgetMs);
}

async function openToFirstPage(file: string) {
  const times: number[] = [];
  let cold = true;
  let db: Low<NaiveData> | undefined;
  const start = performance.now();
  while (!db || withinBudget(times.length, naiveRuns.firstPage, 1, start)) {
    cold = dropPageCache() && cold;
    const opened = await timed(async () => {
      const low = new Low<NaiveData>(new JSONFile<NaiveData>(file), { reviews: [], notes: {} });
      await low.read();
      low.data.reviews.slice(-naiveRuns.pageSize).reverse().map(summaryOf);
      return low;
    });
    times.push(opened.ms);
    db = opened.value;
  }
  return { db, medianMs: median(times), repetitions: times.length, cold };
}

/** Saves notes the naive way: change the data in memory, then `db.write()` rewrites the whole file. */
async function saveNotes(
  db: Low<NaiveData>,
  reviewIds: readonly string[],
  random: SeededRandom,
): Promise<Timings & { longestTurnMs: number }> {
  const times: number[] = [];
  const watcher = watchTurns();
  let longestTurnMs = 0;
  const start = performance.now();
  try {
    while (withinBudget(times.length, naiveRuns.noteSaves, 3, start)) {
      const reviewId = random.pick(reviewIds);
      const notes = db.data.notes[reviewId] ?? [];
      const edited = notes.length > 0 && random.chance(0.5) ? random.pick(notes) : undefined;
      const body = noteBody(random, 300);
      const saved = await timed(async () => {
        const now = new Date().toISOString();
        if (edited) Object.assign(edited, { body, updatedAt: now });
        else notes.push({ id: randomUUID(), reviewId, body, createdAt: now, updatedAt: now });
        db.data.notes[reviewId] = notes;
        await db.write();
      });
      times.push(saved.ms);
    }
  } finally {
    longestTurnMs = watcher.stop().longestMs;
  }
  return { ...summarizeTimings(times), longestTurnMs };
}
