import assert from 'node:assert/strict';
import type { Locator, Page } from '@playwright/test';
import type { ReviewSummary } from '../../electron/model/review.ts';
import { type BrowserHost, importSources, type SourceFiles } from './browser-host.ts';
import { expect, test } from './fixtures.ts';
import { cveVectors } from './xss-cves.ts';
import {
  expectClean,
  loadXssCorpus,
  readTraps,
  substitutePlaceholders,
  type Traps,
  watchPage,
  type XssVector,
} from './xss-fixtures.ts';

// One vector per review and per note: an unclosed `<!--`, `<textarea>`, `<xmp>` or `<noscript>` in one vector
// would swallow the next one, which would then never reach the parser.
const corpus = loadXssCorpus();

/** An opened review as the page shows it, with the traps read in the same turn. */
interface Opened {
  heading: string | null;
  traps: Traps;
}

/** The fixtures a visit needs: the page, a fresh archive, and a way to serve it once it is filled. */
interface Visit {
  page: Page;
  archive: string;
  startHost: () => Promise<BrowserHost>;
}

// Each vector set takes about a minute on a quiet two-core machine; the margin keeps a busy one from failing it.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

test('the loader fills in every known H5SC placeholder and leaves URL escapes alone', () => {
  assert.equal(
    substitutePlaceholders('<a href="%js_uri_alert%">%20%x%</a>', { js_uri_alert: 'javascript:alert(1)' }),
    '<a href="javascript:alert(1)">%20%x%</a>',
  );
  assert.equal(corpus.length, 149 + 223 + cveVectors.length);
  assert.equal(new Set(corpus.map((vector) => vector.id)).size, corpus.length);
  assert.ok(corpus.every((vector) => !/%(js|svg|css|html)_[a-z0-9_]*%/.test(vector.payload)));
});

test('every vector imported as an HTML page runs nothing and requests nothing', async ({
  page,
  archive,
  startHost,
}) => {
  const files = corpus.map((vector) => [`${vector.id}.html`, htmlPage(`XSS ${vector.id}`, vector.payload)]);
  await visitImported({ page, archive, startHost }, 'html', Object.fromEntries(files));
});

test('every vector in a Markdown body runs nothing and requests nothing', async ({ page, archive, startHost }) => {
  const files = corpus.map((vector) => [
    `${vector.id}.md`,
    `---\ntitle: "Markdown ${vector.id}"\n---\nVector ${vector.id} follows.\n\n${vector.payload}\n`,
  ]);
  await visitImported({ page, archive, startHost }, 'markdown', Object.fromEntries(files));
});

test('every vector in a page text copy runs nothing and requests nothing', async ({ page, archive, startHost }) => {
  const files = corpus.map((vector, index) => [
    `${vector.id}.txt`,
    `Weekly Review #${index + 1}: September 2, 2002\n\nPage text ${vector.id}\n\nBy Jane Doe\n\nVector ${vector.id} follows.\n\n${vector.payload}\n`,
  ]);
  await visitImported({ page, archive, startHost }, 'page-text', Object.fromEntries(files));
});

test('every vector as a review title runs nothing in the library, the header or the window title', async ({
  page,
  archive,
  startHost,
}) => {
  const files = corpus.map((vector) => [
    `${vector.id}.md`,
    `---\ntitle: ${JSON.stringify(vector.payload)}\n---\nBody of ${vector.id}.\n`,
  ]);
  await visitImported({ page, archive, startHost }, 'title', Object.fromEntries(files));
});

test('every vector the file system allows as a file name runs nothing as an untitled page title', async ({
  page,
  archive,
  startHost,
}) => {
  // A name starting with "." is hidden and skipped by a folder import; two vectors with one payload share a name.
  const payloads = new Set(
    corpus
      .map((vector) => vector.payload)
      .filter((payload) => !/[/\0]/.test(payload) && !payload.startsWith('.'))
      .filter((payload) => Buffer.byteLength(`${payload}.html`) <= 255),
  );
  expect(payloads.size).toBeGreaterThan(30);
  const files = [...payloads].map((payload, index) => [
    `${payload}.html`,
    htmlPage(undefined, `<p>Untitled page ${index + 1} is named by its file name alone.</p>`),
  ]);
  const reviews = await visitImported({ page, archive, startHost }, 'file-name', Object.fromEntries(files));
  const stems = new Set([...payloads].map((payload) => payload.replace(/\s+/g, ' ').trim()));
  const named = reviews.filter((review) => stems.has(review.title));
  // Without this, a change in how untitled pages are named would leave the test passing and exercising nothing.
  expect(named.length, 'reviews titled by their file name').toBeGreaterThan(reviews.length / 2);
});

