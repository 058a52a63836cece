interface Queued<Owner> {
  owner: Owner;
  run: () => Promise<void>;
  order: number;
}

/**
 * The background's queue of pictures waiting to be looked at, from every tab,
 * one at a time (the worker does one at a time anyway, and holding the rest here
 * lets the order change). A page whose Post was pressed goes before the others,
 * the latest press first; a page that closed or navigated loses its place, and
 * the picture of its being looked at stops holding up the rest.
 */
export class LookQueue<Owner> {
  private waiting: Queued<Owner>[] = [];
  private readonly pressed = new Map<Owner, number>();
  private running?: Owner;
  /** Bumped whenever the running look is given up, so its ending does not start a second one. */
  private turn = 0;
  private order = 0;

  /** Queues `run`, which must not reject; it starts when its turn comes. */
  add(owner: Owner, run: () => Promise<void>): void {
    this.waiting.push({ owner, run, order: this.order++ });
    this.next();
  }

  /** A person is waiting for this owner's pictures: they go first from now on. */
  hurry(owner: Owner): void {
    this.pressed.set(owner, this.order++);
  }

  /** Forgets an owner that has gone: its queued pictures are dropped, and its running one no longer blocks the queue. */
  drop(owner: Owner): void {
    this.waiting = this.waiting.filter((queued) => queued.owner !== owner);
    this.pressed.delete(owner);
    if (this.running === owner) {
      this.running = undefined;
      this.turn++;
      this.next();
    }
  }

  /** How many pictures are waiting (not the one being looked at). */
  get size(): number {
    return this.waiting.length;
  }

  private rank(queued: Queued<Owner>): number {
    return this.pressed.get(queued.owner) ?? -1;
  }

  private next(): void {
    if (this.running !== undefined || this.waiting.length === 0) return;
    const first = this.waiting.reduce((best, queued) => {
      const [a, b] = [this.rank(queued), this.rank(best)];
      return a > b || (a === b && queued.order < best.order) ? queued : best;
    });
    this.waiting = this.waiting.filter((queued) => queued !== first);
    this.running = first.owner;
    const turn = ++this.turn;
    void first
      .run()
      .catch(() => undefined)
      .then(() => {
        if (turn !== this.turn) return;
        this.running = undefined;
        this.next();
      });
  }
}
