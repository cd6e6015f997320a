import type { Archive } from '../archive/archive.ts';
import type { Reference, ReviewSummary } from '../model/review.ts';
import type { EventHub } from './event-hub.ts';

/** How many review files are read at once while the index is built. */
const readConcurrency = 8;

/** One outlet cited across the archive: its name as first printed, references to it and reviews citing it. */
export interface OutletCount {
  name: string;
  count: number;
  reviewCount: number;
}

/** Which citations to look for, and a review to leave out. */
interface CitingQuery {
  outlet?: string;
  title?: string;
  excludeReviewId?: string;
}

interface ReviewCitations {
  /** Per normalised outlet: each spelling printed and how often. */
  outlets: Map<string, Map<string, number>>;
  titles: Set<string>;
}

/** Folds case, spacing, quotes and a leading "the" so "The  Guardian" and "guardian" are one outlet. */
export function normaliseCitationKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'.,:;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Which reviews cite which outlet and which item, read lazily from the archive and kept current by its events. */
export class CitationIndex {
  readonly #archive: Archive;
  readonly #byReview = new Map<string, ReviewCitations>();
  #building: Promise<void> | undefined;
  /** Reviews being read after an event; every answer waits for them, so it includes the latest changes. */
  readonly #refreshing = new Set<Promise<void>>();

  constructor(archive: Archive, events: EventHub) {
    this.#archive = archive;
    events.subscribe((event) => {
      if (!this.#building) return;
      if (event.type === 'review-removed') this.#byReview.delete(event.payload.id);
      if (event.type === 'review-added' || event.type === 'review-changed') {
        const refresh = this.#refresh(event.payload.review.id);
        this.#refreshing.add(refresh);
        void refresh.then(() => this.#refreshing.delete(refresh));
      }
    });
  }

  /** Every outlet with its reference and review counts, most cited first, then by name. */
  async listOutlets(): Promise<OutletCount[]> {
    await this.#ready();
    const totals = new Map<string, { spellings: Map<string, number>; count: number; reviewCount: number }>();
    for (const { outlets } of this.#byReview.values()) {
      for (const [key, spellings] of outlets) {
        const total = totals.get(key) ?? { spellings: new Map<string, number>(), count: 0, reviewCount: 0 };
        for (const [name, count] of spellings) {
          total.spellings.set(name, (total.spellings.get(name) ?? 0) + count);
          total.count += count;
        }
        total.reviewCount += 1;
        totals.set(key, total);
      }
    }
    return [...totals.values()]
      .map(({ spellings, count, reviewCount }) => ({ name: commonestSpelling(spellings), count, reviewCount }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /**
   * The reviews citing `outlet` and/or the item titled `title`, newest first, leaving out `excludeReviewId`: the
   * first `limit` of them, and how many there are in all.
   */
  async findCiting(query: CitingQuery & { limit?: number }): Promise<{ reviews: ReviewSummary[]; total: number }> {
    const found = await this.#matching(query);
    found.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title));
    return { reviews: query.limit === undefined ? found : found.slice(0, query.limit), total: found.length };
  }

  /** The ids of every review citing `outlet`, in no particular order (for filtering the library). */
  async listCitingIds(outlet: string): Promise<string[]> {
    return (await this.#matching({ outlet })).map((review) => review.id);
  }

  async #matching(query: CitingQuery): Promise<ReviewSummary[]> {
    await this.#ready();
    const outlet = query.outlet === undefined ? undefined : normaliseCitationKey(query.outlet);
    const title = query.title === undefined ? undefined : normaliseCitationKey(query.title);
    if (!outlet && !title) return [];
    const found: ReviewSummary[] = [];
    for (const [id, citations] of this.#byReview) {
      if (id === query.excludeReviewId) continue;
      if (outlet && !citations.outlets.has(outlet)) continue;
      if (title && !citations.titles.has(title)) continue;
      const summary = this.#archive.findReview(id);
      if (summary) found.push(summary);
    }
    return found;
  }

  async #ready(): Promise<void> {
    this.#building ??= this.#build();
    await this.#building;
    await Promise.all(this.#refreshing);
  }

  async #build(): Promise<void> {
    const ids = this.#archive.listReviews().map((review) => review.id);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        if (id !== undefined) await this.#refresh(id);
      }
    };
    await Promise.all(Array.from({ length: Math.min(readConcurrency, ids.length) }, worker));
  }

  async #refresh(id: string): Promise<void> {
    const references = await this.#archive.readReferences(id);
    // A review that cannot be read (removed meanwhile, or damaged) simply cites nothing.
    if (references && this.#archive.hasReview(id)) this.#byReview.set(id, citationsOf(references));
    else this.#byReview.delete(id);
  }
}

/** The spelling used most; on a tie the one sorting first, so capitalised names win over lower-case ones. */
function commonestSpelling(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of spellings) {
    if (count > bestCount || (count === bestCount && name < best)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function citationsOf(references: readonly Pick<Reference, 'container' | 'title'>[]): ReviewCitations {
  const outlets = new Map<string, Map<string, number>>();
  const titles = new Set<string>();
  for (const { container, title } of references) {
    const outlet = container ? normaliseCitationKey(container) : '';
    if (container && outlet) {
      const spellings = outlets.get(outlet) ?? new Map<string, number>();
      const name = container.trim().replace(/\s+/g, ' ');
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      outlets.set(outlet, spellings);
    }
    const key = title ? normaliseCitationKey(title) : '';
    if (key) titles.add(key);
  }
  return { outlets, titles };
}
