import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../lib/engine/check-draft';
import type { Policy } from '../../../lib/policy/policy';
import missingConsentTag from '../../../lib/rules/missing-consent-tag';
import type { PhotoSummary } from '../../../lib/types';
import { fixture } from '../photos/photo-files';
import { plainPhoto, ruleTester, runRule } from '../rule-tester';

const policy: Policy = { version: 1, consentTags: ['#consentgiven', 'shared with parental consent'] };

const tagged = (name: string, ...keywords: string[]): PhotoSummary => ({ name, readable: true, kind: 'photo', keywords });
const broken: PhotoSummary = { name: 'broken.jpg', readable: false, problem: 'the file is damaged', keywords: [] };

ruleTester(missingConsentTag, {
  policy,
  valid: [
    // No photo or video: nothing to consent to.
    'Sunflowers are up! No photos today.',
    { text: 'Potato printing in the Ladybirds 🐞 #EYFS #consentgiven', photos: 2 },
    { text: 'Potato printing 🐞 #ConsentGiven', photos: 1 },
    { text: 'Our trip to the farm. Shared with parental consent.', photos: 4 },
    { text: 'Forest school 🌲', photos: [tagged('a.jpg', 'consentgiven'), tagged('b.jpg', '#ConsentGiven', 'forest')] },
    { text: 'Forest school 🌲', photos: [tagged('a.jpg', 'Shared With Parental Consent')] },
    // The policy lists no consent tags, so the rule has nothing to ask for.
    { text: 'Potato printing 🐞', photos: 1, policy: { version: 1 } },
    // Typographic apostrophes in the text match a tag typed with a plain one.
    { text: 'Sports day, with parents’ consent', photos: 1, policy: { version: 1, consentTags: ["with parents' consent"] } },
  ],
  invalid: [
    { text: 'Our bread dough rose beautifully overnight 🍞 #cookingwithkids', photos: 1, errors: ['photo-1.jpg'] },
    // Near misses do not count.
    { text: 'Photos shared with parents permission', photos: 1, errors: ['photo-1.jpg'] },
    { text: 'Sports day #consent #given', photos: 2, errors: ['photo-1.jpg'] },
    { text: 'Forest school 🌲', photos: [tagged('a.jpg', 'consentgiven'), tagged('b.jpg', 'forest', 'mud')], errors: ['b.jpg'] },
    { text: 'Forest school 🌲', photos: [tagged('a.jpg', 'consent', 'given')], errors: ['a.jpg'] },
    { text: 'Forest school 🌲', photos: [tagged('a.jpg', 'consentgiven'), broken], errors: ['broken.jpg'] },
  ],
});

describe('what a missing-consent-tag finding says', () => {
  const run = (photos: PhotoSummary[]) => runRule(missingConsentTag, { text: 'Our day', photos }, policy);

  test('one photo: names it, what keywords it holds, and the tags to add', () => {
    const [finding] = run([tagged('garden.jpg', 'EYFS', 'garden')]);
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'garden.jpg', found: 'no consent tag among its keywords (EYFS, garden)' });
    expect(finding.message).toMatch(/^Ask yourself: do you have written consent for everyone in this photo\? /);
    expect(finding.message).toContain('(“#consentgiven” or “shared with parental consent”)');
  });

  test('several: counts the ones without a tag, and points at the first', () => {
    const [finding] = run([tagged('a.jpg', 'consentgiven'), plainPhoto('b.jpg'), broken]);
    expect(finding.message).toContain('everyone in these 2 photos?');
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'b.jpg', found: 'no keywords, so no consent tag; 1 more without a consent tag' });
  });

  test('a video is called a video', () => {
    const [finding] = run([{ name: 'clip.mov', readable: true, kind: 'video', keywords: [] }]);
    expect(finding.message).toContain('everyone in this video?');
  });

  test('an unreadable photo has no keywords to count', () => {
    expect(run([broken])[0].evidence).toMatchObject({ file: 'broken.jpg', found: 'its keywords could not be read' });
  });

  test('one finding for the post, however many photos lack a tag', () => {
    expect(run([plainPhoto('a.jpg'), plainPhoto('b.jpg'), plainPhoto('c.jpg')])).toHaveLength(1);
  });
});

describe('missing-consent-tag from files on disk', () => {
  const consentFindings = async (text: string, ...files: string[]) => {
    const { findings } = await checkDraft({ text, photos: await Promise.all(files.map(fixture)) }, policy);
    return findings.filter((finding) => finding.rule === 'missing-consent-tag').map((finding) => finding.evidence);
  };

  test('keywords in XMP, IPTC and Windows XPKeywords each carry consent', async () => {
    expect(await consentFindings('Forest school 🌲', 'keywords-xmp.jpg', 'keywords-iptc.jpg', 'keywords-xp.jpg')).toEqual([]);
  });

  test('keywords in HEIC, WebP, PNG, TIFF and video XMP carry consent too', async () => {
    const files = ['gps-exif.heic', 'gps-exif.webp', 'gps-exif.png', 'gps-exif.tif', 'keywords-after-image.tif', 'location-xmp.mp4'];
    expect(await consentFindings('Forest school 🌲', ...files)).toEqual([]);
  });

  test('a plain photo among tagged ones is the one named', async () => {
    expect(await consentFindings('Forest school 🌲', 'keywords-xmp.jpg', 'plain.jpg')).toEqual([
      { kind: 'photo', file: 'plain.jpg', found: 'no keywords, so no consent tag' },
    ]);
  });

  test('a consent tag in the text covers every photo', async () => {
    expect(await consentFindings('Forest school 🌲 #consentgiven', 'plain.jpg', 'empty.jpg')).toEqual([]);
  });

  test('a file that cannot be read carries no keywords', async () => {
    expect(await consentFindings('Forest school 🌲', 'keywords-xmp.jpg', 'empty.jpg')).toEqual([
      { kind: 'photo', file: 'empty.jpg', found: 'its keywords could not be read' },
    ]);
  });
});
