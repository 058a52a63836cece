import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DraftChecks, type Draft } from '../../../lib/composer/draft-checks';
import { PhotoSights } from '../../../lib/composer/photo-sights';
import { PhotoTracker } from '../../../lib/composer/photo-tracker';
import { checkPost } from '../../../lib/engine/check-post';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import type { PhotoSight } from '../../../lib/types';
import { SIGHT_PROBLEM } from '../../../lib/vision/host/sight-problems';

const PHOTOS = join(import.meta.dirname, '../../fixtures/photos');
const photoFile = (name: string, as = name) => new File([readFileSync(join(PHOTOS, name))], as, { type: 'image/jpeg' });

function draftOf(text: string, files: File[]): Draft {
  const tracker = new PhotoTracker();
  tracker.add(files);
  return { text, photos: tracker.photos, platform: 'facebook' };
}

/** A looker the test answers by hand, as the background would, counting how often each file was sent. */
function looker() {
  const asked: string[] = [];
  const answers = new Map<string, (sight: PhotoSight) => void>();
  return {
    asked,
    look: (file: File) =>
      new Promise<PhotoSight>((resolve) => {
        asked.push(file.name);
        answers.set(file.name, resolve);
      }),
    answer: (name: string, sight: PhotoSight) => answers.get(name)!(sight),
  };
}

const sightsWith = (look: (file: File) => Promise<PhotoSight>, budgetMs = 1000) => new PhotoSights({ look, budgetMs, now: () => performance.now() });

/** The content script's checks, with the real checker and metadata reader, and the sights given. */
const checksWith = (sights: PhotoSights) =>
  new DraftChecks({
    checker: async () => ({ check: async (post) => checkPost(post, { version: 1 }), readPhoto: (file) => readPhotoSummary(blobSource(file, file.name)) }),
    severities: () => Promise.resolve(undefined),
    photoBudgetMs: 3000,
    sights,
  });

describe('looking at attached photos', () => {
  test('each photo is looked at once, from its attaching, however many checks use it', async () => {
    const { asked, look, answer } = looker();
    const checks = checksWith(sightsWith(look));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg', 'IMG_0412.jpg')]);
    void checks.readPhoto(draft.photos[0]);
    const first = checks.check(draft);
    const second = checks.check({ ...draft, text: 'Sunflower week!' });
    answer('IMG_0412.jpg', { writing: '' });
    await Promise.all([first, second]);
    expect(asked).toEqual(['IMG_0412.jpg']);
  });

  test('a press while a photo is still being looked at is told so, until the sight comes', async () => {
    const { look, answer } = looker();
    const checks = checksWith(sightsWith(look));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg')]);
    void checks.readPhoto(draft.photos[0]);
    const looking = checks.looking(draft);
    expect(looking).toBeDefined();
    answer('plain.jpg', { writing: '' });
    await looking;
    expect(checks.looking(draft)).toBeUndefined();
  });

  test('a press waiting for photos asks for them before other tabs’; a press on photos already looked at does not', async () => {
    const { look, answer } = looker();
    let hurried = 0;
    const checks = checksWith(new PhotoSights({ look, budgetMs: 1000, now: () => performance.now(), hurry: () => hurried++ }));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg')]);
    void checks.readPhoto(draft.photos[0]);
    const looking = checks.looking(draft);
    expect(hurried).toBe(1);
    answer('plain.jpg', { writing: '' });
    await looking;
    expect(checks.looking(draft)).toBeUndefined();
    expect(hurried).toBe(1);
  });

  test('what a photo shows reaches the checks: a picture not looked at is reported unchecked with the reason', async () => {
    const { look, answer } = looker();
    const checks = checksWith(sightsWith(look));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg', 'IMG_0412.jpg')]);
    void checks.readPhoto(draft.photos[0]);
    const outcome = checks.check(draft);
    answer('IMG_0412.jpg', { problem: SIGHT_PROBLEM.cannotOpen });
    const unchecked = (await outcome).findings.filter((finding) => finding.rule === 'photo-unchecked');
    expect(unchecked.map((finding) => finding.evidence)).toEqual([expect.objectContaining({ kind: 'photo', file: 'IMG_0412.jpg' })]);
    expect(unchecked[0].message).toContain(SIGHT_PROBLEM.cannotOpen);
  });

  test('a photo still not looked at when its time is up is reported unchecked as too slow, and the draft is not remembered', async () => {
    const checks = checksWith(sightsWith(() => new Promise(() => {}), 30));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg', 'IMG_0412.jpg')]);
    const outcome = await checks.check(draft);
    const unchecked = outcome.findings.filter((finding) => finding.rule === 'photo-unchecked');
    expect(unchecked[0]?.message).toContain(SIGHT_PROBLEM.tooSlow);
    expect(checks.settled(draft)).toBeUndefined();
  });

  test('a looker that fails counts as a picture not looked at, never as nothing seen', async () => {
    const checks = checksWith(sightsWith(() => Promise.reject(new Error('no offscreen document'))));
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg', 'IMG_0412.jpg')]);
    const unchecked = (await checks.check(draft)).findings.filter((finding) => finding.rule === 'photo-unchecked');
    expect(unchecked[0]?.message).toContain(SIGHT_PROBLEM.unavailable);
  });

  test('a photo with faces is kept for the panel’s thumbnail, with its boxes', async () => {
    const face = { x: 0.25, y: 0.2, width: 0.2, height: 0.3, score: 0.9 };
    const checks = checksWith(sightsWith(async (file) => (file.name === 'faces.jpg' ? { faces: [face], writing: '' } : { faces: [], writing: '' })));
    const files = [photoFile('plain.jpg', 'faces.jpg'), photoFile('plain.jpg', 'garden.jpg')];
    const outcome = await checks.check(draftOf('Sunflower week', files));
    expect(outcome.pictures).toEqual([{ name: 'faces.jpg', file: files[0], faces: [face] }]);
  });

  test('a policy change forgets what was seen, so photos are looked at again for what the new policy needs', async () => {
    const { asked, look, answer } = looker();
    const sights = sightsWith(look);
    const checks = checksWith(sights);
    const draft = draftOf('Sunflower week', [photoFile('plain.jpg')]);
    void checks.readPhoto(draft.photos[0]);
    answer('plain.jpg', { writing: '' });
    await checks.check(draft);
    checks.forget();
    void checks.readPhoto(draft.photos[0]);
    expect(asked).toEqual(['plain.jpg', 'plain.jpg']);
  });
});
