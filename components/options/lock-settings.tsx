import { useId, useState, type FormEvent } from 'react';
import { pinProblem, SHORTEST_PIN } from '../../lib/pin/pin-hash';
import { useOptions } from './options-context';

function NewPin({ label, onDone }: { label: string; onDone(message: string): void }) {
  const id = useId();
  const setPin = useOptions((state) => state.setPin);
  const [pin, setPinDraft] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = pinProblem(pin) ?? (pin !== again ? 'The two PINs are not the same.' : undefined);
    if (wrong) return setProblem(wrong);
    const result = await setPin(pin);
    if (!result.ok) return setProblem(result.message);
    onDone('PIN saved. Staff can read the rules but need the PIN to change them.');
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-pin`}>New PIN</label>{' '}
      <input id={`${id}-pin`} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPinDraft(e.target.value)} />{' '}
      <label htmlFor={`${id}-again`}>Type the PIN again</label>{' '}
      <input id={`${id}-again`} type="password" inputMode="numeric" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />{' '}
      <button type="submit">{label}</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}

function ForgottenPin({ onDone }: { onDone(message: string): void }) {
  const resetToDefaults = useOptions((state) => state.resetToDefaults);
  const [asking, setAsking] = useState(false);
  return (
    <details>
      <summary>Forgotten the PIN?</summary>
      <p>
        The PIN cannot be recovered. Resetting removes the PIN and puts the settings back to the defaults. The roster, parents and carers,
        staff and word lists are kept, and every rule stays at least as strict as it is now. The decision log records the reset, and this
        page shows a notice about it until a manager has set a new PIN and checked the settings.
      </p>
      {asking ? (
        <p role="alert">
          Are you sure? This cannot be undone.{' '}
          <button
            type="button"
            onClick={() =>
              void resetToDefaults().then((result) =>
                onDone(result.ok ? 'The settings are back to the defaults and the PIN is removed. The reset is in the decision log.' : result.message),
              )
            }
          >
            Yes, reset the settings
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Reset the settings to defaults
        </button>
      )}
    </details>
  );
}

function Unlock() {
  const id = useId();
  const unlock = useOptions((state) => state.unlock);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await unlock(pin);
    setProblem(result.ok ? '' : result.message);
    setPin('');
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-pin`}>Manager PIN</label>{' '}
      <input id={`${id}-pin`} type="password" inputMode="numeric" autoComplete="current-password" value={pin} onChange={(e) => setPin(e.target.value)} />{' '}
      <button type="submit">Unlock</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}

/** The manager PIN: set, enter, change or remove it, and the reset for a forgotten one. */
export function LockSettings() {
  const hasPin = useOptions((state) => state.stored.pin !== undefined);
  const unlocked = useOptions((state) => state.unlocked);
  const lock = useOptions((state) => state.lock);
  const removePin = useOptions((state) => state.removePin);
  const pinTooShort = useOptions((state) => state.pinTooShort);
  const [message, setMessage] = useState('');
  const [changing, setChanging] = useState(false);

  return (
    <section aria-labelledby="lock-heading">
      <h2 id="lock-heading">Lock the settings</h2>
      <p>
        The PIN stops staff changing the rules by mistake or on a whim. It only deters: someone who knows their way around the browser can
        get past it. To enforce your policy on every work browser, ask your IT team to set it through enterprise policy (see “For your IT
        team”).
      </p>
      {!hasPin && (
        <>
          <p>No PIN is set, so anyone using this browser can change the rules and the roster. Set a PIN so only managers can.</p>
          <NewPin label="Set PIN" onDone={setMessage} />
        </>
      )}
      {hasPin && !unlocked && (
        <>
          <p>Changes are locked. You can read everything here; enter the manager PIN to make changes.</p>
          <Unlock />
          <ForgottenPin onDone={setMessage} />
        </>
      )}
      {hasPin && unlocked && (
        <>
          <p>Unlocked: you can make changes until you lock the page or close it.</p>
          <button type="button" onClick={() => {
              lock();
              setMessage('Locked.');
            }}>
            Lock now
          </button>{' '}
          <button type="button" onClick={() => setChanging(!changing)} aria-expanded={changing}>
            Change PIN
          </button>{' '}
          <button type="button" onClick={() => void removePin().then(() => setMessage('PIN removed. Anyone can now change the rules.'))}>
            Remove PIN
          </button>
          {pinTooShort && (
            <p role="alert">
              Your PIN has fewer than {SHORTEST_PIN} digits, which makes it quick to guess. Please choose a new PIN of {SHORTEST_PIN} to 12
              digits.
            </p>
          )}
          {(changing || pinTooShort) && <NewPin label="Save new PIN" onDone={(text) => {
                setChanging(false);
                setMessage(text);
              }} />}
        </>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
