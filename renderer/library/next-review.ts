import type { LibraryItem } from './library-items.ts';

/** The review `step` places after (1) or before (-1) the open one in list order; from none, the first or last. */
export function nextReviewId(items: LibraryItem[], openId: string | undefined, step: 1 | -1): string | undefined {
  const ids = items.flatMap((item) => (item.kind === 'review' ? [item.key] : []));
  const here = openId === undefined ? -1 : ids.indexOf(openId);
  if (here < 0) return step === 1 ? ids[0] : ids.at(-1);
  return ids[here + step];
}
