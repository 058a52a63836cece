import { strToU8, zipSync } from 'fflate';
import type { Policy } from '../policy/policy';
import type { Settings } from '../storage/settings';
import { firefoxPoliciesJson, googleAdminJson, linuxForceInstallJson, linuxPolicyJson } from './json-policies';
import { FIREFOX_README, GOOGLE_ADMIN_README, KIT_README, LINUX_README, MACOS_README, WINDOWS_README } from './kit-readmes';
import { kitValues } from './kit-values';
import { forceInstallProfile, policyProfile } from './macos-profile';
import { extensionSettingsEntry, forceInstallReg, policyReg, utf16le } from './windows-reg';

/** Where each Linux browser reads machine policy, inside the kit's `linux/` folder. */
export const LINUX_POLICY_PATHS = [
  'etc/opt/chrome/policies/managed/ask-yourself.json',
  'etc/chromium/policies/managed/ask-yourself.json',
  'etc/opt/edge/policies/managed/ask-yourself.json',
] as const;

// Windows tools expect CRLF line ends in text files.
const windowsText = (text: string): Uint8Array => strToU8(text.replace(/\r?\n/g, '\r\n'));

/**
 * Every file an IT team needs to push the policy in force to every work browser,
 * by path inside the kit. The roster is never among them.
 */
export function itKitFiles(policy: Policy, settings: Settings, extensionId: string): Record<string, Uint8Array> {
  const values = kitValues(policy, settings);
  const files: Record<string, Uint8Array> = {
    'README.txt': windowsText(KIT_README(values.settingName ?? '', extensionId)),
    'chrome-and-edge-windows/README.txt': windowsText(WINDOWS_README(extensionId)),
    'macos/README.txt': strToU8(MACOS_README(extensionId)),
    'linux/README.txt': strToU8(LINUX_README(extensionId)),
    'linux/force-install/ask-yourself-force-install.json': strToU8(linuxForceInstallJson(extensionId)),
    'firefox/README.txt': windowsText(FIREFOX_README),
    'firefox/policies.json': strToU8(firefoxPoliciesJson(values)),
    'google-admin-console/README.txt': windowsText(GOOGLE_ADMIN_README(extensionId)),
    'google-admin-console/ask-yourself-policy.json': strToU8(googleAdminJson(values)),
    'macos/ask-yourself-policy.mobileconfig': strToU8(policyProfile(values, extensionId)),
    'macos/ask-yourself-force-install.mobileconfig': strToU8(forceInstallProfile(extensionId)),
  };
  for (const browser of ['chrome', 'edge'] as const) {
    files[`chrome-and-edge-windows/ask-yourself-${browser}-policy.reg`] = utf16le(policyReg(values, extensionId, browser));
    files[`chrome-and-edge-windows/force-install-${browser}.reg`] = utf16le(forceInstallReg(extensionId, browser));
    files[`chrome-and-edge-windows/extension-settings-${browser}.json`] = windowsText(
      `${JSON.stringify(extensionSettingsEntry(extensionId, browser), null, 2)}\n`,
    );
  }
  for (const path of LINUX_POLICY_PATHS) files[`linux/${path}`] = strToU8(linuxPolicyJson(values, extensionId));
  return files;
}

/** The kit as one zip file to download. */
export function itKitZip(policy: Policy, settings: Settings, extensionId: string): Uint8Array {
  return zipSync(itKitFiles(policy, settings, extensionId), { level: 9 });
}
