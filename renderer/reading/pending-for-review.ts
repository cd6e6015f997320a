/**
 * Something to show in a review once it is drawn, asked for by a view that opens the review and carried out by the
 * article, which knows when the review is drawn. One request waits at a time.
 */
export class PendingForReview<T> {
  #request: { reviewId: string; value: T } | undefined;
  readonly #listeners = new Set<() => void>();

  /** Asks for `value` to be shown once review `reviewId` is drawn; replaces any earlier ask. */
  request(reviewId: string, value: T): void {
    this.#request = { reviewId, value };
    for (const listener of this.#listeners) listener();
  }

  /** What waits on review `reviewId`, handed over once: a second call returns undefined. */
  take(reviewId: string): T | undefined {
    if (this.#request?.reviewId !== reviewId) return undefined;
    const { value } = this.#request;
    this.#request = undefined;
    return value;
  }

  /** Calls `listener` after every request, so an article already showing the review can act at once. */
  onRequest(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The highlight (its id) to scroll to and focus once its review has drawn its marks; the all-notes view asks. */
export const pendingReveal = new PendingForReview<string>();

/** The words of a search match to scroll to once its review is laid out; the search results ask. */
export const pendingMatch = new PendingForReview<string>();
