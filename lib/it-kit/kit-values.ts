import type { Policy } from '../policy/policy';
import { rules } from '../rules';
import type { ManagedPolicy } from '../storage/managed-policy';
import type { Settings } from '../storage/settings';

/** The Chrome and Edge extension id that the manifest's `key` fixes for builds outside the stores. */
export const CHROME_EXTENSION_ID = 'fclbldilgohpaioihpdhhkhannmokolo';

/** The Firefox add-on id (wxt.config.ts, `browser_specific_settings.gecko.id`). */
export const FIREFOX_ADDON_ID = 'ask-yourself@nursery-tools.uk';

/** Where Chrome and Edge fetch a store-listed extension's updates, for the force-install lines. */
export const UPDATE_URLS = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
} as const;

/** Whether text is a Chrome or Edge extension id: 32 letters from a to p. */
export const isExtensionId = (text: string): boolean => /^[a-p]{32}$/.test(text);

/**
 * The policy in force as the managed values an IT team pushes: every rule at the
 * severity in force (so each is locked on every computer), the lists and names the
 * setting has filled in, and the log settings. Never the roster: children's details
 * stay on the setting's own computers.
 */
export function kitValues(policy: Policy, settings: Settings): ManagedPolicy {
  const values: ManagedPolicy = {};
  if (policy.settingName?.trim()) values.settingName = policy.settingName.trim();
  values.rules = Object.fromEntries(rules.map((rule) => [rule.id, policy.rules?.[rule.id] ?? rule.meta.defaultSeverity]));
  if (policy.staff?.length) values.staff = [...policy.staff];
  if (policy.faces) values.faces = policy.faces;
  if (policy.consentTags?.length) values.consentTags = [...policy.consentTags];
  if (policy.allowedContacts?.length) values.allowedContacts = [...policy.allowedContacts];
  const keywords = Object.entries(policy.keywords ?? {}).filter(([, override]) => override && (override.add.length > 0 || override.remove.length > 0));
  if (keywords.length > 0) values.keywords = Object.fromEntries(keywords);
  values.excerpts = settings.excerpts;
  values.retentionMonths = settings.retentionMonths;
  return values;
}
