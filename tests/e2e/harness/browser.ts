import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { SITE_HOSTS } from './prepare';
import { serveReplicas, type ServedRequest } from './replica-server';

/** Chromium with the built extension, pointed at the replicas. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** Every URL the browser asked for, from any page, frame or worker. */
  requested: string[];
  /** Every request the replicas' server answered. */
  served: ServedRequest[];
  /** Opens a new tab at an address on one of the three sites. */
  open(url: string): Promise<Page>;
  /** The extension's service worker, woken if it had gone idle. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Where each request may go: the sites' own hosts (served on loopback) and the browser's own schemes. */
export function leftThePage(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol)) return false;
  return !(SITE_HOSTS as readonly string[]).includes(hostname);
}

/**
 * Launches Debian's Chromium with the extension, headless, through
 * playwright-core (research/browser-testing.md §3-4): the three sites' hosts
 * resolve to the replicas' server, every other host fails to resolve, so
 * nothing can leave the machine.
 */
export async function launchExtensionBrowser({
  extensionDir,
  certDir,
  executablePath = '/usr/bin/chromium',
  headless = true,
  profileDir,
  waitForManaged = true,
}: {
  /** The built extension; none gives the same browser without it, for a benchmark's baseline. */
  extensionDir?: string;
  certDir: string;
  /** Another way to start Chromium, e.g. a wrapper that gives it its own enterprise policy files. */
  executablePath?: string;
  /** False opens a window, for a person to try the replicas (`npm start`). */
  headless?: boolean;
  /** A profile to start from and keep, as a browser restarted on the same computer; by default a fresh one, removed on close. */
  profileDir?: string;
  /** False starts as a browser just started does: Chromium has not yet read its managed storage. */
  waitForManaged?: boolean;
}): Promise<ExtensionBrowser> {
  const server = await serveReplicas(certDir);
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'ask-yourself-profile-'));
  const rules = [...SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
    ],
  });
  // Notes whether the panel ever appeared, even for an instant, so a test can say a clean post never saw it.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('ask-yourself-panel')) Object.assign(window, { __panelShown: true });
    }).observe(document, { childList: true, subtree: true });
  });
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Chromium answers the first storage.managed read only a few seconds after start; a browser
  // someone has had open for a while has long since done so, and that is the browser to test.
  if (extensionDir && waitForManaged) await (await serviceWorker()).evaluate(() => chrome.storage.managed.get().catch(() => undefined));
  return {
    context,
    requested,
    served: server.served,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    serviceWorker,
    async close() {
      await context.close();
      await server.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
