import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveReplicas, type ServedRequest } from '../harness/replica-server';
import { proxySitesTo } from './site-proxy';

/** The add-on id the manifest gives Firefox (wxt.config.ts), which policies.json names. */
export const ADDON_ID = 'ask-yourself@nursery-tools.uk';
/** Fixes the add-on's moz-extension:// host, which Firefox otherwise draws at random for each profile. */
const ADDON_UUID = '4b7f3c2e-9a1d-4e6b-8f50-a2c4d6e8f013';
export const OPTIONS_URL = `moz-extension://${ADDON_UUID}/options.html`;

/** Where Debian's firefox-esr reads its enterprise policies (distribution/policies.json). */
const DISTRIBUTION_DIR = '/usr/lib/firefox-esr/distribution';

/** Debian's Firefox ESR with the built add-on, pointed at the replicas. */
export interface AddonFirefox {
  browser: Browser;
  /** Every URL a tab asked for. */
  requested: string[];
  /** Every request the replicas' server answered. */
  served: ServedRequest[];
  /** Opens a new tab at an address on one of the three sites, noting whether the panel ever appears. */
  open(url: string): Promise<Page>;
  /** Opens the add-on's options page in a new tab. */
  openOptions(): Promise<Page>;
  /** Closes every tab the test opened, keeping the add-on page that `inAddon` uses. */
  closeTabs(): Promise<void>;
  /** Runs `fn` in an add-on page, where `browser.storage` is the add-on's own. */
  inAddon<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/**
 * A Firefox that reads `policies.json` from `dir` rather than the real
 * distribution folder, in a private mount namespace (as tests/e2e/options.test.ts
 * does for Chromium), so the test never changes the machine's Firefox.
 */
export function firefoxWithPolicies(dir: string, policies: Record<string, unknown>): string {
  const distribution = join(dir, 'distribution');
  mkdirSync(distribution, { recursive: true });
  writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies }));
  const wrapper = join(dir, 'firefox-esr');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec unshare -m --propagation private sh -c 'mount --bind "$0" ${DISTRIBUTION_DIR} && exec /usr/lib/firefox-esr/firefox-esr "$@"' '${distribution}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/**
 * Launches firefox-esr headless through WebDriver BiDi (puppeteer-core) and
 * installs the built add-on as a temporary add-on. Firefox has no host-resolver
 * flag like Chromium's, so every connection goes through a proxy that sends the
 * three sites' hosts to the replicas and refuses everything else; the replicas'
 * self-signed certificate is accepted for this session only.
 */
export async function launchAddonFirefox({
  extensionDir,
  certDir,
  executablePath = '/usr/bin/firefox-esr',
  idleSeconds,
}: {
  extensionDir: string;
  certDir: string;
  executablePath?: string;
  /** How long the add-on's event page may sit idle before Firefox unloads it (Firefox's own default is 30 s). */
  idleSeconds?: number;
}): Promise<AddonFirefox> {
  const server = await serveReplicas(certDir);
  const proxy = await proxySitesTo(server.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    // Lets the test open the add-on's own moz-extension:// pages, which WebDriver otherwise refuses to navigate to.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...(idleSeconds ? { 'extensions.background.idle.timeout': idleSeconds * 1000 } : {}),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(extensionDir);
  const requested: string[] = [];
  const tabs: Page[] = [];
  const newTab = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
    return page;
  };
  const openOptions = async () => {
    const page = await newTab();
    // At a section's address, as a bookmark opens it: the plain address starts the set-up guide on a new profile.
    const address = `${OPTIONS_URL}#rules`;
    // Firefox loads the page but never reports the navigation to a moz-extension:// address as done, so wait for the page itself.
    await page.goto(address, { timeout: 1000 }).catch(() => undefined);
    await page.waitForFunction((url) => location.href === url && document.readyState === 'complete', {}, address);
    return page;
  };
  const addonPage = await openOptions();
  const tracked = async (page: Promise<Page>) => {
    tabs.push(await page);
    return page;
  };
  return {
    browser,
    requested,
    served: server.served,
    async open(url) {
      const page = await tracked(newTab());
      await page.evaluateOnNewDocument(() => {
        new MutationObserver(() => {
          if (document.querySelector('ask-yourself-panel')) Object.assign(window, { __panelShown: true });
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      return page;
    },
    openOptions: () => tracked(openOptions()),
    async closeTabs() {
      await Promise.all(tabs.splice(0).map((page) => page.close()));
    },
    inAddon: (fn, arg) => addonPage.evaluate(fn as never, arg as never) as never,
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
    },
  };
}
