/** A photo or video attached to one composer, as the person chose it. */
export interface TrackedPhoto {
  /** Unique on the page, so a draft's signature changes when a photo is swapped for a like-named one. */
  id: number;
  file: File;
  /** The site's preview of this photo, once matched, so its removal is noticed. */
  preview?: Element;
}

/** A press inside one photo's preview, which may be its removal. */
interface PressOnPreview {
  photo: TrackedPhoto;
  /** The press was on a control named as a remove control. */
  named: boolean;
  /** How many previews there were just before it. */
  before: number;
}

let nextId = 1;

const TEXT_BOX = '[contenteditable="true"], textarea, [role="textbox"]';

/**
 * The area of the page that shows one preview: the widest ancestor of the preview,
 * inside the composer, that holds no other preview and no text box, so a remove
 * button drawn beside the image counts and a press in the text box does not.
 */
function tileOf(preview: Element, previews: readonly Element[], composer: Element): Element {
  let tile = preview;
  for (let node = preview.parentElement; node && node !== composer && composer.contains(node); node = node.parentElement) {
    if (previews.some((other) => other !== preview && node.contains(other)) || node.querySelector(TEXT_BOX)) break;
    tile = node;
  }
  return tile;
}

/**
 * The photos attached to one composer. Files arrive from the picker, a drop or a
 * paste; the sites remove a photo by removing its preview and never tell the file
 * input. The previews' markup is unverified, so tracking fails closed: a photo is
 * dropped only when its own remove control was pressed and its preview then went,
 * or the number of previews fell after a press inside its preview. A preview that
 * vanishes or stops matching otherwise leaves its photo attached and checked.
 */
export class PhotoTracker {
  private list: TrackedPhoto[] = [];
  private lastPress?: PressOnPreview;

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
   * Notes a press in a composer, before the site acts on it, that lands in one
   * photo's preview: `named` when the control pressed is named as a remove control.
   */
  pressed(target: Element, previews: readonly Element[], composer: Element, named: boolean): void {
    const photo = this.list.find((tracked) => tracked.preview && previews.includes(tracked.preview) && tileOf(tracked.preview, previews, composer).contains(target));
    this.lastPress = photo && { photo, named, before: previews.length };
  }

  /**
   * Matches the site's previews, in order, to the photos. A photo whose preview has
   * gone is forgotten only when the last press was its removal (see the class);
   * otherwise it waits, attached, for a preview drawn again.
   */
  reconcile(previews: readonly Element[]): void {
    const current = new Set(previews);
    const press = this.lastPress;
    const removed = press && press.photo.preview && !current.has(press.photo.preview) && (press.named || previews.length < press.before);
    if (removed) {
      this.list = this.list.filter((photo) => photo !== press.photo);
      this.lastPress = undefined;
    }
    for (const photo of this.list) if (photo.preview && !current.has(photo.preview)) photo.preview = undefined;
    const claimed = new Set(this.list.map((photo) => photo.preview));
    for (const preview of previews) {
      if (claimed.has(preview)) continue;
      const waiting = this.list.find((photo) => !photo.preview);
      if (!waiting) break;
      waiting.preview = preview;
    }
  }

  /** Forgets every photo, once the composer has posted or closed. */
  clear(): void {
    this.list = [];
    this.lastPress = undefined;
  }
}
