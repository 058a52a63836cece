import { browser } from '#imports';
import { FACE_CHOICES, type KeywordOverride, type Policy } from '../policy/policy';
import { POLICY_LIMITS } from '../policy/validate-policy';
import { RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../types';
import type { Settings } from './settings';

/**
 * What an organisation may push to every work browser through enterprise policy
 * (`storage.managed`, described by the manifest's `managed_schema`, or Firefox's
 * policies.json). The roster is not among them: children's names and consent stay
 * on the setting's own computer, out of admin consoles and registries.
 */
export interface ManagedPolicy {
  settingName?: string;
  rules?: Policy['rules'];
  staff?: string[];
  faces?: Policy['faces'];
  consentTags?: string[];
  allowedContacts?: string[];
  keywords?: Policy['keywords'];
  excerpts?: boolean;
  retentionMonths?: number;
}

/** The organisation's values that can be used, and a plain account of each one that cannot. */
export interface ManagedReport {
  managed: ManagedPolicy;
  /** Each refused value: its place and why, e.g. `rules.contact-details (“Justify” is not off, warn, justify or block)`. */
  refused: string[];
}

/** The policy and settings in force, and which of their fields the organisation has locked. */
export interface PolicyInForce {
  policy: Policy;
  settings: Settings;
  /** Field paths set centrally, e.g. `settingName`, `rules.profanity`, `keywords.semi-clothed-activity`. */
  locked: string[];
}

/** The managed keys, in the order an IT team's files list them. */
export const MANAGED_KEYS = [
  'settingName',
  'rules',
  'staff',
  'faces',
  'consentTags',
  'allowedContacts',
  'keywords',
  'excerpts',
  'retentionMonths',
] as const satisfies readonly (keyof ManagedPolicy)[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isRuleId = (key: string): key is RuleId => (RULE_IDS as readonly string[]).includes(key);
const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const usableText = (item: unknown): item is string =>
  typeof item === 'string' && item.trim() !== '' && item.length <= POLICY_LIMITS.textChars;

// Keeps each usable entry of a list and names each one that is not, so one slip does not lose the list.
function cleanList(value: unknown, field: string, refused: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    refused.push(`${field} (should be a list of words or phrases)`);
    return undefined;
  }
  const kept: string[] = [];
  value.forEach((item, index) => {
    if (!usableText(item)) refused.push(`${field}[${index}] (${typeof item === 'string' ? (item.trim() === '' ? 'empty' : 'too long') : 'not text'})`);
    else if (kept.length >= POLICY_LIMITS.listItems) refused.push(`${field}[${index}] (more than ${POLICY_LIMITS.listItems.toLocaleString('en-GB')} entries)`);
    else kept.push(item);
  });
  return kept;
}

function cleanRules(value: unknown, refused: string[]): Policy['rules'] {
  if (!isRecord(value)) {
    refused.push('rules (should map each rule to off, warn, justify or block)');
    return undefined;
  }
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const [id, severity] of Object.entries(value)) {
    if (!isRuleId(id)) refused.push(`rules.${id} (not a rule Ask Yourself knows)`);
    else if (!(SEVERITIES as readonly unknown[]).includes(severity)) refused.push(`rules.${id} (${shown(severity)} is not off, warn, justify or block)`);
    else rules[id] = severity as Severity;
  }
  return Object.keys(rules).length > 0 ? rules : undefined;
}

function cleanKeywords(value: unknown, refused: string[]): Policy['keywords'] {
  if (!isRecord(value)) {
    refused.push('keywords (should map a rule to the words to add and remove)');
    return undefined;
  }
  const keywords: Partial<Record<RuleId, KeywordOverride>> = {};
  for (const [id, override] of Object.entries(value)) {
    const field = `keywords.${id}`;
    if (!isRuleId(id)) refused.push(`${field} (not a rule Ask Yourself knows)`);
    else if (!isRecord(override)) refused.push(`${field} (should have "add" and "remove" lists)`);
    else {
      const add = override.add === undefined ? [] : cleanList(override.add, `${field}.add`, refused);
      const remove = override.remove === undefined ? [] : cleanList(override.remove, `${field}.remove`, refused);
      if (add && remove) keywords[id] = { add, remove };
    }
  }
  return Object.keys(keywords).length > 0 ? keywords : undefined;
}

