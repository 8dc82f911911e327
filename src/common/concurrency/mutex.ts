/** A FIFO async mutex: callers run one at a time, in arrival order, and a failure does not block the queue. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  get pending(): number {
    return this.waiting;
  }

  runExclusive<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(
      () => work(),
      () => work(),
    );
    this.tail = result.then(
      () => {
        this.waiting--;
      },
      () => {
        this.waiting--;
      },
    );
    return result;
  }
}
