import type { DeltaSegment } from '../index/delta-segment.ts';
import type { MainSegment } from '../index/main-segment.ts';

/** At most this many completions of the word being typed are searched, the most common first. */
const maxCompletions = 32;
/** Completions stop once they and the typed word itself cover this many postings, so a short prefix stays fast. */
const completionPostingBudget = 100_000;
/** At most this many near spellings of a word are searched. */
const maxNearSpellings = 12;

/** How many documents hold a term, in both segments. */
export function documentFrequency(main: MainSegment, delta: DeltaSegment, term: string): number {
  const index = main.find(term);
  return (index < 0 ? 0 : (main.termDocs[index] as number)) + delta.documents(term);
}

/** Dictionary terms that start with `prefix` and are longer than it, the most common first, within a budget. */
export function completeTerm(main: MainSegment, delta: DeltaSegment, prefix: string): string[] {
  const counts = new Map<string, number>();
  const { first, end } = main.prefixRange(prefix);
  for (let index = first; index < end; index++) counts.set(main.terms[index] as string, main.termDocs[index] as number);
  for (const [term, list] of delta.lists) {
    if (term.startsWith(prefix)) counts.set(term, (counts.get(term) ?? 0) + list.documents);
  }
  const typed = counts.get(prefix) ?? 0;
  counts.delete(prefix);
  return pickCommon(counts, maxCompletions, Math.max(0, completionPostingBudget - typed), typed === 0);
}

/** Dictionary terms within `maxDistance` edits (insert, delete, substitute, swap) of `term`, the most common first. */
export function nearSpellings(main: MainSegment, delta: DeltaSegment, term: string, maxDistance: number): string[] {
  const counts = new Map<string, number>();
  // A typo in the first letter is rare; keeping it fixed limits the scan to one range of the sorted dictionary.
  const first = term.slice(0, 1);
  const range = main.prefixRange(first);
  for (let index = range.first; index < range.end; index++) {
    const candidate = main.terms[index] as string;
    if (isWithinDistance(term, candidate, maxDistance)) counts.set(candidate, main.termDocs[index] as number);
  }
  for (const [candidate, list] of delta.lists) {
    if (candidate.startsWith(first) && isWithinDistance(term, candidate, maxDistance)) {
      counts.set(candidate, (counts.get(candidate) ?? 0) + list.documents);
    }
  }
  counts.delete(term);
  return pickCommon(counts, maxNearSpellings, Number.POSITIVE_INFINITY, true);
}

/** Whether two words are at most `max` edits apart (optimal string alignment distance). */
export function isWithinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const width = b.length + 1;
  let previous2 = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return (previous[b.length] as number) <= max;
}

/** The most common terms within `max` terms and `budget` postings; with `atLeastOne`, the first even over budget. */
function pickCommon(counts: Map<string, number>, max: number, budget: number, atLeastOne: boolean): string[] {
  const sorted = [...counts].sort((x, y) => y[1] - x[1]);
  const picked: string[] = [];
  let postings = 0;
  for (const [term, documents] of sorted) {
    const overBudget = postings + documents > budget && !(atLeastOne && picked.length === 0);
    if (picked.length >= max || overBudget) break;
    picked.push(term);
    postings += documents;
  }
  return picked;
}