/**
 * Checks the organisation's values one by one. The managed schema asks the
 * browser only for plain types (Chrome drops a whole object when one value in
 * it fails an enum), so each rule, list entry and setting is judged here: what
 * can be used is kept, and what cannot is named for the options page to show.
 */
export function checkManaged(raw: Record<string, unknown>): ManagedReport {
  const managed: ManagedPolicy = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    switch (key) {
      case 'settingName':
        if (usableText(value)) managed.settingName = value;
        else refused.push('settingName (should be the setting’s name as text)');
        break;
      case 'rules':
        managed.rules = cleanRules(value, refused);
        break;
      case 'keywords':
        managed.keywords = cleanKeywords(value, refused);
        break;
      case 'staff':
      case 'consentTags':
      case 'allowedContacts':
        managed[key] = cleanList(value, key, refused);
        break;
      case 'faces':
        if ((FACE_CHOICES as readonly unknown[]).includes(value)) managed.faces = value as ManagedPolicy['faces'];
        else refused.push(`faces (${shown(value)} is not ${FACE_CHOICES.join(', ')})`);
        break;
      case 'excerpts':
        if (typeof value === 'boolean') managed.excerpts = value;
        else refused.push('excerpts (should be true or false)');
        break;
      case 'retentionMonths':
        if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 120) managed.retentionMonths = value as number;
        else refused.push(`retentionMonths (${shown(value)} is not a whole number of months from 1 to 120)`);
        break;
      case 'roster':
        refused.push('roster (children’s details are kept on each computer, never taken from the organisation’s policy)');
        break;
      default:
        refused.push(`${key} (not something Ask Yourself reads)`);
    }
  }
  for (const key of MANAGED_KEYS) if (managed[key] === undefined) delete managed[key];
  return { managed, refused };
}

/** The usable managed values alone. */
export const cleanManaged = (raw: Record<string, unknown>): ManagedPolicy => checkManaged(raw).managed;

/** Reads and checks the organisation's managed values; none when the browser has no managed storage for us. */
export async function readManagedReport(): Promise<ManagedReport> {
  try {
    return checkManaged(await browser.storage.managed.get());
  } catch {
    // Firefox without a policies.json entry, and some test profiles, refuse the call outright.
    return { managed: {}, refused: [] };
  }
}

/** Reads the organisation's usable managed values. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  return (await readManagedReport()).managed;
}

/** Calls back whenever the organisation's policy changes (Chrome reads it a few seconds after start). */
export function watchManagedPolicy(callback: (managed: ManagedPolicy, refused: string[]) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedReport().then((report) => callback(report.managed, report.refused));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Lays the organisation's values over the setting's own: a managed value always wins, and is locked. */
export function mergeManaged(local: Policy, settings: Settings, managed: ManagedPolicy): PolicyInForce {
  const policy: Policy = { ...local };
  const merged: Settings = { ...settings };
  const locked: string[] = [];
  for (const field of ['settingName', 'staff', 'faces', 'consentTags', 'allowedContacts'] as const) {
    if (managed[field] === undefined) continue;
    Object.assign(policy, { [field]: managed[field] });
    locked.push(field);
  }
  for (const field of ['rules', 'keywords'] as const) {
    const values = managed[field];
    if (values === undefined) continue;
    Object.assign(policy, { [field]: { ...local[field], ...values } });
    locked.push(...Object.keys(values).map((id) => `${field}.${id as RuleId}`));
  }
  for (const field of ['excerpts', 'retentionMonths'] as const) {
    if (managed[field] === undefined) continue;
    Object.assign(merged, { [field]: managed[field] });
    locked.push(field);
  }
  return { policy, settings: merged, locked };
}
