/** What an unlabelled task is called when the reader is told what is still running. */
const defaultLabel = 'saving changes';

/** Keeps count of writes still in flight, so a host can wait for them before it quits and say what is running. */
export class PendingWork {
  readonly #running = new Map<Promise<unknown>, string>();

  /** How many tracked tasks have not settled yet. */
  get size(): number {
    return this.#running.size;
  }

  /** Tracks `task` until it settles, under `label` (what it does, said to the reader), and hands it back unchanged. */
  track<T>(task: Promise<T>, label: string = defaultLabel): Promise<T> {
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    this.#running.set(settled, label);
    void settled.then(() => this.#running.delete(settled));
    return task;
  }

  /** What the tasks still running do, each label once, in the order they were first tracked. */
  labels(): string[] {
    return [...new Set(this.#running.values())];
  }

  /** Resolves once every task tracked so far, and any tracked while waiting, has settled; never rejects. */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.keys());
  }

  /**
   * Waits for `settled()` at most `limitMs`; resolves to the labels of what is still running then (empty when all
   * settled in time).
   */
  async settledWithin(limitMs: number): Promise<string[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<'time-up'>((resolve) => {
      timer = setTimeout(() => resolve('time-up'), limitMs);
    });
    const outcome = await Promise.race([this.settled().then(() => 'settled' as const), timeUp]);
    clearTimeout(timer);
    return outcome === 'settled' ? [] : this.labels();
  }
}
