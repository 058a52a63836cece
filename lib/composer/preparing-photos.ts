/**
 * Photos still being cleaned of their location, per composer: the site is
 * given them only once they are clean, so a press before then would send the
 * post without them (research C-7, a 24-megapixel photo takes a moment).
 */
export class PreparingPhotos {
  private readonly pending = new WeakMap<object, Promise<void>>();

  /** Notes that photos for this composer are being cleaned and handed over until `done` settles. */
  add(composer: object, done: Promise<unknown>): void {
    const all = Promise.all([this.pending.get(composer), done]).then(
      () => undefined,
      () => undefined,
    );
    this.pending.set(composer, all);
    void all.then(() => {
      if (this.pending.get(composer) === all) this.pending.delete(composer);
    });
  }

  /** Settles once every photo attached to this composer so far has been handed over; none when nothing is waiting. */
  of(composer: object): Promise<void> | undefined {
    return this.pending.get(composer);
  }
}
