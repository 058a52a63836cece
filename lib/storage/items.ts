import { storage } from '#imports';
import type { Decision } from '../decisions/decision';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';

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
