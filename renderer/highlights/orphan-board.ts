/** Which highlights of which review the article could not find, shared by the article view and the notes panel. */
export class OrphanBoard {
  readonly #orphans = new Map<string, ReadonlySet<string>>();
  readonly #listeners = new Set<() => void>();

  /** Records the orphaned highlight ids of one review, as the article view last anchored them. */
  set(reviewId: string, ids: readonly string[]): void {
    this.#orphans.set(reviewId, new Set(ids));
    for (const listener of this.#listeners) listener();
  }

  /** Whether the highlight `id` of `reviewId` could not be found in the article. */
  has(reviewId: string, id: string): boolean {
    return this.#orphans.get(reviewId)?.has(id) ?? false;
  }

  /** Calls `listener` after every change; the returned function stops that. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The board of the one window. */
export const orphanBoard = new OrphanBoard();
