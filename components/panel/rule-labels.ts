import type { RuleId } from '../../lib/types';

/**
 * What each rule looks for, in the words a member of staff would use, for
 * saying what a check that could not finish has left unchecked.
 */
export const RULE_LABELS: Record<RuleId, string> = {
  'full-name-with-photo': 'Full names in a post with photos',
  'full-name': 'Full names',
  'named-child-without-consent': 'Children whose families have not given consent',
  'semi-clothed-activity': 'Activities where people may be undressed',
  'photo-location': 'Location data in photos',
  'missing-consent-tag': 'Consent tags',
  'contact-details': 'Phone numbers, email and postal addresses',
  profanity: 'Swear words',
  'photo-unchecked': 'Photos that could not be opened',
  'child-named-with-photo': 'Children named beside their photo',
  'personal-information': 'Personal information about someone',
  'negative-comment': 'Negative comments about people',
  'identifiable-face': 'Faces that can be recognised in photos',
};

const isRuleId = (value: string): value is RuleId => Object.hasOwn(RULE_LABELS, value);

/**
 * Plain names for what was not checked, once each. Entries that are rule ids
 * become their label; anything else is already plain words and is kept.
 */
export function notCheckedLabels(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => (isRuleId(item) ? RULE_LABELS[item] : item)))];
}
