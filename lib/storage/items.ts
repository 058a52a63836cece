import { storage } from '#imports';
import type { Decision } from '../decisions/decision';
import type { PolicyEvent } from '../decisions/log-entry';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { NO_ATTEMPTS, type PinAttempts } from '../pin/pin-delay';

// Every item carries a version: a later build that changes a shape raises it and adds a
// migration for it, so what a setting saved today still loads after an upgrade.

/**
 * The setting's policy as the manager saved it. Kept in local storage, never
 * sync: the roster is personal data about children and stays on this computer.
 */
export const policyItem = storage.defineItem<Policy>('local:policy', {
  fallback: DEFAULT_POLICY,
  version: 1,
});

/** The decision log, oldest first. */
export const decisionsItem = storage.defineItem<Decision[]>('local:decisions', {
  fallback: [],
  version: 1,
});

/** Changes the log must record that are not a member of staff's decision, oldest first. */
export const policyEventsItem = storage.defineItem<PolicyEvent[]>('local:policy-events', {
  fallback: [],
  version: 1,
});

/** Excerpts, retention, location removal and the PIN hash. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 2 added the location switch; settings saved before it existed keep it on, the default.
    2: (old: Omit<Settings, 'removeLocations'>): Settings => ({ removeLocations: true, ...old }),
  },
});

/** Wrong manager PINs since the last right one, kept so that reloading the page does not clear the wait. */
export const pinAttemptsItem = storage.defineItem<PinAttempts>('local:pin-attempts', {
  fallback: NO_ATTEMPTS,
  version: 1,
});

/** Set when someone without the PIN reset the settings; the options page shows it until a manager has checked them. */
export interface ResetNotice {
  /** When, as an ISO 8601 timestamp. */
  at: string;
}

export const resetNoticeItem = storage.defineItem<ResetNotice | null>('local:reset-notice', {
  fallback: null,
  version: 1,
});
