import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { itKitFiles, itKitZip, LINUX_POLICY_PATHS } from '../../../lib/it-kit/build-kit';
import { firefoxPoliciesJson } from '../../../lib/it-kit/json-policies';
import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID, kitValues } from '../../../lib/it-kit/kit-values';
import type { Policy } from '../../../lib/policy/policy';
import { rules } from '../../../lib/rules';
import { checkManaged } from '../../../lib/storage/managed-policy';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';

const schema = JSON.parse(readFileSync(new URL('../../../assets/public/schema.json', import.meta.url), 'utf8'));

const policy: Policy = {
  version: 1,
  settingName: 'Oak & Ash "Little Ones" Nursery',
  rules: { profanity: 'warn', 'contact-details': 'block' },
  roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }],
  staff: ['Siobhán Ní Bhriain'],
  faces: 'ask',
  consentTags: ['#consentgiven'],
  allowedContacts: ['01234 567890', 'office@oakandash.example'],
  keywords: { 'semi-clothed-activity': { add: ['splash park'], remove: ['beach'] } },
};
const settings = { ...DEFAULT_SETTINGS, excerpts: true, retentionMonths: 18 };
const values = kitValues(policy, settings);
const files = itKitFiles(policy, settings, CHROME_EXTENSION_ID);
const text = (path: string) => strFromU8(files[path]);

function decodeUtf16(bytes: Uint8Array): string {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
  return new TextDecoder('utf-16le').decode(bytes.slice(2));
}

// Reads a .reg file's values back the way Chrome does: DWORDs as numbers or true/false, lists and maps from JSON text.
function readReg(reg: string): { key: string; values: Record<string, unknown> } {
  const lines = reg.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const key = lines.find((line) => line.startsWith('['))!.slice(1, -1);
  const read: Record<string, unknown> = {};
  for (const line of lines) {
    const match = line.match(/^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/);
    if (!match) continue;
    const type = schema.properties[match[1]]?.type;
    if (match[2] !== undefined) read[match[1]] = type === 'boolean' ? parseInt(match[2], 16) === 1 : parseInt(match[2], 16);
    else {
      const raw = match[3].replace(/\\(.)/g, '$1');
      read[match[1]] = type === 'array' || type === 'object' ? JSON.parse(raw) : raw;
    }
  }
  return { key, values: read };
}

// Just enough of a property-list reader for the profiles the kit writes.
function readPlist(xml: string): unknown {
  const body = xml.slice(xml.indexOf('<plist version="1.0">') + 21, xml.lastIndexOf('</plist>'));
  const tokens = [...body.matchAll(/<(\/?)([a-z]+)(\/?)>([^<]*)/g)].map(([, close, tag, empty, text]) => ({ close: close === '/', tag, empty: empty === '/', text }));
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let i = 0;
  const next = (): unknown => {
    const { tag, empty, text } = tokens[i++];
    if (empty) return tag === 'true';
    if (tag === 'string' || tag === 'integer' || tag === 'key') {
      i++;
      return tag === 'integer' ? Number(text) : unescape(text);
    }
    const items: unknown[] = [];
    while (!tokens[i].close) items.push(next());
    i++;
    if (tag === 'array') return items;
    return Object.fromEntries(Array.from({ length: items.length / 2 }, (_, k) => [items[2 * k], items[2 * k + 1]]));
  };
  return next();
}

