import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { effectivePolicy } from '../../../lib/engine/check-post';
import { parsePolicy } from '../../../lib/policy/validate-policy';

const devPolicy = readFileSync(new URL('../../corpus/policy-dev.json', import.meta.url), 'utf8');

describe('reading a policy file', () => {
  test('the contract example and the development policy are accepted as they are', () => {
    const example = {
      version: 1,
      settingName: 'Little Acorns Nursery',
      rules: { 'contact-details': 'warn', 'full-name': 'justify' },
      roster: [{ name: 'Amelia Watson', socialMediaConsent: false }],
      consentTags: ['#consentgiven'],
      allowedContacts: ['01234 567890', 'office@littleacorns.example'],
      keywords: { 'semi-clothed-activity': { add: ['splash park'], remove: [] } },
    };
    expect(parsePolicy(JSON.stringify(example))).toEqual({ ok: true, policy: example });
    expect(parsePolicy(devPolicy).ok).toBe(true);
  });

  test('unknown keys are kept, not dropped', () => {
    const result = parsePolicy('{"version":1,"reviewedBy":"Jo","roster":[{"name":"Amy Hill","socialMediaConsent":true,"room":"Ladybirds"}]}');
    expect(result).toMatchObject({ ok: true, policy: { reviewedBy: 'Jo', roster: [{ room: 'Ladybirds' }] } });
  });

  test.each([
    ['', ''],
    ['not json at all', ''],
    ['[1,2]', ''],
    ['{}', 'version'],
    ['{"version":"one"}', 'version'],
    ['{"version":7}', 'version'],
    ['{"version":1,"rules":{"profanity":"loud"}}', 'rules.profanity'],
    ['{"version":1,"rules":{"no-such-rule":"warn"}}', 'rules.no-such-rule'],
    ['{"version":1,"roster":[{"name":"Amy Hill","socialMediaConsent":"yes"}]}', 'roster[0].socialMediaConsent'],
    ['{"version":1,"roster":[{"name":"","socialMediaConsent":true}]}', 'roster[0].name'],
    ['{"version":1,"consentTags":["#ok",""]}', 'consentTags[1]'],
    ['{"version":1,"allowedContacts":"01234 567890"}', 'allowedContacts'],
    ['{"version":1,"keywords":{"semi-clothed-activity":{"add":[3]}}}', 'keywords.semi-clothed-activity.add[0]'],
  ])('%j is refused, naming the field %j', (text, field) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe(field);
    expect(result.error.message.startsWith(field || 'The policy')).toBe(true);
  });
});

describe('merging a policy with the rules’ defaults', () => {
  test('the built-in policy gives the contract’s default severities', () => {
    expect(effectivePolicy({ version: 1 }).severities).toEqual({
      'full-name-with-photo': 'block',
      'named-child-without-consent': 'block',
      'photo-location': 'block',
      profanity: 'block',
      'full-name': 'justify',
      'semi-clothed-activity': 'justify',
      'personal-information': 'justify',
      'negative-comment': 'justify',
      'missing-consent-tag': 'warn',
      'contact-details': 'warn',
      'photo-unchecked': 'warn',
      'child-named-with-photo': 'warn',
    });
  });

  test('a manager’s override wins for that rule only', () => {
    const severities = effectivePolicy({ version: 1, rules: { profanity: 'warn', 'full-name': 'off' } }).severities;
    expect(severities.profanity).toBe('warn');
    expect(severities['full-name']).toBe('off');
    expect(severities['contact-details']).toBe('warn');
  });
});
