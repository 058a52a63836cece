import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { rules } from '../../../lib/rules';
import { policyItem, settingsItem } from '../../../lib/storage/items';
import { cleanManaged, mergeManaged } from '../../../lib/storage/managed-policy';
import { loadPolicyInForce } from '../../../lib/storage/policy-in-force';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { RULE_IDS } from '../../../lib/types';

const schema = JSON.parse(readFileSync(new URL('../../../assets/public/schema.json', import.meta.url), 'utf8'));

beforeEach(() => fakeBrowser.reset());

describe('the managed schema an organisation deploys against', () => {
  test('offers every rule’s severity and every rule that has a word list, as the registry says', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
    const withWords = rules.filter((rule) => rule.meta.hasKeywords).map((rule) => rule.id);
    expect(Object.keys(schema.properties.keywords.properties).sort()).toEqual(withWords.sort());
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

  test('values a policy file could not hold are dropped field by field, keeping the rest', () => {
    expect(
      cleanManaged({ settingName: 'Oak Tree Group', rules: { profanity: 'loud' }, consentTags: ['#ok', ''], excerpts: 'yes', retentionMonths: 0, roster: [] }),
    ).toEqual({ settingName: 'Oak Tree Group' });
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