describe('the kit for IT: the policy in force as each management tool needs it', () => {
  test('holds every rule at its severity in force, the lists and the log settings, and never the roster', () => {
    expect(Object.keys(values.rules ?? {}).sort()).toEqual(rules.map((rule) => rule.id).sort());
    expect(values.rules).toMatchObject({ profanity: 'warn', 'contact-details': 'block' });
    expect(values).toMatchObject({ staff: policy.staff, faces: 'ask', consentTags: policy.consentTags, excerpts: true, retentionMonths: 18 });
    expect(values).not.toHaveProperty('roster');
    const everything = Object.values(unzipSync(itKitZip(policy, settings, CHROME_EXTENSION_ID)))
      .map((bytes) => (bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder('utf-16le').decode(bytes.slice(2)) : strFromU8(bytes)))
      .join('\n');
    expect(everything).not.toMatch(/Amelia|Joanne/);
  });

  test('every value in it passes the extension’s own one-by-one check, so nothing in the kit is refused', () => {
    expect(checkManaged(values as Record<string, unknown>)).toEqual({ managed: values, refused: [] });
  });

  test('Linux: the same file at the path Chrome, Chromium and Edge each read, under 3rdparty for the extension id', () => {
    for (const path of LINUX_POLICY_PATHS) {
      expect(JSON.parse(text(`linux/${path}`))).toEqual({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: values } } });
    }
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['linux/etc/opt/chrome/policies/managed/ask-yourself.json', 'linux/etc/chromium/policies/managed/ask-yourself.json']));
    expect(JSON.parse(text('linux/force-install/ask-yourself-force-install.json')).ExtensionInstallForcelist).toEqual([
      `${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`,
    ]);
  });

  test.each([
    ['chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ])('Windows %s: a UTF-16 .reg under the 3rdparty key that reads back to the same values', (browser, root) => {
    const reg = readReg(decodeUtf16(files[`chrome-and-edge-windows/ask-yourself-${browser}-policy.reg`]));
    expect(reg.key).toBe(`${root}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
    expect(reg.values).toEqual(values);
    const force = readReg(decodeUtf16(files[`chrome-and-edge-windows/force-install-${browser}.reg`]));
    expect(force.key).toBe(`${root}\\ExtensionInstallForcelist`);
    const settingsEntry = JSON.parse(text(`chrome-and-edge-windows/extension-settings-${browser}.json`));
    expect(settingsEntry[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
  });

  test('macOS: a configuration profile whose Chrome and Edge domains hold the same values, names escaped', () => {
    const xml = text('macos/ask-yourself-policy.mobileconfig');
    expect(xml).toContain('Oak &amp; Ash');
    const profile = readPlist(xml) as { PayloadType: string; PayloadContent: { PayloadType: string; PayloadContent: Record<string, { Forced: { mcx_preference_settings: unknown }[] }> }[] };
    expect(profile.PayloadType).toBe('Configuration');
    const [payload] = profile.PayloadContent;
    expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
    for (const domain of [`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`, `com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}`]) {
      expect(payload.PayloadContent[domain].Forced[0].mcx_preference_settings).toEqual(values);
    }
    const install = readPlist(text('macos/ask-yourself-force-install.mobileconfig')) as typeof profile;
    expect(install.PayloadContent[0].PayloadContent['com.google.Chrome'].Forced[0].mcx_preference_settings).toEqual({
      ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`],
    });
  });

  test('Firefox: policies.json with the values under 3rdparty for the add-on id that wxt.config.ts gives the add-on', () => {
    const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toContain(`id: '${FIREFOX_ADDON_ID}'`);
    expect(JSON.parse(text('firefox/policies.json'))).toEqual({ policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: values } } } });
    expect(firefoxPoliciesJson(values)).toBe(text('firefox/policies.json'));
  });

  test('Google Admin console: each value wrapped as { "Value": … }', () => {
    const admin = JSON.parse(text('google-admin-console/ask-yourself-policy.json'));
    expect(Object.fromEntries(Object.entries(admin).map(([key, wrapped]) => [key, (wrapped as { Value: unknown }).Value]))).toEqual(values);
  });

  test('each folder carries a short plain README naming the extension id', () => {
    for (const folder of ['', 'chrome-and-edge-windows/', 'macos/', 'linux/', 'firefox/', 'google-admin-console/']) {
      const readme = text(`${folder}README.txt`);
      expect(readme.length).toBeLessThan(4000);
      expect(readme).toMatch(folder === 'firefox/' ? FIREFOX_ADDON_ID : CHROME_EXTENSION_ID);
    }
  });
});
