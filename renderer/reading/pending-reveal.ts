/** One highlight waiting to be shown: the review it belongs to and its id. */
export interface RevealRequest {
  reviewId: string;
  highlightId: string;
}

/**
 * A highlight to scroll to and focus once its review has drawn its marks, asked for by a view that opens the
 * review (the all-notes view) and carried out by the article, which knows when the marks are there.
 */
export class PendingReveal {
  #request: RevealRequest | undefined;
  readonly #listeners = new Set<() => void>();

  /** Asks for highlight `highlightId` to be revealed once review `reviewId` has drawn its marks; replaces any earlier ask. */
  request(reviewId: string, highlightId: string): void {
    this.#request = { reviewId, highlightId };
    for (const listener of this.#listeners) listener();
  }

  /** The id of the highlight waiting on review `reviewId`, handed over once: a second call returns undefined. */
  take(reviewId: string): string | undefined {
    if (this.#request?.reviewId !== reviewId) return undefined;
    const { highlightId } = this.#request;
    this.#request = undefined;
    return highlightId;
  }

  /** Calls `listener` after every request, so an article already showing the review can act at once. */
  onRequest(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The pending reveal of the one window. */
export const pendingReveal = new PendingReveal();
