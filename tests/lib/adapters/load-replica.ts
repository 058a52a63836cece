import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The composer replicas, by folder under tests/fixtures. */
export type ReplicaSite = 'x' | 'facebook' | 'instagram' | 'business-suite';

/**
 * Builds a replica's page in happy-dom at `url`, running the replica's own script
 * (the same file the real-Chromium tests serve), so the adapters' selectors are
 * tested against the very markup the browser tests use.
 */
export async function loadReplica(site: ReplicaSite, url: string): Promise<void> {
  const html = readFileSync(join(FIXTURES, site, 'index.html'), 'utf8').replace(/<script[^>]*><\/script>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  vi.resetModules();
  await import(`../../fixtures/${site}/${site}.js`);
}

/** One element, or a failure naming the selector. */
export function one(selector: string, scope: ParentNode = document): Element {
  const found = scope.querySelector(selector);
  if (!found) throw new Error(`no ${selector} on the page`);
  return found;
}

/** The control with this accessible name (aria-label, else text). */
export function control(name: string, scope: ParentNode = document): HTMLElement {
  const found = [...scope.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
    (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}
