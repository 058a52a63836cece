import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import type { Policy } from '../../../lib/policy/policy';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { leftThePage } from '../harness/browser';
import { FINDING_CASES } from '../harness/guarding-suite';
import { ROOT } from '../harness/prepare';
import { photo } from '../harness/site-driver';
import { ADDON_ID, firefoxWithPolicies, launchAddonFirefox, type AddonFirefox } from './firefox-browser';
import { choose, panelButtonShown, panelEverShown, panelHasButton, panelRules, panelShows, pause, postedOn, receivedBy, siteSaw, untilInsideText, untilPosted, write } from './firefox-page';
import { lookedAt, untilLooked } from './vision-status';
import { X_HOME } from './x-composer';

const launch = () => ({ extensionDir: inject('firefoxExtensionDir'), certDir: inject('certDir') });
const CLEAN = 'Our sunflowers are taller than the children now, come and see them on Friday';
const WARN = 'Ring us on 07700 900471 to book a visit';
/**
 * A person's pause between the last word and the Post button, long enough for the idle check. Longer than Chromium's
 * (600 ms): Firefox's event page builds the checker's language model when it starts, and the first test comes then.
 */
const PAUSE_MS = 1500;

const scratch = mkdtempSync(join(tmpdir(), 'ask-yourself-firefox-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The add-on's storage, as the options page would write it. */
const store = (firefox: AddonFirefox, values: Record<string, unknown>) =>
  firefox.inAddon((v) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set(v), values);
const stored = (firefox: AddonFirefox, key: string) =>
  firefox.inAddon(async (k) => (await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(k))[k], key);

/** Opens X's composer, attaches photos through its picker, writes the draft and pauses as a person does, until its photos have been looked at. */
async function draft(firefox: AddonFirefox, text: string, photos: string[] = []): Promise<Page> {
  const before = photos.length ? await lookedAt(firefox) : 0;
  const page = await firefox.open(X_HOME.url);
  await choose(page, X_HOME.picker, photos);
  await write(page, X_HOME.box, text);
  if (photos.length) await untilLooked(firefox, before, photos.length);
  await pause(PAUSE_MS);
  return page;
}

describe('in Firefox ESR with the built add-on', () => {
  let firefox: AddonFirefox;
  beforeAll(async () => {
    firefox = await launchAddonFirefox(launch());
  });
  afterAll(() => firefox?.close());
  beforeEach(async () => {
    await firefox.closeTabs();
    await firefox.inAddon(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.remove(['decisions', 'policy', 'settings']), null);
  });

  test('a clean post goes with one press, the person’s own, and no panel', async () => {
    const page = await draft(firefox, CLEAN);
    await page.click(X_HOME.submit);
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: CLEAN, photos: [], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  describe('each kind of finding holds the post before the site sees the press', () => {
    test.each(FINDING_CASES)('$rule', async ({ rule, text, photos = [], policy, settings }) => {
      if (policy) await store(firefox, { policy });
      if (settings) await store(firefox, { settings: { ...DEFAULT_SETTINGS, ...settings } });
      const page = await draft(firefox, text, photos.map(photo));
      const before = await siteSaw(page);
      await page.click(X_HOME.submit);
      await panelShows(page, rule);
      expect(await panelRules(page)).toEqual([rule]);
      expect(await postedOn(page)).toEqual([]);
      expect(await siteSaw(page)).toEqual(before);
    });
  });

  test('Post anyway posts exactly once, even on a double click, and the decision is logged', async () => {
    const page = await draft(firefox, WARN, [photo('plain.jpg')]);
    await page.click(X_HOME.submit);
    const postAnyway = await panelButtonShown(page, 'Post anyway');
    await postAnyway.click({ count: 2 });
    await untilPosted(page, 1);
    await pause(2000);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: WARN, photos: ['plain.jpg'], trusted: false }]);
    await expect
      .poll(async () => ((await stored(firefox, 'decisions')) as { rules: string[]; decision: string }[] | undefined)?.map((d) => [d.rules, d.decision]))
      .toEqual([[['contact-details'], 'posted-anyway']]);
  });

  test('a blocking finding offers no way to post', async () => {
    const page = await draft(firefox, 'What the fuck happened to the weather today');
    await page.click(X_HOME.submit);
    await panelButtonShown(page, 'Edit post');
    expect(await panelHasButton(page, 'Post anyway')).toBe(false);
    await page.keyboard.press('Escape');
    await pause(300);
    expect(await postedOn(page)).toEqual([]);
  });

  test('a photo’s location is removed as it is attached: the site receives it clean and the post goes untouched', async () => {
    const located = join(ROOT, 'tests/fixtures/location/gps.jpg');
    const page = await draft(firefox, CLEAN, [located]);
    const [received] = await receivedBy(page, 1);
    expect(received.name).toBe('gps.jpg');
    const summary = await readPhotoSummary(blobSource(new File([received.bytes as Uint8Array<ArrayBuffer>], received.name, { type: received.type })));
    expect(summary.gps).toBeUndefined();
    const cleaned = removeLocation(new Uint8Array(readFileSync(located)), 'gps.jpg');
    expect(received.bytes).toEqual(cleaned.status === 'cleaned' ? cleaned.bytes : undefined);
    await untilInsideText(page, 'ask-yourself-notice', 'before X received it: gps.jpg');
    await page.click(X_HOME.submit);
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: X_HOME.posts, text: CLEAN, photos: ['gps.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a policy imported on the options page holds a post naming a child without consent', async () => {
    const policy: Policy = { version: 1, settingName: 'Little Acorns Nursery', roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] };
    const file = join(scratch, 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    const options = await firefox.openOptions();
    await options.waitForSelector('::-p-aria([name="Rules"][role="heading"])');
    await choose(options, 'input[aria-label="Policy file to import"]', [file]);
    await options.waitForSelector('::-p-text(Imported “policy.json”. This is now your policy.)');
    expect(await stored(firefox, 'policy')).toEqual(policy);

    const page = await draft(firefox, 'Amelia loved the painting table this morning!');
    await page.click(X_HOME.submit);
    await panelShows(page, 'named-child-without-consent');
    expect(await panelHasButton(page, 'Post anyway')).toBe(false);
    expect(await postedOn(page)).toEqual([]);
  });

  test('no request from a tab ever left the sites’ own hosts', () => {
    const allowed = (url: string) => url.startsWith('moz-extension:') || !leftThePage(url);
    expect(firefox.requested.filter((url) => !allowed(url))).toEqual([]);
    expect(firefox.served.length).toBeGreaterThan(0);
    expect(firefox.served.filter((request) => request.remoteAddress !== '127.0.0.1')).toEqual([]);
  });
});

describe('an event page that Firefox has unloaded while idle', () => {
  let firefox: AddonFirefox;
  beforeAll(async () => {
    firefox = await launchAddonFirefox({ ...launch(), idleSeconds: 3 });
  });
  afterAll(() => firefox?.close());

  test('wakes for the next post, checks it with the policy in force, and holds what it finds', async () => {
    await store(firefox, { policy: { version: 1, rules: { 'contact-details': 'block' } } satisfies Policy });
    await firefox.closeTabs();
    const page = await firefox.open(X_HOME.url);
    // Long enough for Firefox to unload the idle event page, and the policy it had read with it.
    await pause(6000);
    await write(page, X_HOME.box, WARN);
    await page.click(X_HOME.submit);
    await panelShows(page, 'contact-details', 'block');
    expect(await panelHasButton(page, 'Post anyway')).toBe(false);
    expect(await postedOn(page)).toEqual([]);
  });
});

// A private mount namespace needs root, as the project's machines and CI run.
describe.skipIf(process.getuid?.() !== 0)('a policy pushed by the organisation through Firefox’s policies.json', () => {
  let firefox: AddonFirefox;
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-firefox-policies-'));
  beforeAll(async () => {
    const managed = { settingName: 'Oak Tree Nursery Group', rules: { profanity: 'block', 'contact-details': 'justify' } };
    const executablePath = firefoxWithPolicies(dir, { '3rdparty': { Extensions: { [ADDON_ID]: managed } } });
    firefox = await launchAddonFirefox({ ...launch(), executablePath });
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('wins over the setting’s own values, is locked on the options page, and decides what a post needs', async () => {
    await firefox.inAddon(
      (policy) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ policy }),
      { version: 1, settingName: 'Little Acorns', rules: { profanity: 'warn', 'full-name': 'block' } } satisfies Policy,
    );
    const options = await firefox.openOptions();
    const select = (rule: string) => options.waitForSelector(`::-p-aria([name="${rule}: what happens"][role="combobox"])`);
    await options.waitForFunction(() => document.body.innerText.includes('Set by your organisation'), { timeout: 10_000 });
    const profanity = await select('Profanity');
    expect(await profanity!.evaluate((el) => [(el as HTMLSelectElement).value, (el as HTMLSelectElement).disabled])).toEqual(['block', true]);
    const contacts = await select('Contact details');
    expect(await contacts!.evaluate((el) => (el as HTMLSelectElement).value)).toBe('justify');
    const fullName = await select('Full name');
    expect(await fullName!.evaluate((el) => [(el as HTMLSelectElement).value, (el as HTMLSelectElement).disabled])).toEqual(['block', false]);
    const name = await options.waitForSelector('::-p-aria([name="Setting name"][role="textbox"])');
    expect(await name!.evaluate((el) => [(el as HTMLInputElement).value, (el as HTMLInputElement).readOnly])).toEqual(['Oak Tree Nursery Group', true]);

    const page = await draft(firefox, WARN);
    await page.click(X_HOME.submit);
    await panelShows(page, 'contact-details', 'justify');
    expect(await postedOn(page)).toEqual([]);
  });
});