test('every vector typed into a note runs nothing when the note renders', async ({ page, archive, startHost }) => {
  await visitNotes({ page, archive, startHost }, 'typed', async (vector) => {
    await page.keyboard.insertText(vector.payload);
  });
});

test('every vector pasted into a note as HTML runs nothing when the note renders', async ({
  page,
  archive,
  startHost,
}) => {
  await visitNotes({ page, archive, startHost }, 'pasted', async (vector) => {
    const inserted = await page.evaluate(async (payload) => {
      const textarea = document.activeElement as HTMLTextAreaElement;
      const data = new DataTransfer();
      data.setData('text/html', payload);
      data.setData('text/plain', payload);
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      const input = new Promise((resolve) => textarea.addEventListener('input', resolve, { once: true }));
      // A dispatched paste inserts nothing by itself; do what the browser does when the app leaves it alone.
      if (textarea.dispatchEvent(paste)) document.execCommand('insertText', false, payload);
      // The app converts pasted HTML to Markdown through the API and inserts it when the answer comes.
      if (payload.trim() === '') return true;
      const late = new Promise((resolve) => setTimeout(() => resolve(false), 5_000));
      return Promise.race([input.then(() => true), late]);
    }, vector.payload);
    expect(inserted, `pasted note: ${vector.id} went into the note`).toBe(true);
  });
});

/** Imports `files` in one CLI run, then opens every review the archive holds by clicking its library row. */
async function visitImported(
  { page, archive, startHost }: Visit,
  kind: string,
  files: SourceFiles,
): Promise<ReviewSummary[]> {
  const count = Object.keys(files).length;
  // A refused file is safe; the count below says how many reviews were made, and each of them is opened.
  await importSources(archive, files).catch(() => undefined);
  const host = await startHost();
  const reviews = await listReviews(host);
  expect(reviews.length, `${kind}: reviews imported from ${count} files`).toBeGreaterThan(count * 0.8);
  const titles = new Map(reviews.map((review) => [review.id, review.title]));

  const watch = await watchPage(page, host.origin);
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Reviews' });
  await list.locator('button.review-row').first().waitFor();
  expectClean(page, watch, await readTraps(page), `${kind}: the library list`);
  const opened = new Set<string>();
  // The app may open a review by itself and scroll the list to it; each pass walks the list from its top.
  let before = -1;
  while (opened.size < reviews.length && opened.size > before) {
    before = opened.size;
    await scrollList(list, 'top');
    do {
      const shown = await list
        .locator('button.review-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-review-id') ?? ''));
      for (const id of shown.filter((each) => titles.has(each) && !opened.has(each))) {
        const shownReview = await page.evaluate(openReview, id);
        if (shownReview === 'not drawn') continue;
        const where = `${kind}: review ${opened.size + 1} of ${reviews.length}, ${JSON.stringify(titles.get(id))}`;
        if (shownReview === 'not opened') throw new Error(`${where} did not open within 10 s of a click on its row.`);
        opened.add(id);
        expectClean(page, watch, shownReview.traps, where);
        expect(shownReview.heading, `${where}: the header shows the title as text`).toBe(titles.get(id));
      }
    } while (await scrollList(list, 'down'));
  }
  expect(opened.size, `${kind}: reviews opened`).toBe(reviews.length);
  expectClean(page, watch, await readTraps(page), `${kind}: after every review`);
  return reviews;
}

/**
 * Writes each vector alone into the emptied, focused note of one review through `enter`, then switches the note to
 * its preview so it renders, and checks the traps before the next vector.
 */
