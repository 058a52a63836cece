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

  test('a photo whose preview the site removed is forgotten; the others stay', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    const [pa, pb, pc] = [preview(), preview(), preview()];
    tracker.reconcile([pa, pb, pc]);
    tracker.reconcile([pa, pc]);
    expect(names(tracker)).toEqual(['a.jpg', 'c.jpg']);
    tracker.reconcile([]);
    expect(names(tracker)).toEqual([]);
  });

  test('a photo whose preview has not been drawn yet is kept', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg')]);
    const pa = preview();
    tracker.reconcile([pa]);
    tracker.add([file('b.jpg')]);
    tracker.reconcile([pa]);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
    const pb = preview();
    tracker.reconcile([pa, pb]);
    tracker.reconcile([pb]);
    expect(names(tracker)).toEqual(['b.jpg']);
  });

  test('previews the site redrew all at once are matched again, not taken for removals', () => {
    const tracker = new PhotoTracker();
    tracker.add([file('a.jpg'), file('b.jpg')]);
    tracker.reconcile([preview(), preview()]);
    const redrawn = [preview(), preview()];
    tracker.reconcile(redrawn);
    expect(names(tracker)).toEqual(['a.jpg', 'b.jpg']);
    tracker.reconcile([redrawn[1]]);
    expect(names(tracker)).toEqual(['b.jpg']);
  });
});
