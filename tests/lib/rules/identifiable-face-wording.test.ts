import { describe, expect, test } from 'vitest';
import childNamedWithPhoto from '../../../lib/rules/child-named-with-photo';
import namedChildWithoutConsent from '../../../lib/rules/named-child-without-consent';
import type { Policy } from '../../../lib/policy/policy';
import type { PhotoSummary } from '../../../lib/types';
import { plainPhoto, runRule } from '../rule-tester';

// Issue 14: when a photo shows a face and the text names a roster child, the finding says where the face is.
const policy: Policy = {
  version: 1,
  roster: [
    { name: 'Amelia Watson', socialMediaConsent: true },
    { name: 'Holly Ashworth', socialMediaConsent: false },
  ],
};
const withFace = (name: string): PhotoSummary => ({ ...plainPhoto(name), sight: { faces: [{ x: 0.3, y: 0.2, width: 0.2, height: 0.25, score: 0.9 }] } });
const withoutFace = (name: string): PhotoSummary => ({ ...plainPhoto(name), sight: { faces: [] } });

describe('a roster child named beside a photo that shows a face', () => {
  test('child-named-with-photo names the photos with a face', () => {
    const [finding] = runRule(childNamedWithPhoto, { text: 'Amelia loved the water tray', photos: [withoutFace('tray.jpg'), withFace('IMG_0412.jpg'), withFace('IMG_0413.jpg')] }, policy);
    expect(finding.message).toContain('A face can be seen in “IMG_0412.jpg” and “IMG_0413.jpg”.');
  });

  test('named-child-without-consent says a face can be seen in the photo', () => {
    const [finding] = runRule(namedChildWithoutConsent, { text: 'Holly loved the water tray', photos: [withFace('IMG_0412.jpg')] }, policy);
    expect(finding.message).toContain('a face can be seen in “IMG_0412.jpg”.');
  });

  test('without a face seen, neither speaks of faces', () => {
    const photos = [withoutFace('tray.jpg'), plainPhoto('not-looked-at.jpg')];
    const findings = [
      ...runRule(childNamedWithPhoto, { text: 'Amelia loved the water tray', photos }, policy),
      ...runRule(namedChildWithoutConsent, { text: 'Holly loved the water tray', photos }, policy),
    ];
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(finding.message).not.toMatch(/face/i);
  });
});
