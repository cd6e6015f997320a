import type { LastRowFacts } from './library-page-scripts.ts';

/**
 * What is wrong with the list after it was scrolled to its end, or null when the last of `reviewCount` reviews
 * has its row in the DOM and in view: the proof that the whole library scrolls.
 */
export function lastRowProblem(facts: LastRowFacts, reviewCount: number): string | null {
  const { last, setSize } = facts;
  if (!last) return 'no line of the library list was in the DOM';
  if (setSize !== reviewCount) return `the list says it has ${setSize ?? 'no count of'} lines, not ${reviewCount}`;
  if (last.posInSet !== reviewCount) {
    return `the line furthest down in the DOM was line ${last.posInSet} of ${reviewCount}, not the last`;
  }
  if (last.reviewId === null) return `line ${reviewCount} of the list is not a review row`;
  if (!last.inView) return `the last review's row (${last.reviewId}) was in the DOM but not in view`;
  return null;
}

/** The first problem seen at any of the ends the list was scrolled to, or null when every one showed the last row. */
export function firstLastRowProblem(ends: readonly LastRowFacts[], reviewCount: number): string | null {
  if (ends.length === 0) return 'the list was never scrolled to its end';
  for (const [index, facts] of ends.entries()) {
    const problem = lastRowProblem(facts, reviewCount);
    if (problem) return `after jump ${index + 1} to the end, ${problem}`;
  }
  return null;
}
