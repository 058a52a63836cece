import { describe, expect, test } from 'vitest';
import { checkPost } from '../../../lib/engine/check-post';
import type { Policy } from '../../../lib/policy/policy';
import type { Finding, PhotoSummary } from '../../../lib/types';

const policy: Policy = {
  version: 1,
  settingName: 'Little Acorns',
  roster: [
    { name: 'Lily-Mae Thompson', socialMediaConsent: false },
    { name: 'Oliver Bennett', socialMediaConsent: true },
  ],
};

const photo = (name: string, writing?: string, extra: Partial<PhotoSummary> = {}): PhotoSummary => ({
  name,
  readable: true,
  keywords: [],
  ...(writing === undefined ? {} : { sight: { writing } }),
  ...extra,
});

const check = (text: string, photos: PhotoSummary[], rules: Policy = policy) => checkPost({ text, photos }, rules).findings;
const about = (findings: Finding[], file: string) => findings.filter((f) => f.evidence.kind === 'photo' && f.evidence.file === file);

describe('writing read in a photo goes through the same rules as the caption', () => {
  test('a roster child without consent named on a drawing is found, naming the photo and the words read', () => {
    const findings = check('Look what we made today!', [photo('IMG_0412.jpg', 'Lily-Mae\nmy house')]);
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'named-child-without-consent',
        severity: 'block',
        evidence: { kind: 'photo', file: 'IMG_0412.jpg', found: "in IMG_0412.jpg: 'Lily-Mae'" },
      }),
    );
  });

  test('a full name on a certificate counts as the post naming that person beside a photo', () => {
    const findings = check('Star of the week!', [photo('IMG_0001.jpg'), photo('IMG_0002.jpg', 'Star of the Week\nawarded to\nSamira Okafor')]);
    expect(findings.filter((f) => f.rule === 'full-name-with-photo').map((f) => f.evidence)).toEqual([
      { kind: 'photo', file: 'IMG_0002.jpg', found: "in IMG_0002.jpg: 'Samira Okafor'" },
    ]);
  });

  test('a child with consent named on a coat peg asks about naming a child beside a photo', () => {
    const findings = check('Coats on, off we go', [photo('peg.jpg', 'Oliver')]);
    expect(findings.map((f) => [f.rule, f.evidence])).toContainEqual([
      'child-named-with-photo',
      { kind: 'photo', file: 'peg.jpg', found: "in peg.jpg: 'Oliver'" },
    ]);
  });

  test('contact details and swearing read in a photo are found like typed ones', () => {
    const findings = check('Our notice board', [photo('board.jpg', 'Call Jade on\n07700 900461'), photo('tshirt.jpg', 'what the fuck')]);
    expect(about(findings, 'board.jpg').map((f) => [f.rule, f.evidence.kind === 'photo' && f.evidence.found])).toContainEqual([
      'contact-details',
      "in board.jpg: '07700 900461'",
    ]);
    expect(about(findings, 'tshirt.jpg').map((f) => f.rule)).toContain('profanity');
  });

  test('ordinary words in photos find nothing', () => {
    const photos = [
      photo('cake.jpg', 'Happy Birthday'),
      photo('sign.jpg', 'Welcome to Little Acorns\nNursery and Pre-school'),
      photo('book.jpg', 'The Very Hungry Caterpillar'),
      photo('wall.jpg', 'Star of the Week\nfor kind hands and sharing'),
    ];
    expect(check('A lovely week', photos)).toEqual([]);
  });

  test('the caption keeps its own evidence, and a photo with no writing adds nothing', () => {
    const findings = check('Well done Lily-Mae', [photo('blank.jpg', ''), photo('plain.jpg')]);
    expect(findings.map((f) => [f.rule, f.evidence])).toEqual([
      ['named-child-without-consent', { kind: 'text', start: 10, end: 18, text: 'Lily-Mae' }],
    ]);
  });

  test('the photo rules look at each photo once, however much writing it holds', () => {
    const located = photo('gps.jpg', 'Happy Birthday Oliver', { gps: { latitude: 53.8, longitude: -1.55 }, gpsSource: 'EXIF' });
    const findings = check('Party time', [located], { ...policy, consentTags: ['#consentgiven'] });
    expect(findings.filter((f) => f.rule === 'photo-location')).toHaveLength(1);
    expect(findings.filter((f) => f.rule === 'missing-consent-tag')).toHaveLength(1);
  });

  test('a name written twice in one photo is reported once; in two photos, once for each', () => {
    const findings = check('Our art', [photo('a.jpg', 'Lily-Mae\nLily-Mae'), photo('b.jpg', 'Lily-Mae')]);
    expect(findings.filter((f) => f.rule === 'named-child-without-consent').map((f) => f.evidence)).toEqual([
      { kind: 'photo', file: 'a.jpg', found: "in a.jpg: 'Lily-Mae'" },
      { kind: 'photo', file: 'b.jpg', found: "in b.jpg: 'Lily-Mae'" },
    ]);
  });

  test('writing is checked only against the rules the policy leaves on', () => {
    const off: Policy = { ...policy, rules: { 'named-child-without-consent': 'off' } };
    expect(check('Our art', [photo('art.jpg', 'Lily-Mae')], off).map((f) => f.rule)).not.toContain('named-child-without-consent');
  });
});
