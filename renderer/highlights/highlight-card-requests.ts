/** Asks for a highlight's card in the notes panel to be scrolled into view and focused; the article asks when a mark is chosen. */
export class HighlightCardRequests {
  readonly #target = new EventTarget();

  /** Asks the card of highlight `id` to come into view and take the focus. */
  request(id: string): void {
    this.#target.dispatchEvent(new CustomEvent('request', { detail: id }));
  }

  /** Calls `listener` with the id of each highlight asked for; the returned function stops that. */
  onRequest(listener: (id: string) => void): () => void {
    const handle = (event: Event) => listener((event as CustomEvent<string>).detail);
    this.#target.addEventListener('request', handle);
    return () => this.#target.removeEventListener('request', handle);
  }
}

/** The requests of the one window. */
export const highlightCardRequests = new HighlightCardRequests();
