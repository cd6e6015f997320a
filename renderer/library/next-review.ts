import type { LibraryItem } from './library-items.ts';

/** The review `step` places after (1) or before (-1) the open one in list order; from none, the first or last. */
export function nextReviewId(items: LibraryItem[], openId: string | undefined, step: 1 | -1): string | undefined {
  const ids = items.flatMap((item) => (item.kind === 'review' ? [item.key] : []));
  const here = openId === undefined ? -1 : ids.indexOf(openId);
  if (here < 0) return step === 1 ? ids[0] : ids.at(-1);
  return ids[here + step];
}

/** Whether a key press was aimed at something the reader types in, so single-letter shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Partial<HTMLElement>).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
