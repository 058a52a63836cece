import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The hosts the replicas stand in for: the content script's real match patterns fire
 * on them. The last is a setting's own website, which frames Facebook's comment plugin.
 */
export const SITE_HOSTS = [
  'www.facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'business.facebook.com',
  'www.instagram.com',
  'x.com',
  'pro.x.com',
  'www.littleacorns.example',
] as const;

/** A place for one run's extension and certificate, removed by `dispose`. */
export interface Workspace {
  dir: string;
  extensionDir: string;
  certDir: string;
  dispose(): void;
}

/**
 * Builds the extension as `npm run build` does and copies it out of `.output`,
 * so a later build by anyone else cannot change it under a running test; then
 * makes a throwaway certificate for the three hosts, for HTTPS on loopback.
 */
export function prepareWorkspace(): Workspace {
  // Vitest sets NODE_ENV=test, and a build that inherits it compiles React's development JSX
  // (jsxDEV), which the production React bundle lacks: the panel would crash on the page.
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    // The build's own report says what broke; when the build works it is only noise.
    process.stderr.write((error as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write((error as { stderr?: Buffer }).stderr ?? '');
    throw error;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-e2e-'));
  const extensionDir = join(dir, 'extension');
  cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
  const certDir = join(dir, 'cert');
  makeCertificate(certDir);
  return { dir, extensionDir, certDir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A self-signed certificate for the sites' hosts, valid for two days. */
export function makeCertificate(certDir: string): void {
  const names = [...SITE_HOSTS, 'localhost'].map((host) => `DNS:${host}`).join(',');
  mkdirSync(certDir, { recursive: true });
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'), '-days', '2', '-subj', '/CN=ask-yourself-replicas', '-addext', `subjectAltName=${names},IP:127.0.0.1`],
    { stdio: 'ignore' },
  );
}
