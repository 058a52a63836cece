import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { policyItem, settingsItem } from '../../../lib/storage/items';
import { checkManaged, cleanManaged, MANAGED_KEYS, mergeManaged } from '../../../lib/storage/managed-policy';
import { loadPolicyInForce } from '../../../lib/storage/policy-in-force';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';

const schema = JSON.parse(readFileSync(new URL('../../../assets/public/schema.json', import.meta.url), 'utf8'));

beforeEach(() => fakeBrowser.reset());

describe('the managed schema an organisation deploys against', () => {
  test('L1: asks the browser only for plain types, so one bad value cannot make it drop a whole object', () => {
    const enums: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      if ('enum' in node || 'minimum' in node || 'maximum' in node || 'pattern' in node) enums.push(path);
      for (const [key, value] of Object.entries(node)) if (value && typeof value === 'object') walk(value as Record<string, unknown>, `${path}.${key}`);
    };
    walk(schema, '');
    expect(enums).toEqual([]);
    expect(schema.properties.rules.additionalProperties).toEqual({ type: 'string' });
  });

  test('offers every field the policy in force can take from an organisation', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });

  test('never offers the roster: children’s details do not travel through enterprise policy', () => {
    expect(schema.properties.roster).toBeUndefined();
  });

  // Chromium silently empties an object that has neither properties nor additionalProperties.
  test('every object in it says what it holds', () => {
    const objects: unknown[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (node.type === 'object') objects.push(node);
      for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value as Record<string, unknown>);
    };
    walk(schema);
    for (const node of objects as Record<string, unknown>[]) expect(node.properties ?? node.additionalProperties).toBeDefined();
  });
});

describe('an organisation’s policy over the setting’s own', () => {
  const local = {
    version: 1,
    settingName: 'Little Acorns',
    rules: { profanity: 'warn', 'contact-details': 'block' } as const,
    consentTags: ['#ok'],
    roster: [{ name: 'Amelia Watson', socialMediaConsent: false }],
  };

  test('a managed value wins and is locked; what it leaves alone stays the setting’s and open', () => {
    const merged = mergeManaged(local, DEFAULT_SETTINGS, {
      rules: { profanity: 'block' },
      consentTags: ['#consentgiven'],
      retentionMonths: 6,
    });
    expect(merged.policy.rules).toEqual({ profanity: 'block', 'contact-details': 'block' });
    expect(merged.policy.consentTags).toEqual(['#consentgiven']);
    expect(merged.policy.settingName).toBe('Little Acorns');
    expect(merged.policy.roster).toEqual(local.roster);
    expect(merged.settings.retentionMonths).toBe(6);
    expect(merged.locked.sort()).toEqual(['consentTags', 'retentionMonths', 'rules.profanity']);
  });

  test('L1: one bad rule value is named and dropped alone; every other rule lock stays', () => {
    const report = checkManaged({
      rules: { profanity: 'block', 'contact-details': 'Justify', 'full-name': 'justify', 'no-such-rule': 'warn' },
      consentTags: ['#consentgiven', '', 3],
    });
    expect(report.managed).toEqual({ rules: { profanity: 'block', 'full-name': 'justify' }, consentTags: ['#consentgiven'] });
    expect(report.refused).toEqual([
      'rules.contact-details ("Justify" is not off, warn, justify or block)',
      'rules.no-such-rule (not a rule Ask Yourself knows)',
      'consentTags[1] (empty)',
      'consentTags[2] (not text)',
    ]);
    expect(mergeManaged(local, DEFAULT_SETTINGS, report.managed).locked.sort()).toEqual(['consentTags', 'rules.full-name', 'rules.profanity']);
  });

  test('L1: word lists, faces, staff and settings are each judged on their own', () => {
    const report = checkManaged({
      settingName: 'Oak Tree Group',
      keywords: { 'semi-clothed-activity': { add: ['splash park', ''] }, 'made-up': { add: ['x'] } },
      staff: ['Priya Raman'],
      faces: 'sometimes',
      excerpts: 'yes',
      retentionMonths: 0,
      roster: [{ name: 'Amelia Watson', socialMediaConsent: true }],
    });
    expect(report.managed).toEqual({
      settingName: 'Oak Tree Group',
      keywords: { 'semi-clothed-activity': { add: ['splash park'], remove: [] } },
      staff: ['Priya Raman'],
    });
    expect(report.refused).toHaveLength(6);
    expect(report.refused.join(' ')).toMatch(/keywords\.semi-clothed-activity\.add\[1\].*keywords\.made-up.*faces.*excerpts.*retentionMonths.*roster/);
    expect(cleanManaged({ faces: 'blur' })).toEqual({ faces: 'blur' });
  });

  test('the policy in force reads storage.managed, the local policy and the settings together', async () => {
    await policyItem.setValue(local);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, excerpts: true });
    await fakeBrowser.storage.managed.set({ settingName: 'Oak Tree Nursery Group', excerpts: false });
    const inForce = await loadPolicyInForce();
    expect(inForce.policy.settingName).toBe('Oak Tree Nursery Group');
    expect(inForce.policy.rules).toEqual(local.rules);
    expect(inForce.settings.excerpts).toBe(false);
    expect(inForce.locked.sort()).toEqual(['excerpts', 'settingName']);
  });
});
