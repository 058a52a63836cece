import type { ManagedPolicy } from '../storage/managed-policy';
import { FIREFOX_ADDON_ID, UPDATE_URLS } from './kit-values';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Chrome, Chromium and Edge on Linux: a file for the browser's `policies/managed` folder. */
export function linuxPolicyJson(values: ManagedPolicy, extensionId: string): string {
  return json({ '3rdparty': { extensions: { [extensionId]: values } } });
}

/** Chrome and Chromium on Linux: a file that force-installs the extension from the Chrome Web Store. */
export function linuxForceInstallJson(extensionId: string): string {
  return json({ ExtensionInstallForcelist: [`${extensionId};${UPDATE_URLS.chrome}`] });
}

/** Firefox's policies.json, as an object: the add-on's managed values under `3rdparty.Extensions`. */
export function firefoxPolicies(values: ManagedPolicy, addonId: string = FIREFOX_ADDON_ID): { policies: { '3rdparty': { Extensions: Record<string, ManagedPolicy> } } } {
  return { policies: { '3rdparty': { Extensions: { [addonId]: values } } } };
}

/** Firefox's policies.json as the text to save (also what the Firefox browser tests place in the profile's policies folder). */
export function firefoxPoliciesJson(values: ManagedPolicy, addonId: string = FIREFOX_ADDON_ID): string {
  return json(firefoxPolicies(values, addonId));
}

/** The Google Admin console's "Policy for extensions" upload: each value wrapped as `{ "Value": … }`. */
export function googleAdminJson(values: ManagedPolicy): string {
  return json(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { Value: value }])));
}
