import { createStore } from 'zustand/vanilla';
import type { Decision } from '../../lib/decisions/decision';
import type { PolicyEvent } from '../../lib/decisions/log-entry';
import { pruneLog } from '../../lib/decisions/prune-log';
import { hashPin, verifyPin } from '../../lib/pin/pin-hash';
import { DEFAULT_POLICY, type Policy } from '../../lib/policy/policy';
import { parsePolicy, validatePolicy } from '../../lib/policy/validate-policy';
import { decisionsItem, policyEventsItem, policyItem, settingsItem } from '../../lib/storage/items';
import {
  mergeManaged,
  readManagedPolicy,
  watchManagedPolicy,
  type ManagedPolicy,
  type PolicyInForce,
} from '../../lib/storage/managed-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings';

/** The outcome of a change the manager asked for, with words for the page when it was refused. */
export type ChangeResult = { ok: true } | { ok: false; message: string };

/** Everything the options page shows, and the only ways it changes what is stored. */
export interface OptionsState {
  loaded: boolean;
  /** The setting's own policy, as stored on this computer. */
  local: Policy;
  /** The settings as stored, before any managed values. */
  stored: Settings;
  managed: ManagedPolicy;
  /** What the checker obeys: the setting's own policy with the organisation's values over it. */
  inForce: PolicyInForce;
  decisions: Decision[];
  events: PolicyEvent[];
  /** True once the PIN has been entered on this visit to the page. */
  unlocked: boolean;
  /** Reads everything, deletes log entries past the retention, and follows later changes. Returns a stop function. */
  start(): Promise<() => void>;
  /** Whether the policy and settings may be changed now: no PIN is set, or it has been entered. */
  canChange(): boolean;
  updatePolicy(change: (policy: Policy) => Policy): Promise<ChangeResult>;
  /** Replaces the setting's policy with a policy file's; a file that is refused changes nothing. */
  importPolicy(text: string): Promise<ChangeResult>;
  updateSettings(change: (settings: Omit<Settings, 'pin'>) => Omit<Settings, 'pin'>): Promise<ChangeResult>;
  setPin(pin: string): Promise<ChangeResult>;
  removePin(): Promise<ChangeResult>;
  unlock(pin: string): Promise<boolean>;
  lock(): void;
  /** Puts the policy and settings back to how a new installation starts, PIN included, and logs it. */
  resetToDefaults(): Promise<void>;
}

const LOCKED: ChangeResult = { ok: false, message: 'Enter the manager PIN to make changes.' };

/** Makes the options page's store; one per page, so each test starts afresh. */
export function createOptionsStore() {
  return createStore<OptionsState>()((set, get) => {
    const recompute = (patch: Partial<Pick<OptionsState, 'local' | 'stored' | 'managed'>>) => {
      const { local, stored, managed } = { ...get(), ...patch };
      set({ ...patch, inForce: mergeManaged(local, stored, managed) });
    };

    // The page shows a change before it is written, so a second quick change builds on the first rather than losing it.
    const saveSettings = async (settings: Settings) => {
      recompute({ stored: settings });
      await settingsItem.setValue(settings);
    };
    const savePolicy = async (policy: Policy) => {
      recompute({ local: policy });
      await policyItem.setValue(policy);
    };

    return {
      loaded: false,
      local: DEFAULT_POLICY,
      stored: DEFAULT_SETTINGS,
      managed: {},
      inForce: mergeManaged(DEFAULT_POLICY, DEFAULT_SETTINGS, {}),
      decisions: [],
      events: [],
      unlocked: false,

      async start() {
        const [local, stored, managed, decisions, events] = await Promise.all([
          policyItem.getValue(),
          settingsItem.getValue(),
          readManagedPolicy(),
          decisionsItem.getValue(),
          policyEventsItem.getValue(),
        ]);
        recompute({ local, stored, managed });
        const months = get().inForce.settings.retentionMonths;
        const keptDecisions = pruneLog(decisions, months);
        const keptEvents = pruneLog(events, months);
        if (keptDecisions.length < decisions.length) await decisionsItem.setValue(keptDecisions);
        if (keptEvents.length < events.length) await policyEventsItem.setValue(keptEvents);
        set({ decisions: keptDecisions, events: keptEvents, loaded: true });
        const stops = [
          policyItem.watch((value) => recompute({ local: value })),
          settingsItem.watch((value) => recompute({ stored: value })),
          decisionsItem.watch((value) => set({ decisions: value })),
          policyEventsItem.watch((value) => set({ events: value })),
          watchManagedPolicy((value) => recompute({ managed: value })),
        ];
        return () => stops.forEach((stop) => stop());
      },

      canChange: () => get().stored.pin === undefined || get().unlocked,

      async updatePolicy(change) {
        if (!get().canChange()) return LOCKED;
        const result = validatePolicy(change(structuredClone(get().local)));
        if (!result.ok) return { ok: false, message: result.error.message };
        await savePolicy(result.policy);
        return { ok: true };
      },

      async importPolicy(text) {
        if (!get().canChange()) return LOCKED;
        const result = parsePolicy(text);
        if (!result.ok) return { ok: false, message: `This policy file was not imported. ${result.error.message}` };
        await savePolicy(result.policy);
        return { ok: true };
      },

      async updateSettings(change) {
        if (!get().canChange()) return LOCKED;
        const { pin, ...rest } = get().stored;
        await saveSettings({ ...change(rest), ...(pin && { pin }) });
        return { ok: true };
      },

      async setPin(pin) {
        if (!get().canChange()) return LOCKED;
        await saveSettings({ ...get().stored, pin: await hashPin(pin) });
        set({ unlocked: true });
        return { ok: true };
      },

      async removePin() {
        if (!get().canChange()) return LOCKED;
        const { pin: _removed, ...rest } = get().stored;
        await saveSettings(rest);
        return { ok: true };
      },

      async unlock(pin) {
        const stored = get().stored.pin;
        const ok = stored === undefined || (await verifyPin(pin, stored));
        if (ok) set({ unlocked: true });
        return ok;
      },

      lock: () => set({ unlocked: false }),

      async resetToDefaults() {
        const events: PolicyEvent[] = [...(await policyEventsItem.getValue()), { at: new Date().toISOString(), decision: 'policy-reset' }];
        set({ events, unlocked: false });
        await savePolicy(DEFAULT_POLICY);
        await saveSettings(DEFAULT_SETTINGS);
        await policyEventsItem.setValue(events);
      },
    };
  });
}

/** The store a page holds. */
export type OptionsStore = ReturnType<typeof createOptionsStore>;
