import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { effectivePolicy } from '../../../lib/engine/check-post';
import { parsePolicy, validatePolicy } from '../../../lib/policy/validate-policy';

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
      'identifiable-face': 'justify',
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

describe('L2: limits on what a policy may hold', () => {
  const refusedAt = (value: unknown) => {
    const result = validatePolicy(value);
    return result.ok ? undefined : result.error;
  };

  test('unknown keys nested deeper than a policy ever needs are refused, naming where, without running out of stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const error = refusedAt({ version: 1, x: deep });
    expect(error?.field.startsWith('x')).toBe(true);
    expect(error?.message).toMatch(/nested/);
    const fine = { version: 1, notes: { reviewedBy: { name: 'Jo', on: ['2026-01-01'] } } };
    expect(validatePolicy(fine).ok).toBe(true);
  });

  test('a file bigger than 2 MB is refused before it is read', () => {
    const text = JSON.stringify({ version: 1, padding: 'x'.repeat(2_100_000) });
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/too big.*2 MB/);
  });

  test('word lists hold at most 5,000 words per rule, with a message saying so', () => {
    const words = Array.from({ length: 5_001 }, (_, i) => `word ${i}`);
    const error = refusedAt({ version: 1, keywords: { 'semi-clothed-activity': { add: words } } });
    expect(error?.field).toBe('keywords.semi-clothed-activity.add');
    expect(error?.message).toMatch(/5,001.*at most 5,000/);
    expect(validatePolicy({ version: 1, keywords: { 'semi-clothed-activity': { add: words.slice(1) } } }).ok).toBe(true);
  });

  test.each([
    ['roster', { roster: Array.from({ length: 5_001 }, (_, i) => ({ name: `Child ${i}`, socialMediaConsent: false })) }, 'roster'],
    ['a carer list', { roster: [{ name: 'Amelia Watson', socialMediaConsent: true, carers: Array.from({ length: 21 }, (_, i) => `Carer ${i}`) }] }, 'roster[0].carers'],
    ['a name', { roster: [{ name: 'A'.repeat(201), socialMediaConsent: true }] }, 'roster[0].name'],
    ['a staff name', { staff: ['B'.repeat(201)] }, 'staff[0]'],
    ['the setting name', { settingName: 'C'.repeat(201) }, 'settingName'],
  ])('an over-long %s is refused, naming the field', (_, fields, field) => {
    expect(refusedAt({ version: 1, ...fields })?.field).toBe(field);
  });
});
