/** Runs tasks one at a time, in the order they were queued; a task that fails does not stop the ones after it. */
export class Sequencer {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` once every task queued before it has settled; answers what `task` answers. */
  queue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Settles once every task queued so far has settled; never rejects. */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined);
  }
}

/** One Sequencer per key (a file, a review): tasks on one key run in turn, tasks on different keys at once. */
export class KeyedSequencer {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task on `key`; a key's queue is forgotten once it is empty. */
  queue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.#tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return run;
  }

  /** How many keys have tasks queued or running. */
  get size(): number {
    return this.#tails.size;
  }

  /** Settles once every task queued so far, on every key, has settled; never rejects. */
  async idle(): Promise<void> {
    await Promise.all(this.#tails.values());
  }
}
