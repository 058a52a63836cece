import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../lib/engine/check-draft';
import photoUnchecked from '../../../lib/rules/photo-unchecked';
import type { PhotoSummary } from '../../../lib/types';
import { fixture } from '../photos/photo-files';
import { plainPhoto, ruleTester, runRule } from '../rule-tester';

const unreadable = (name: string, problem: string): PhotoSummary => ({ name, readable: false, problem, keywords: [] });
const unseen = (name: string, problem: string): PhotoSummary => ({ name, readable: true, keywords: [], sight: { problem } });

ruleTester(photoUnchecked, {
  valid: [
    'No photos, nothing to read.',
    { text: 'Two plain photos', photos: 2 },
    {
      text: 'A photo with a location is readable',
      photos: [{ name: 'gps.jpg', readable: true, gps: { latitude: 53.8, longitude: -1.55 }, gpsSource: 'EXIF', keywords: [] }],
    },
    {
      text: 'A photo looked at, with faces and writing',
      photos: [{ name: 'seen.jpg', readable: true, keywords: [], sight: { faces: [], writing: 'Happy Birthday' } }],
    },
  ],
  invalid: [
    { text: 'Our day', photos: [unreadable('empty.jpg', 'the file is empty')], errors: ['empty.jpg'] },
    {
      text: 'Photos and a clip',
      photos: [unreadable('a.jpg', 'the file is damaged'), plainPhoto('b.jpg'), unreadable('c.mov', 'reading it took too long')],
      errors: ['a.jpg', 'c.mov'],
    },
    { text: 'Our art', photos: [plainPhoto('a.jpg'), unseen('b.jpg', 'reading the writing took too long')], errors: ['b.jpg'] },
    { text: 'Both wrong', photos: [{ ...unreadable('both.jpg', 'the file is damaged'), sight: { problem: 'it could not be decoded' } }], errors: ['both.jpg'] },
  ],
});

test('the finding says why the file could not be read', () => {
  const [finding] = runRule(photoUnchecked, { text: 'Our day', photos: [unreadable('notes.jpg', 'it is not a photo or video we can read')] }, { version: 1 });
  expect(finding.evidence).toEqual({ kind: 'photo', file: 'notes.jpg', found: 'could not be read: it is not a photo or video we can read' });
  expect(finding.message).toContain('“notes.jpg”');
  expect(finding.message).toContain('(it is not a photo or video we can read)');
  expect(finding.severity).toBe('warn');
});

test('a picture that could not be looked at is reported with the reason, never passed silently', () => {
  const [finding] = runRule(photoUnchecked, { text: 'Our art', photos: [unseen('IMG_0412.jpg', 'reading the writing took too long')] }, { version: 1 });
  expect(finding.evidence).toEqual({ kind: 'photo', file: 'IMG_0412.jpg', found: 'could not be looked at: reading the writing took too long' });
  expect(finding.message).toContain('“IMG_0412.jpg”');
  expect(finding.message).toContain('(reading the writing took too long)');
  expect(finding.message).toContain('names and other writing');
});

describe('photo-unchecked from files on disk', () => {
  test('each file that cannot be read is named with its problem; readable ones are not', async () => {
    const files = ['plain.jpg', 'empty.jpg', 'not-a-photo.jpg', 'cut-in-exif.jpg', 'corrupt-exif.jpg', 'cut-before-moov.mp4', 'cut-in-image.jpg'];
    const { findings } = await checkDraft({ text: 'Our week', photos: await Promise.all(files.map(fixture)) }, { version: 1 });
    expect(findings.filter((finding) => finding.rule === 'photo-unchecked').map((finding) => finding.evidence)).toEqual([
      { kind: 'photo', file: 'empty.jpg', found: 'could not be read: the file is empty' },
      { kind: 'photo', file: 'not-a-photo.jpg', found: 'could not be read: it is not a photo or video we can read' },
      { kind: 'photo', file: 'cut-in-exif.jpg', found: 'could not be read: the file is cut short, so its details are missing' },
      { kind: 'photo', file: 'corrupt-exif.jpg', found: 'could not be read: the file is damaged' },
      { kind: 'photo', file: 'cut-before-moov.mp4', found: 'could not be read: the file is cut short, so its details are missing' },
    ]);
  });
});
