import type { ManagedPolicy } from '../storage/managed-policy';
import { UPDATE_URLS } from './kit-values';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plist(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${escapeXml(value)}</string>`;
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.map((item) => plist(item, inner)), `${indent}</array>`].join('\n');
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return [`${indent}<dict>`, ...entries.flatMap(([k, v]) => [`${inner}<key>${escapeXml(k)}</key>`, plist(v, inner)]), `${indent}</dict>`].join('\n');
}

// A profile's UUIDs need only be unique and stable: the same inputs give the same UUID, so a new kit replaces the old profile.
function stableUuid(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < seed.length; i++) {
      h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ (seed.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    hex.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, '0'));
  }
  const d = hex.join('');
  return `${d.slice(0, 8)}-${d.slice(8, 12)}-4${d.slice(13, 16)}-a${d.slice(17, 20)}-${d.slice(20, 32)}`.toUpperCase();
}

function profile(name: string, identifier: string, domains: Record<string, Record<string, unknown>>): string {
  const payload = {
    PayloadContent: Object.fromEntries(
      Object.entries(domains).map(([domain, settings]) => [domain, { Forced: [{ mcx_preference_settings: settings }] }]),
    ),
    PayloadDisplayName: name,
    PayloadIdentifier: `${identifier}.preferences`,
    PayloadType: 'com.apple.ManagedClient.preferences',
    PayloadUUID: stableUuid(`${identifier}.preferences`),
    PayloadVersion: 1,
    PayloadEnabled: true,
  };
  const outer = {
    PayloadContent: [payload],
    PayloadDisplayName: name,
    PayloadDescription: 'Made by Ask Yourself’s “For your IT team”.',
    PayloadIdentifier: identifier,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(identifier),
    PayloadVersion: 1,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n${plist(outer, '')}\n</plist>\n`;
}

/** A configuration profile setting the extension's managed values for Chrome and Edge on macOS. */
export function policyProfile(values: ManagedPolicy, extensionId: string): string {
  return profile('Ask Yourself policy', `uk.nursery-tools.ask-yourself.policy.${extensionId}`, {
    [`com.google.Chrome.extensions.${extensionId}`]: { ...values },
    [`com.microsoft.Edge.extensions.${extensionId}`]: { ...values },
  });
}

/** A configuration profile that force-installs the extension in Chrome and Edge on macOS. */
export function forceInstallProfile(extensionId: string): string {
  return profile('Ask Yourself: install in Chrome and Edge', `uk.nursery-tools.ask-yourself.install.${extensionId}`, {
    'com.google.Chrome': { ExtensionInstallForcelist: [`${extensionId};${UPDATE_URLS.chrome}`] },
    'com.microsoft.Edge': { ExtensionInstallForcelist: [`${extensionId};${UPDATE_URLS.edge}`] },
  });
}
