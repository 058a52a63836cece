import { browser } from '#imports';
import type { Policy } from '../policy/policy';
import { validatePolicy } from '../policy/validate-policy';
import type { RuleId } from '../types';
import type { Settings } from './settings';

/**
 * What an organisation may push to every work browser through Chrome or Edge
 * enterprise policy (`storage.managed`, described by the manifest's
 * `managed_schema`). The roster is not among them: children's names and consent
 * stay on the setting's own computer, out of admin consoles and registries.
 */
export interface ManagedPolicy {
  settingName?: string;
  rules?: Policy['rules'];
  consentTags?: string[];
  allowedContacts?: string[];
  keywords?: Policy['keywords'];
  excerpts?: boolean;
  retentionMonths?: number;
}

/** The policy and settings in force, and which of their fields the organisation has locked. */
export interface PolicyInForce {
  policy: Policy;
  settings: Settings;
  /** Field paths set centrally, e.g. `settingName`, `rules.profanity`, `keywords.semi-clothed-activity`. */
  locked: string[];
}

const POLICY_FIELDS = ['settingName', 'rules', 'consentTags', 'allowedContacts', 'keywords'] as const;

/**
 * Keeps the managed values that a policy file could hold. Chrome already drops
 * values its schema refuses; this guards against other browsers and hand-made
 * test profiles, field by field, so one bad field does not lose the rest.
 */
export function cleanManaged(raw: Record<string, unknown>): ManagedPolicy {
  const managed: ManagedPolicy = {};
  for (const field of POLICY_FIELDS) {
    if (raw[field] === undefined) continue;
    if (validatePolicy({ version: 1, [field]: raw[field] }).ok) Object.assign(managed, { [field]: raw[field] });
  }
  if (typeof raw.excerpts === 'boolean') managed.excerpts = raw.excerpts;
  const months = raw.retentionMonths;
  if (Number.isInteger(months) && (months as number) >= 1 && (months as number) <= 120) managed.retentionMonths = months as number;
  return managed;
}

/** Reads the organisation's managed values; none when the browser has no managed storage for us. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return cleanManaged(await browser.storage.managed.get());
  } catch {
    // Firefox without a native managed manifest, and some test profiles, refuse the call outright.
    return {};
  }
}

/** Calls back whenever the organisation's policy changes (Chrome reads it a few seconds after start). */
export function watchManagedPolicy(callback: (managed: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedPolicy().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Lays the organisation's values over the setting's own: a managed value always wins, and is locked. */
export function mergeManaged(local: Policy, settings: Settings, managed: ManagedPolicy): PolicyInForce {
  const policy: Policy = { ...local };
  const merged: Settings = { ...settings };
  const locked: string[] = [];
  for (const field of ['settingName', 'consentTags', 'allowedContacts'] as const) {
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
