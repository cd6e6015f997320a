/** Keeps count of writes still in flight, so a host can wait for them before it quits. */
export class PendingWork {
  readonly #running = new Set<Promise<unknown>>();

  /** How many tracked tasks have not settled yet. */
  get size(): number {
    return this.#running.size;
  }

  /** Tracks `task` until it settles and hands it back unchanged. */
  track<T>(task: Promise<T>): Promise<T> {
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(settled);
    void settled.then(() => this.#running.delete(settled));
    return task;
  }

  /** Resolves once every task tracked so far, and any tracked while waiting, has settled; never rejects. */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }
}