async function visitNotes(
  { page, archive, startHost }: Visit,
  kind: string,
  enter: (vector: XssVector) => Promise<void>,
) {
  await importSources(archive, { 'note-target.md': '---\ntitle: Note target\n---\nA review to write notes beside.\n' });
  const host = await startHost();
  const watch = await watchPage(page, host.origin);
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Library' }).getByText('Note target').click();
  const editor = page.getByRole('textbox', { name: 'Note' });
  await expect(editor).toBeEditable();
  // A new review has no note yet; each vector is typed into the focused, empty editor.
  await editor.focus();
  const tabs = page.getByRole('complementary', { name: 'Notes' }).getByRole('tab');
  const [edit, preview] = await Promise.all([tabs.nth(0).elementHandle(), tabs.nth(1).elementHandle()]);
  for (const vector of corpus) {
    await enter(vector);
    const note = await editor.evaluate(renderNote, { edit, preview });
    const where = `${kind} note: ${vector.id}`;
    expectClean(page, watch, note.traps, where);
    expect(note.preview, `${where}: the note is previewed exactly when it holds text`).toBe(!note.blank);
  }
  expectClean(page, watch, await readTraps(page), `${kind} note: after every vector`);
}

/**
 * In the page: chooses the note's Preview tab, lets the app draw the preview, reads the traps, then goes back to Edit
 * and empties the note.
 */
async function renderNote(
  element: Element,
  tabs: { edit: Element | null; preview: Element | null },
): Promise<{ preview: boolean; blank: boolean; traps: Traps }> {
  const textarea = element as HTMLTextAreaElement;
  (tabs.preview as HTMLButtonElement).click();
  // Preact renders the click's state change in a microtask; a macrotask later the preview is in the DOM.
  await new Promise((resolve) => setTimeout(resolve));
  const preview = document.querySelector('.note-preview') !== null;
  const traps = (window as unknown as { __offprintTraps: () => Traps }).__offprintTraps();
  const blank = textarea.value.trim() === '';
  (tabs.edit as HTMLButtonElement).click();
  await new Promise((resolve) => setTimeout(resolve));
  textarea.focus();
  textarea.select();
  document.execCommand('delete');
  return { preview, blank, traps };
}

/**
 * In the page: scrolls the row of `id` into view and clicks it, then waits until it is the current row and its
 * review's body has rendered; answers the title shown and the traps. One evaluation per review, since a click
 * through the test's own mouse costs several round trips and the corpus opens about 1,500 reviews.
 */
async function openReview(id: string): Promise<Opened | 'not drawn' | 'not opened'> {
  const selector = `button.review-row[data-review-id="${CSS.escape(id)}"]`;
  const row = document.querySelector<HTMLButtonElement>(selector);
  if (!row) return 'not drawn';
  row.scrollIntoView({ block: 'nearest' });
  row.click();
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const article = document.querySelector('article#article');
    const current = document.querySelector(selector)?.getAttribute('aria-current') === 'true';
    if (current && article?.getAttribute('aria-busy') === 'false' && article.querySelector('.article-body')) {
      const traps = (window as unknown as { __offprintTraps: () => Traps }).__offprintTraps();
      return { heading: article.querySelector('h1.article-title')?.textContent ?? null, traps };
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return 'not opened';
}

/** Scrolls the windowed list to its top or down by a screen, and lets it draw the rows that came into view. */
function scrollList(list: Locator, where: 'top' | 'down'): Promise<boolean> {
  return list.evaluate(async (element, to) => {
    const scroller = element.closest('.library-scroller');
    if (!scroller) throw new Error('The library list has no scroller around it.');
    const before = scroller.scrollTop;
    scroller.scrollTop = to === 'top' ? 0 : before + scroller.clientHeight;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return scroller.scrollTop !== before;
  }, where);
}

async function listReviews(running: BrowserHost): Promise<ReviewSummary[]> {
  const token = new URL(running.url).hash.replace('#token=', '');
  const response = await fetch(`${running.origin}/api/listReviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': token },
    body: '{}',
  });
  const result = (await response.json()) as { ok: boolean; value?: { reviews: ReviewSummary[] } };
  if (!result.ok || !result.value) throw new Error(`listReviews failed with HTTP ${response.status}.`);
  return result.value.reviews;
}

/** A saved page with one article: its title and <h1> when given, a paragraph of text, then `payload`. */
function htmlPage(title: string | undefined, payload: string): string {
  const head = title ? `<title>${title}</title>` : '';
  const heading = title ? `<h1>${title}</h1>` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article>${heading}<p>This paragraph gives the page enough text to read as an article; what follows is one case of the corpus.</p>\n${payload}\n<p>End of the case.</p></article></body></html>`;
}
