import { describe, expect, test } from 'vitest';
import rule from '../../../lib/rules/identifiable-face';
import type { FaceBox, PhotoSummary } from '../../../lib/types';
import { plainPhoto, ruleTester, runRule } from '../rule-tester';

const face = (x = 0.4): FaceBox => ({ x, y: 0.2, width: 0.15, height: 0.2, score: 0.8 });

/** A photo the device looked at, with the faces it saw. */
const seen = (name: string, faces: FaceBox[], kind: PhotoSummary['kind'] = 'photo'): PhotoSummary => ({
  ...plainPhoto(name),
  kind,
  sight: { faces },
});

ruleTester(rule, {
  policy: { version: 1, faces: 'ask' },
  valid: [
    'Messy play this morning!',
    { text: 'Hands in the paint', photos: [seen('IMG_0410.jpg', [])] },
    { text: 'Our sunflowers', photos: 2 },
    // Looked at for writing only: no faces were looked for, and photo-unchecked speaks for a photo not looked at.
    { text: 'Our certificate', photos: [{ ...plainPhoto('cert.jpg'), sight: { writing: 'Well done' } }] },
    { text: 'Not looked at', photos: [{ ...plainPhoto('late.jpg'), sight: { problem: 'it took too long to look at' } }] },
    // A setting whose policy allows faces, or blurs them as photos are attached, is not asked.
    { text: 'Sports day', photos: [seen('IMG_0412.jpg', [face()])], policy: { version: 1 } },
    { text: 'Sports day', photos: [seen('IMG_0412.jpg', [face()])], policy: { version: 1, faces: 'allowed' } },
    { text: 'Sports day', photos: [seen('IMG_0412.jpg', [face()])], policy: { version: 1, faces: 'blur' } },
  ],
  invalid: [
    { text: 'Sports day', photos: [seen('IMG_0412.jpg', [face()])], errors: ['IMG_0412.jpg'] },
    {
      text: 'Our week',
      photos: [seen('hands.jpg', []), seen('group.jpg', [face(0.1), face(0.5)]), seen('story.mp4', [face()], 'video')],
      errors: ['group.jpg', 'story.mp4'],
    },
  ],
});

describe('what an identifiable-face finding says', () => {
  const policy = { version: 1, faces: 'ask' } as const;

  test('asks whether a child can be recognised in the photo, and how many faces were seen', () => {
    const [finding] = runRule(rule, { text: 'Sports day', photos: [seen('IMG_0412.jpg', [face(0.1), face(0.5)])] }, policy);
    expect(finding.message).toMatch(/^Ask yourself: can a child be recognised in “IMG_0412\.jpg”\? 2 faces can be seen in it\./);
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'IMG_0412.jpg', found: '2 faces can be seen in it' });
    expect(finding.severity).toBe('justify');
  });

  test('a video is spoken of by its opening frames', () => {
    const [finding] = runRule(rule, { text: 'Story time', photos: [seen('story.mp4', [face()], 'video')] }, policy);
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'story.mp4', found: 'a face can be seen in its opening frames' });
    expect(finding.message).toContain('A face can be seen in its opening frames.');
  });
});
