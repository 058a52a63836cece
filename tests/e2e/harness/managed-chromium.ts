import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The id the manifest's `key` fixes, which enterprise policy files name. */
export const EXTENSION_ID = 'fclbldilgohpaioihpdhhkhannmokolo';

// A private mount namespace needs root, as the project's machines and CI run.
export const canMount = process.getuid?.() === 0 && existsSync('/etc/chromium/master_preferences');

/**
 * A Chromium that reads its machine policy from `dir` instead of /etc/chromium,
 * in a private mount namespace (research/browser-testing.md §12), so the test
 * never touches the real /etc and no other browser on the machine sees it.
 * `policyFile` is the text of one file in Chromium's `policies/managed` folder.
 */
export function chromiumWithPolicyFile(dir: string, policyFile: string): string {
  mkdirSync(join(dir, 'etc/policies/managed'), { recursive: true });
  copyFileSync('/etc/chromium/master_preferences', join(dir, 'etc/master_preferences'));
  writeFileSync(join(dir, 'etc/policies/managed/ask-yourself.json'), policyFile);
  const wrapper = join(dir, 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec unshare -m --propagation private sh -c 'mount --bind "$0" /etc/chromium && exec /usr/bin/chromium "$@"' '${join(dir, 'etc')}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** The same, for the extension's managed values written as the 3rdparty section of a policy file. */
export function chromiumWithPolicy(dir: string, managed: Record<string, unknown>): string {
  return chromiumWithPolicyFile(dir, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: managed } } }));
}
