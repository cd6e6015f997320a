/**
 * Scripts that run inside the reader's page (passed to Playwright's addInitScript and evaluate): each is
 * self-contained, using only the page's globals, because Playwright sends its source text, not its closure.
 */

/** What the page looked like on the frame after the list was scrolled to its end. */
export interface LastRowFacts {
  /** `aria-setsize` of the list's lines: how many lines the list says it has. */
  setSize: number | null;
  /** The line furthest down that is in the DOM, or null when the list holds none. */
  last: { posInSet: number; reviewId: string | null; inView: boolean } | null;
  /** How many review rows are in the DOM (the list is windowed, so far fewer than the reviews). */
  rowsInDom: number;
  /** How many elements the whole page holds. */
  pageElements: number;
}

/** What scrolling recorded: every frame's requestAnimationFrame timestamp, and the list after each jump to its end. */
export interface ScrollRecord {
  stamps: number[];
  ends: LastRowFacts[];
}

/**
 * Init script: once the first library row is in the DOM, notes when the main thread has finished the frame that
 * draws it, as `performance.now()` (milliseconds since navigation started) in `globalThis.__offprintFirstRowPaint`.
 */
export function watchFirstLibraryRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('button.review-row')) return;
    observer.disconnect();
    // rAF runs just before that frame's style, layout and paint; a message posted from it is handled right after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => Reflect.set(globalThis, '__offprintFirstRowPaint', performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: the first library paint noted by `watchFirstLibraryRow`, or undefined until it happened. */
export function readFirstLibraryPaint(): number | undefined {
  const painted: unknown = Reflect.get(globalThis, '__offprintFirstRowPaint');
  return typeof painted === 'number' ? painted : undefined;
}

/**
 * In the page: moves the library list by `stepPx` on each of `frames` animation frames, turning round at either
 * end so that every frame has new rows to draw, and answers the frames' timestamps.
 */
export function flingLibrary({ stepPx, frames }: { stepPx: number; frames: number }): Promise<ScrollRecord> {
  const scroller = document.querySelector<HTMLElement>('.library-scroller');
  if (!scroller) throw new Error('The library list (.library-scroller) is not on the page.');
  scroller.scrollTop = 0;
  const stamps: number[] = [];
  let direction = 1;
  return new Promise((resolve) => {
    const onFrame = (time: number) => {
      stamps.push(time);
      if (stamps.length > frames) return resolve({ stamps, ends: [] });
      const next = scroller.scrollTop + direction * stepPx;
      if (next < 0 || next > scroller.scrollHeight - scroller.clientHeight) direction = -direction;
      scroller.scrollTop += direction * stepPx;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

/**
 * In the page: `rounds` times, jumps the library list to its end, looks at its last row two frames later, and
 * jumps back to the top; answers every frame's timestamp and what was seen at each end.
 */
export function jumpLibraryEnds(rounds: number): Promise<ScrollRecord> {
  const scroller = document.querySelector<HTMLElement>('.library-scroller');
  if (!scroller) throw new Error('The library list (.library-scroller) is not on the page.');
  const list = scroller;
  const lookAtEnd = (): LastRowFacts => {
    let last: HTMLElement | undefined;
    for (const line of list.querySelectorAll<HTMLElement>('li[aria-posinset]')) {
      if (!last || Number(line.getAttribute('aria-posinset')) > Number(last.getAttribute('aria-posinset'))) last = line;
    }
    const view = list.getBoundingClientRect();
    const box = last?.getBoundingClientRect();
    const setSize = last?.getAttribute('aria-setsize');
    return {
      setSize: setSize ? Number(setSize) : null,
      last:
        last && box
          ? {
              posInSet: Number(last.getAttribute('aria-posinset')),
              reviewId: last.querySelector<HTMLElement>('button.review-row')?.dataset.reviewId ?? null,
              inView: box.top >= view.top - 1 && box.bottom <= view.bottom + 1,
            }
          : null,
      rowsInDom: list.querySelectorAll('button.review-row').length,
      pageElements: document.getElementsByTagName('*').length,
    };
  };
  // One step per frame: the scroll event and the list's render land on the frame after a jump, so look one later.
  const steps = ['end', 'wait', 'look', 'wait'];
  const stamps: number[] = [];
  const ends: LastRowFacts[] = [];
  return new Promise((resolve) => {
    const onFrame = (time: number) => {
      stamps.push(time);
      const step = steps[(stamps.length - 1) % steps.length];
      if (stamps.length > rounds * steps.length) return resolve({ stamps, ends });
      if (step === 'end') list.scrollTop = list.scrollHeight;
      if (step === 'look') {
        ends.push(lookAtEnd());
        list.scrollTop = 0;
      }
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
}
