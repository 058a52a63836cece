import type { Page } from 'playwright-core';
import type { Decision } from '../../../lib/decisions/decision';
import type { Policy } from '../../../lib/policy/policy';
import type { ProtectionStatus } from '../../../lib/storage/protection-status';
import type { ExtensionBrowser } from './browser';

/** The id the manifest's `key` fixes. */
export const EXTENSION_ID = 'fclbldilgohpaioihpdhhkhannmokolo';

/** The managers' page at an address, e.g. `#log`. */
export const managersPage = (hash = ''): string => `chrome-extension://${EXTENSION_ID}/options.html${hash}`;

/** Every section's address and heading, as a manager would find them in the navigation. */
export const SECTIONS = [
  ['overview', 'Overview', 'Overview'],
  ['rules', 'Rules', 'Rules'],
  ['roster', 'Roster and people', 'Roster and people'],
  ['words', 'Words and lists', 'Words'],
  ['photos', 'Photos and videos', 'Photos'],
  ['log', 'Decision log', 'Log'],
  ['protection', 'Protection on this computer', 'Protection'],
  ['lock', 'Lock and policy file', 'Lock and policy file'],
] as const;

/** Writes straight into the extension's own storage, as the extension's parts would. */
export async function store(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((items) => chrome.storage.local.set(items), values);
}

/** Reads one key of the extension's storage. */
export async function stored<T>(browser: ExtensionBrowser, key: string): Promise<T | undefined> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;
}

const DAY = 24 * 60 * 60 * 1000;
const ago = (now: number, days: number, hours = 0) => new Date(now - days * DAY - hours * 60 * 60 * 1000).toISOString();

/** A small nursery's policy, roster included, for the screenshots and the checks on every section. */
export const NURSERY_POLICY: Policy = {
  version: 1,
  settingName: 'Little Acorns Nursery',
  consentTags: ['#consentgiven'],
  allowedContacts: ['01632 960123', 'hello@littleacorns.example'],
  rules: { profanity: 'block' },
  staff: ['Sam Okafor', 'Priya Desai'],
  roster: [
    { name: 'Amelia Watson', socialMediaConsent: false, carers: ['Laura Watson'] },
    { name: 'Theo Grant', socialMediaConsent: true },
    { name: 'Isla Mensah', socialMediaConsent: true },
    { name: 'Noah Fitzgerald', socialMediaConsent: false },
    { name: 'Ruby Chen', socialMediaConsent: true, carers: ['Wei Chen', 'Anna Chen'] },
    { name: 'Oscar Lewis', socialMediaConsent: true },
  ],
};

/** Eight weeks of a busy nursery's decisions, the same every run apart from the dates. */
export function eightWeeksOfDecisions(now: number): Decision[] {
  const pattern: Omit<Decision, 'at'>[] = [
    { site: 'facebook', rules: ['full-name'], decision: 'edited' },
    { site: 'instagram', rules: ['semi-clothed-activity'], decision: 'posted-anyway', reason: 'Swimming gala, costumes only, parents agreed' },
    { site: 'facebook', rules: ['named-child-without-consent'], decision: 'edited' },
    { site: 'x', rules: ['profanity'], decision: 'blocked' },
    { site: 'facebook', rules: ['contact-details'], decision: 'edited' },
    { site: 'instagram', rules: ['semi-clothed-activity'], decision: 'false-alarm' },
    { site: 'facebook', rules: ['missing-consent-tag', 'full-name-with-photo'], decision: 'edited' },
  ];
  return Array.from({ length: 34 }, (_, index) => ({ ...pattern[(index * 3) % pattern.length], at: ago(now, 55 - index * 1.6, index % 5) }));
}

/** What the extension saw on each site: one box on X lost its Post button. */
export function protectionSeen(now: number): ProtectionStatus {
  return {
    facebook: { site: 'facebook', composerSeenAt: now - 2 * 60 * 60 * 1000, postControlFoundAt: now - 2 * 60 * 60 * 1000, unprotected: [] },
    instagram: { site: 'instagram', composerSeenAt: now - 26 * 60 * 60 * 1000, postControlFoundAt: now - 26 * 60 * 60 * 1000, unprotected: [] },
    x: {
      site: 'x',
      composerSeenAt: now - 3 * 60 * 60 * 1000,
      postControlFoundAt: now - 5 * DAY,
      unprotected: [{ at: now - 3 * 60 * 60 * 1000, url: 'https://x.com/compose/post', problem: 'the Post button could not be found' }],
    },
  };
}

/** Serious and critical axe violations inside `selector`, and the ids of the checks that passed there. */
export async function axeOn(page: Page, axeSource: string, selector: string): Promise<{ serious: string[]; passed: string[] }> {
  await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    type Outcome = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: Outcome[]; passes: Outcome[] }> } }).axe;
    const { violations, passes } = await axe.run(document.querySelector(within)!);
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    return { serious, passed: passes.map((p) => p.id) };
  }, selector);
}
