/** Words to show in a review once it is open: the review and the words of the search match. */
interface MatchRequest {
  reviewId: string;
  match: string;
}

/**
 * A search match to scroll to once its review is drawn, asked for by the search results (which open the review)
 * and carried out by the article, which knows when its body is laid out.
 */
export class PendingMatch {
  #request: MatchRequest | undefined;
  readonly #listeners = new Set<() => void>();

  /** Asks for `match` to be shown once review `reviewId` is drawn; replaces any earlier ask. */
  request(reviewId: string, match: string): void {
    this.#request = { reviewId, match };
    for (const listener of this.#listeners) listener();
  }

  /** The words waiting on review `reviewId`, handed over once: a second call returns undefined. */
  take(reviewId: string): string | undefined {
    if (this.#request?.reviewId !== reviewId) return undefined;
    const { match } = this.#request;
    this.#request = undefined;
    return match;
  }

  /** Calls `listener` after every request, so an article already showing the review can act at once. */
  onRequest(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The pending search match of the one window. */
export const pendingMatch = new PendingMatch();
