import type { ManagedPolicy } from '../storage/managed-policy';
import { UPDATE_URLS } from './kit-values';

/** Chrome and Edge on Windows: where each keeps its policies in the registry. */
const POLICY_ROOTS = {
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
} as const;

/** Which Windows browser a file is for. */
export type WindowsBrowser = keyof typeof POLICY_ROOTS;

const quote = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const dword = (n: number): string => `dword:${n.toString(16).padStart(8, '0')}`;

// Chrome reads a 3rdparty value by the extension's schema: numbers and true/false as DWORDs, lists and maps as JSON text.
function regValue(value: unknown): string {
  if (typeof value === 'boolean') return dword(value ? 1 : 0);
  if (typeof value === 'number') return dword(value);
  if (typeof value === 'string') return quote(value);
  return quote(JSON.stringify(value));
}

const regFile = (sections: string[]): string => `Windows Registry Editor Version 5.00\r\n\r\n${sections.join('\r\n\r\n')}\r\n`;

/** A .reg file that sets the extension's managed values under the browser's 3rdparty extension policy key. */
export function policyReg(values: ManagedPolicy, extensionId: string, browser: WindowsBrowser): string {
  const lines = Object.entries(values).map(([key, value]) => `${quote(key)}=${regValue(value)}`);
  return regFile([[`[${POLICY_ROOTS[browser]}\\3rdparty\\extensions\\${extensionId}\\policy]`, ...lines].join('\r\n')]);
}

/** A .reg file that force-installs the extension through ExtensionInstallForcelist. */
export function forceInstallReg(extensionId: string, browser: WindowsBrowser, entry = 1): string {
  return regFile([`[${POLICY_ROOTS[browser]}\\ExtensionInstallForcelist]\r\n${quote(String(entry))}=${quote(`${extensionId};${UPDATE_URLS[browser]}`)}`]);
}

/** The ExtensionSettings entry that force-installs the extension, to merge into the organisation's own ExtensionSettings. */
export function extensionSettingsEntry(extensionId: string, browser: WindowsBrowser): Record<string, { installation_mode: string; update_url: string }> {
  return { [extensionId]: { installation_mode: 'force_installed', update_url: UPDATE_URLS[browser] } };
}

/** Text as regedit wants a version 5 file: UTF-16 little-endian with a byte-order mark, so names with accents survive. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}
