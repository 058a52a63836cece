import { createStore } from 'zustand/vanilla';
import type { Decision } from '../../lib/decisions/decision';
import type { PolicyEvent } from '../../lib/decisions/log-entry';
import { pruneLog } from '../../lib/decisions/prune-log';
import { afterWrongPin, NO_ATTEMPTS, waitBeforeTrying } from '../../lib/pin/pin-delay';
import { hashPin, pinProblem, SHORTEST_PIN, verifyPin } from '../../lib/pin/pin-hash';
import { DEFAULT_POLICY, type Policy } from '../../lib/policy/policy';
import { parsePolicy, validatePolicy } from '../../lib/policy/validate-policy';
import { policyAfterReset, settingsAfterReset } from '../../lib/storage/after-reset';
import {
  decisionsItem,
  pinAttemptsItem,
  policyEventsItem,
  policyItem,
  resetNoticeItem,
  settingsItem,
  type ResetNotice,
} from '../../lib/storage/items';
import {
  mergeManaged,
  readManagedReport,
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
  /** The organisation's values that could not be used, each with its place and why. */
  refusedManaged: string[];
  /** What the checker obeys: the setting's own policy with the organisation's values over it. */
  inForce: PolicyInForce;
  decisions: Decision[];
  events: PolicyEvent[];
  /** Set after a reset without the PIN, until a manager has checked the settings. */
  resetNotice: ResetNotice | null;
  /** True once the PIN has been entered on this visit to the page. */
  unlocked: boolean;
  /** The PIN just entered is shorter than new PINs may be, so the manager is asked to change it. */
  pinTooShort: boolean;
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
  /** Checks the PIN, after any wait that earlier wrong PINs have earned. */
  unlock(pin: string): Promise<ChangeResult>;
  lock(): void;
  /**
   * For a forgotten PIN: removes the PIN and puts the settings back to the defaults,
   * keeping the roster, the lists and every rule at least as strict, and logs it.
   */
  resetToDefaults(): Promise<ChangeResult>;
  /** A manager, with a PIN set and entered, has checked the settings after a reset. */
  acknowledgeReset(): Promise<ChangeResult>;
}

const LOCKED: ChangeResult = { ok: false, message: 'Enter the manager PIN to make changes.' };

/** Words for a write the browser refused; the policy in force is whatever storage still holds. */
function notSaved(error: unknown): string {
  const full = /quota/i.test(String(error));
  return full
    ? 'It was not saved: the browser’s storage for Ask Yourself is full. The policy in force has not changed. Export the decision log and keep it for fewer months, or remove words and children you no longer need.'
    : `It was not saved: the browser refused to store it (${String(error)}). The policy in force has not changed.`;
}

// A policy-reset entry is the only trace that someone without the PIN reset the settings: it is never deleted.
const pruneEvents = (events: PolicyEvent[], months: number): PolicyEvent[] => {
  const recent = new Set(pruneLog(events, months));
  return events.filter((event) => event.decision === 'policy-reset' || recent.has(event));
};

