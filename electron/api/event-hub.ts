import type { OffprintEvent } from './contract.ts';

/** Fans library events out to every host connection that listens (IPC windows, SSE clients). */
export class EventHub {
  readonly #listeners = new Set<(event: OffprintEvent) => void>();

  /** Sends an event to every listener. */
  emit(event: OffprintEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: (event: OffprintEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
