import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeCertificate, ROOT } from '../harness/prepare';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built Firefox add-on, copied out of `.output` for this run. */
    firefoxExtensionDir: string;
  }
}

/** Builds the Firefox add-on as `npm run build:firefox` does, once for every Firefox test, and makes the replicas' certificate. */
export default function setup(project: TestProject): () => void {
  try {
    // As for Chromium (harness/prepare.ts): a build that inherits vitest's NODE_ENV=test would ship React's development JSX.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    process.stderr.write((error as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write((error as { stderr?: Buffer }).stderr ?? '');
    throw error;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-firefox-'));
  cpSync(join(ROOT, '.output/firefox-mv2'), join(dir, 'addon'), { recursive: true });
  project.provide('firefoxExtensionDir', join(dir, 'addon'));
  makeCertificate(join(dir, 'cert'));
  project.provide('certDir', join(dir, 'cert'));
  return () => rmSync(dir, { recursive: true, force: true });
}
