/** A photo or video attached to one composer, as the person chose it. */
export interface TrackedPhoto {
  /** Unique on the page, so a draft's signature changes when a photo is swapped for a like-named one. */
  id: number;
  file: File;
  /** The site's preview of this photo, once matched, so its removal is noticed. */
  preview?: Element;
}

let nextId = 1;

/**
 * The photos attached to one composer. Files arrive from the picker, a drop or
 * a paste; the site's previews say which are still attached, because the sites
 * remove a photo by removing its preview and never tell the file input.
 */
export class PhotoTracker {
  private list: TrackedPhoto[] = [];

  get photos(): readonly TrackedPhoto[] {
    return this.list;
  }

  /** Adds newly attached files; an empty list (Chrome's phantom change after a picker closes) changes nothing. */
  add(files: readonly File[]): TrackedPhoto[] {
    const added = files.map((file) => ({ id: nextId++, file }));
    this.list = [...this.list, ...added];
    return added;
  }

  /**
   * Matches the site's previews, in order, to the photos: a photo whose preview
   * has gone was removed. When every preview is replaced at once by as many new
   * ones, the site redrew them rather than removed any, so they are matched again.
   */
  reconcile(previews: readonly Element[]): void {
    const current = new Set(previews);
    const gone = this.list.filter((photo) => photo.preview && !current.has(photo.preview));
    const claimed = new Set(this.list.map((photo) => photo.preview).filter(Boolean));
    const fresh = previews.filter((preview) => !claimed.has(preview));
    const redrawn = gone.length > 0 && gone.length === fresh.length && fresh.length === previews.length;
    if (redrawn) {
      gone.forEach((photo, i) => (photo.preview = fresh[i]));
      return;
    }
    this.list = this.list.filter((photo) => !gone.includes(photo));
    for (const preview of fresh) {
      const waiting = this.list.find((photo) => !photo.preview);
      if (!waiting) break;
      waiting.preview = preview;
    }
  }

  /** Forgets every photo, once the composer has posted or closed. */
  clear(): void {
    this.list = [];
  }
}
