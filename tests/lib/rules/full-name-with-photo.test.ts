import { describe, expect, test } from 'vitest';
import { checkPost } from '../../../lib/engine/check-post';
import fullName from '../../../lib/rules/full-name';
import rule from '../../../lib/rules/full-name-with-photo';
import { plainPhoto, ruleTester } from '../rule-tester';

const policy = {
  version: 1,
  settingName: 'Rowan Ellis Day Nursery',
  roster: [
    { name: 'Tiago Ferreira', socialMediaConsent: true },
    { name: "Orla D'Arcy", socialMediaConsent: false },
  ],
};

ruleTester(rule, {
  policy,
  valid: [
    // A full name without a photo is `full-name`'s business, not this rule's.
    'Meet Bethany Carrington, our new deputy manager',
    { text: 'Tiago loved the sandpit today #consentgiven', photos: 1 },
    { text: 'Mrs Patel read us a story', photos: 1 },
    { text: 'Oliver B. shared the trikes', photos: 1 },
    { text: 'Peppa Pig came to our party!', photos: 2 },
    { text: 'Jenny Wren Farm visit', photos: 1 },
    { text: 'New reading corner at Rowan Ellis Day Nursery', photos: 1 },
    { text: 'Rowan Ellis is closed for training on Friday', photos: 1 },
    { text: 'Robin Hood visited the Hedgehogs today', photos: 1 },
  ],
  invalid: [
    { text: 'Meet Bethany Carrington, our new deputy manager', photos: 1, errors: ['Bethany Carrington'] },
    { text: "orla d'arcy you superstar!", photos: 1, errors: ["orla d'arcy"] },
    { text: 'Tiago Ferreira and his tower', photos: [plainPhoto('tower.heic')], errors: ['Tiago Ferreira'] },
    { text: 'Congratulations to Grace Amelia Okafor-Jones!', photos: 4, errors: ['Grace Amelia Okafor-Jones'] },
    { text: "Thank you to Ravi Shah from Shah's Pharmacy", photos: 1, errors: ['Ravi Shah'] },
  ],
});

describe('full-name and full-name-with-photo', () => {
  const both = [fullName.id, rule.id] as const;
  const rulesFound = (photos: number) =>
    checkPost({ text: 'Thank you to Bethany Carrington', photos: Array.from({ length: photos }, () => plainPhoto()) }, policy, [...both]).findings.map(
      (finding) => finding.rule,
    );

  test('a post with a photo gets only the photo variant', () => {
    expect(rulesFound(1)).toEqual(['full-name-with-photo']);
  });

  test('a post without photos gets only the plain variant', () => {
    expect(rulesFound(0)).toEqual(['full-name']);
  });
});
