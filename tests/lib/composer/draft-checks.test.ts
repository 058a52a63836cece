import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DraftChecks, rulesInForce, signatureOf, type Draft, type PostChecker } from '../../../lib/composer/draft-checks';
import { PhotoTracker } from '../../../lib/composer/photo-tracker';
import { checkPost, effectivePolicy } from '../../../lib/engine/check-post';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import type { Policy } from '../../../lib/policy/policy';

const PHOTOS = join(import.meta.dirname, '../../fixtures/photos');
const photoFile = (name: string) => new File([readFileSync(join(PHOTOS, name))], name, { type: 'image/jpeg' });

/** The checks the content script uses (the background's checkPost, the support file's photo reader), under one policy. */
const realChecker = (policy: Policy = { version: 1 }): PostChecker => ({
  check: async (post) => checkPost(post, policy),
  readPhoto: (file) => readPhotoSummary(blobSource(file, file.name)),
});

const slowly = (ms: number): PostChecker => ({
  ...realChecker(),
  readPhoto: (file) => new Promise((resolve) => setTimeout(() => resolve(realChecker().readPhoto(file)), ms)),
});

function draftOf(text: string, files: File[] = []): Draft {
  const tracker = new PhotoTracker();
  tracker.add(files);
  return { text, photos: tracker.photos, platform: 'facebook' };
}

const checksWith = (checker: PostChecker, photoBudgetMs = 3000) =>
  new DraftChecks({ checker: () => Promise.resolve(checker), severities: () => Promise.resolve(undefined), photoBudgetMs });

describe('checking a draft', () => {
  test('finds what the checker finds, and has the answer at hand for the same draft afterwards', async () => {
    const checks = checksWith(realChecker());
    const draft = draftOf('Ring us on 07700 900471');
    expect(checks.settled(draft)).toBeUndefined();
    const outcome = await checks.check(draft);
    expect(outcome.findings.map((f) => f.rule)).toEqual(['contact-details']);
    expect(checks.settled(draft)).toBe(outcome);
    await expect(checks.check(draft)).resolves.toBe(outcome);
  });

  test('reads each photo’s metadata and checks it with the text', async () => {
    const checks = checksWith(realChecker());
    const draft = draftOf('Sunflower week', [photoFile('gps-exif.jpg')]);
    expect((await checks.check(draft)).findings.map((f) => f.rule)).toEqual(['photo-location']);
  });

  test('the same text with another photo is another draft', () => {
    const [a, b] = [draftOf('Sunflowers', [photoFile('plain.jpg')]), draftOf('Sunflowers', [photoFile('plain.jpg')])];
    expect(signatureOf(a)).not.toBe(signatureOf(b));
    expect(signatureOf(draftOf('Sunflowers'))).not.toBe(signatureOf(draftOf('Sunflowers!')));
  });
});

describe('a check that cannot finish', () => {
  test('a photo too slow to read is reported as unchecked, and the draft is checked again next time', async () => {
    const checks = checksWith(slowly(150), 20);
    const draft = draftOf('Sunflower week', [photoFile('gps-exif.jpg')]);
    const first = await checks.check(draft);
    expect(first.findings.map((f) => [f.rule, f.evidence.kind === 'photo' && f.evidence.file])).toEqual([['photo-unchecked', 'gps-exif.jpg']]);
    expect(checks.settled(draft)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await checks.check(draft)).findings.map((f) => f.rule)).toEqual(['photo-location']);
  });

  test('a check that fails names every rule the policy has on, as not checked', async () => {
    const checks = new DraftChecks({ checker: () => Promise.reject(new Error('no file')), severities: () => Promise.resolve({ profanity: 'off' }), photoBudgetMs: 3000 });
    const outcome = await checks.check(draftOf('Sunflower week'));
    expect(outcome.findings).toEqual([]);
    expect(outcome.notChecked).toEqual(['full-name', 'named-child-without-consent', 'semi-clothed-activity', 'contact-details', 'personal-information', 'negative-comment']);
  });

  test('L7/H3: a check that has not finished names only the rules that apply, with the strictest severity they have', () => {
    const checks = new DraftChecks({ checker: () => new Promise(() => {}), severities: () => Promise.resolve(undefined), photoBudgetMs: 3000 });
    const unknown = checks.unfinished(draftOf('Sunflower week'));
    expect(unknown.notChecked).not.toContain('photo-location');
    expect(unknown.uncheckedSeverity).toBe('block');
  });

  test('L7/H3: under a policy with every text rule at warn, what is not checked allows a warning only', async () => {
    const warnings = { 'full-name': 'warn', 'named-child-without-consent': 'warn', 'semi-clothed-activity': 'warn', 'contact-details': 'warn', profanity: 'warn', 'personal-information': 'warn', 'negative-comment': 'warn' } as const;
    const checks = new DraftChecks({ checker: () => Promise.reject(new Error('gone')), severities: () => Promise.resolve(warnings), photoBudgetMs: 3000 });
    expect(await checks.check(draftOf('Sunflower week'))).toMatchObject({ findings: [], uncheckedSeverity: 'warn' });
    expect(checks.unfinished(draftOf('Sunflower week'))).toMatchObject({ notChecked: Object.keys(warnings), uncheckedSeverity: 'warn' });
    expect(checks.unfinished(draftOf('Sunflower week', [photoFile('plain.jpg')])).uncheckedSeverity).toBe('block');
  });

  test('with photos, the photo rules are among those not checked', () => {
    expect(rulesInForce(undefined, true)).toContain('photo-location');
    expect(rulesInForce(undefined, false)).not.toContain('photo-location');
  });
});

test('after the policy changes, no answer given under the old one is used', async () => {
  let policy: Policy = { version: 1 };
  const checks = new DraftChecks({ checker: async () => realChecker(policy), severities: async () => effectivePolicy(policy).severities, photoBudgetMs: 3000 });
  const draft = draftOf('Amelia loved the paint');
  expect((await checks.check(draft)).findings).toEqual([]);
  policy = { version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] };
  checks.forget();
  expect(checks.settled(draft)).toBeUndefined();
  expect((await checks.check(draft)).findings.map((f) => f.rule)).toEqual(['named-child-without-consent']);
});