/** Makes the options page's store; one per page, so each test starts afresh. */
export function createOptionsStore() {
  return createStore<OptionsState>()((set, get) => {
    const recompute = (patch: Partial<Pick<OptionsState, 'local' | 'stored' | 'managed'>>) => {
      const { local, stored, managed } = { ...get(), ...patch };
      set({ ...patch, inForce: mergeManaged(local, stored, managed) });
    };

    // Changes run one at a time, each from what the last one stored, so two quick changes never lose one.
    let queue: Promise<unknown> = Promise.resolve();
    const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    };

    // Write first, then show: a write the browser refuses leaves the page showing the policy that is really in force.
    const saveSettings = async (settings: Settings): Promise<ChangeResult> => {
      try {
        await settingsItem.setValue(settings);
      } catch (error) {
        return { ok: false, message: notSaved(error) };
      }
      recompute({ stored: settings });
      return { ok: true };
    };
    const savePolicy = async (policy: Policy): Promise<ChangeResult> => {
      try {
        await policyItem.setValue(policy);
      } catch (error) {
        return { ok: false, message: notSaved(error) };
      }
      recompute({ local: policy });
      return { ok: true };
    };

    return {
      loaded: false,
      local: DEFAULT_POLICY,
      stored: DEFAULT_SETTINGS,
      managed: {},
      refusedManaged: [],
      inForce: mergeManaged(DEFAULT_POLICY, DEFAULT_SETTINGS, {}),
      decisions: [],
      events: [],
      resetNotice: null,
      unlocked: false,
      pinTooShort: false,

      async start() {
        const [local, stored, report, decisions, events, resetNotice] = await Promise.all([
          policyItem.getValue(),
          settingsItem.getValue(),
          readManagedReport(),
          decisionsItem.getValue(),
          policyEventsItem.getValue(),
          resetNoticeItem.getValue(),
        ]);
        set({ refusedManaged: report.refused, resetNotice });
        recompute({ local, stored, managed: report.managed });
        const months = get().inForce.settings.retentionMonths;
        const keptDecisions = pruneLog(decisions, months);
        const keptEvents = pruneEvents(events, months);
        if (keptDecisions.length < decisions.length) await decisionsItem.setValue(keptDecisions);
        if (keptEvents.length < events.length) await policyEventsItem.setValue(keptEvents);
        set({ decisions: keptDecisions, events: keptEvents, loaded: true });
        const stops = [
          policyItem.watch((value) => recompute({ local: value })),
          settingsItem.watch((value) => recompute({ stored: value })),
          decisionsItem.watch((value) => set({ decisions: value })),
          policyEventsItem.watch((value) => set({ events: value })),
          resetNoticeItem.watch((value) => set({ resetNotice: value })),
          watchManagedPolicy((managed, refused) => {
            set({ refusedManaged: refused });
            recompute({ managed });
          }),
        ];
        return () => stops.forEach((stop) => stop());
      },

      canChange: () => get().stored.pin === undefined || get().unlocked,

      updatePolicy: (change) =>
        inTurn(async () => {
          if (!get().canChange()) return LOCKED;
          const result = validatePolicy(change(structuredClone(get().local)));
          if (!result.ok) return { ok: false, message: result.error.message };
          return savePolicy(result.policy);
        }),

      importPolicy: (text) =>
        inTurn(async () => {
          if (!get().canChange()) return LOCKED;
          const result = parsePolicy(text);
          if (!result.ok) return { ok: false, message: `This policy file was not imported. ${result.error.message}` };
          const saved = await savePolicy(result.policy);
          return saved.ok ? saved : { ok: false, message: `This policy file was not imported. ${saved.message}` };
        }),

      updateSettings: (change) =>
        inTurn(async () => {
          if (!get().canChange()) return LOCKED;
          const { pin, ...rest } = get().stored;
          const next = change(rest);
          // Without a PIN anyone could cut the log short and so delete what staff decided.
          if (!pin && next.retentionMonths < rest.retentionMonths) {
            return {
              ok: false,
              message: 'Keeping the log for less time needs the manager PIN. Set a PIN under “Lock the settings” first, then change the months.',
            };
          }
          return saveSettings({ ...next, ...(pin && { pin }) });
        }),

      setPin: (pin) =>
        inTurn(async () => {
          if (!get().canChange()) return LOCKED;
          const problem = pinProblem(pin);
          if (problem) return { ok: false, message: problem };
          const saved = await saveSettings({ ...get().stored, pin: await hashPin(pin) });
          if (saved.ok) set({ unlocked: true, pinTooShort: false });
          return saved;
        }),

      removePin: () =>
        inTurn(async () => {
          if (!get().canChange()) return LOCKED;
          const { pin: _removed, ...rest } = get().stored;
          return saveSettings(rest);
        }),

      // One try at a time, so the page cannot race guesses past the wait.
      unlock: (pin) =>
        inTurn(async (): Promise<ChangeResult> => {
          const stored = get().stored.pin;
          if (stored === undefined) {
            set({ unlocked: true });
            return { ok: true };
          }
          const attempts = await pinAttemptsItem.getValue();
          const wait = waitBeforeTrying(attempts, Date.now());
          if (wait) return { ok: false, message: `Too many wrong PINs. Try again in ${wait}.` };
          if (await verifyPin(pin, stored)) {
            if (attempts.failures > 0) await pinAttemptsItem.setValue(NO_ATTEMPTS);
            set({ unlocked: true, pinTooShort: pin.length < SHORTEST_PIN });
            return { ok: true };
          }
          const next = afterWrongPin(attempts, Date.now());
          await pinAttemptsItem.setValue(next);
          const later = waitBeforeTrying(next, Date.now());
          return { ok: false, message: later ? `That PIN is not right. Wait ${later} before trying again.` : 'That PIN is not right.' };
        }),

      lock: () => set({ unlocked: false }),

      resetToDefaults: () =>
        inTurn(async (): Promise<ChangeResult> => {
          const at = new Date().toISOString();
          try {
            // The log and the notice first: if anything after them fails, the reset is still on record.
            await policyEventsItem.setValue([...(await policyEventsItem.getValue()), { at, decision: 'policy-reset' }]);
            await resetNoticeItem.setValue({ at });
            const policy = policyAfterReset(get().local);
            const settings = settingsAfterReset(get().stored);
            await policyItem.setValue(policy);
            await settingsItem.setValue(settings);
            await pinAttemptsItem.setValue(NO_ATTEMPTS);
            set({ unlocked: false, pinTooShort: false, resetNotice: { at }, events: await policyEventsItem.getValue() });
            recompute({ local: policy, stored: settings });
          } catch (error) {
            return { ok: false, message: notSaved(error) };
          }
          return { ok: true };
        }),

      acknowledgeReset: () =>
        inTurn(async (): Promise<ChangeResult> => {
          if (get().stored.pin === undefined) {
            return { ok: false, message: 'Set a new manager PIN first (under “Lock the settings”), so the settings cannot be changed behind your back.' };
          }
          if (!get().unlocked) return LOCKED;
          await resetNoticeItem.setValue(null);
          set({ resetNotice: null });
          return { ok: true };
        }),
    };
  });
}

/** The store a page holds. */
export type OptionsStore = ReturnType<typeof createOptionsStore>;
