// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { PhotoTracker } from '../../../lib/composer/photo-tracker';

const file = (name: string) => new File(['x'], name, { type: 'image/jpeg' });
const preview = () => document.createElement('div');
const names = (tracker: PhotoTracker) => tracker.photos.map((photo) => photo.file.name);

describe('photos attached to a composer', () => {
  test('are added in the order they came, each with its own id', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg')]);
    tracker.add([file('a.jpg')]);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg', 'a.jpg']);
    expect(new Set(tracker.photos.map((photo) => photo.id)).size).toBe(3);
  });

  test('an empty list, as Chrome sends when a picker closes, changes nothing', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg')]);
    tracker.add([]);
    expect(names(tracker)).toEqual(['a.jpg']);
  });

  /** A preview as the sites draw one: an image and its own remove button in one tile. */
  const tile = (list: Element) => {
    const item = document.createElement('div');
    const img = document.createElement('img');
    const remove = document.createElement('button');
    remove.setAttribute('aria-label', 'Remove photo');
    item.append(img, remove);
    list.append(item);
    return { img, remove, item };
  };

  test('a photo is forgotten once its own remove control was pressed and its preview went; the others stay', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    const list = document.createElement('div');
    const [ta, tb, tc] = [tile(list), tile(list), tile(list)];
    const previews = [ta.img, tb.img, tc.img];
    tracker.reconcile(previews);
    tracker.pressed(tb.remove, previews, list, true);
    tb.item.remove();
    tracker.reconcile([ta.img, tc.img]);
    expect(names(tracker)).toEqual(['a.jpg', 'c.jpg']);
  });

  test('a press inside a preview counts as its removal, whatever the control is called, once the number of previews falls', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg')]);
    const list = document.createElement('div');
    const [ta, tb] = [tile(list), tile(list)];
    tracker.reconcile([ta.img, tb.img]);
    tracker.pressed(ta.remove, [ta.img, tb.img], list, false);
    tracker.reconcile([tb.img]);
    expect(names(tracker)).toEqual(['b.jpg']);
  });

  test('previews that vanish or stop matching with no removal leave every photo attached (fails closed)', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg')]);
    tracker.reconcile([preview(), preview()]);
    tracker.reconcile([]);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
    const [pa] = [preview()];
    tracker.reconcile([pa]);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
  });

  test('a press that is not a removal (the preview stays, or every preview is redrawn) removes nothing', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg')]);
    const list = document.createElement('div');
    const [ta, tb] = [tile(list), tile(list)];
    tracker.reconcile([ta.img, tb.img]);
    tracker.pressed(ta.img, [ta.img, tb.img], list, false);
    tracker.reconcile([ta.img, tb.img]);
    const redrawn = [preview(), preview()];
    tracker.reconcile(redrawn);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
    expect(tracker.photos.map((photo) => photo.preview)).toEqual(redrawn);
  });

  test('a press in the text box beside a single preview is no removal, whatever happens to the preview after', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg')]);
    const composer = document.createElement('div');
    const box = document.createElement('div');
    box.contentEditable = 'true';
    const list = document.createElement('div');
    composer.append(box, list);
    const { img } = tile(list);
    tracker.reconcile([img]);
    tracker.pressed(box, [img], composer, false);
    tracker.reconcile([]);
    expect(names(tracker)).toEqual(['a.jpg']);
  });

  test('a photo whose preview has not been drawn yet is kept, and matched once it is', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg')]);
    const pa = preview();
    tracker.reconcile([pa]);
    tracker.add([file('b.jpg')]);
    tracker.reconcile([pa]);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
    const pb = preview();
    tracker.reconcile([pa, pb]);
    expect(tracker.photos[1].preview).toBe(pb);
  });
});
