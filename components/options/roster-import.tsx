import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { RosterChild } from '../../lib/policy/policy';
import { readRosterCsv, type RowNote } from '../../lib/roster/read-roster-csv';
import { applyRosterChanges, compareRoster } from '../../lib/roster/roster-changes';
import { useCanChange, useOptions } from './options-context';

const NO_CHILDREN: RosterChild[] = [];
const consentWord = (child: RosterChild): string => (child.socialMediaConsent ? 'consent' : 'no consent');

interface Pending {
  fileName: string;
  children: RosterChild[];
  notes: RowNote[];
  consentColumns: string[];
  warnings: string[];
}

function Preview({ pending, onDone }: { pending: Pending; onDone(message: string): void }) {
  const id = useId();
  const roster = useOptions((state) => state.local.roster ?? NO_CHILDREN);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const [removeMissing, setRemoveMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Take keyboard and screen-reader users to the preview they just asked for.
  useEffect(() => heading.current?.focus(), []);
  const changes = compareRoster(roster, pending.children);
  const nothingToDo =
    changes.added.length === 0 &&
    changes.consentChanged.length === 0 &&
    changes.carersAdded.length === 0 &&
    (!removeMissing || changes.missing.length === 0);

  const confirm = async () => {
    const next = applyRosterChanges(roster, pending.children, removeMissing);
    const result = await updatePolicy((policy) => ({ ...policy, roster: next }));
    onDone(result.ok ? `Roster updated from “${pending.fileName}”. It now has ${next.length} children.` : result.message);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="import-preview">
      <h4 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        What importing “{pending.fileName}” will change
      </h4>
      <p>
        Read {pending.children.length} children, using {pending.consentColumns.map((c) => `“${c}”`).join(' and ')} for consent. Nothing
        changes until you press “Apply these changes”.
      </p>
      {pending.warnings.length > 0 && (
        <div role="alert" className="import-warnings">
          <h5>Check this file before you apply it</h5>
          <ul>
            {pending.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {changes.added.length > 0 && (
        <>
          <h5>New children ({changes.added.length})</h5>
          <ul>
            {changes.added.map((child) => (
              <li key={child.name}>
                {child.name}: {consentWord(child)}
                {child.carers?.length ? `; parents and carers: ${child.carers.join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.consentChanged.length > 0 && (
        <>
          <h5>Consent changes ({changes.consentChanged.length})</h5>
          <ul>
            {changes.consentChanged.map(({ before, after }) => (
              <li key={before.name}>
                {before.name}: {consentWord(before)} becomes {consentWord(after)}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.carersAdded.length > 0 && (
        <>
          <h5>Parents and carers to add ({changes.carersAdded.length} children)</h5>
          <ul>
            {changes.carersAdded.map(({ child, carers }) => (
              <li key={child.name}>
                {child.name}: {carers.join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{changes.unchanged} children are already on the roster with the same consent.</p>
      {changes.missing.length > 0 && (
        <label>
          <input type="checkbox" checked={removeMissing} onChange={(event) => setRemoveMissing(event.target.checked)} /> Also remove the{' '}
          {changes.missing.length} children on the roster who are not in this file
        </label>
      )}
      {pending.notes.length > 0 && (
        <>
          <h5>Rows to check ({pending.notes.length})</h5>
          <ul>
            {pending.notes.map((note) => (
              <li key={`${note.row}-${note.message}`}>{note.message}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" disabled={nothingToDo} onClick={() => void confirm()}>
        Apply these changes
      </button>{' '}
      <button type="button" onClick={() => onDone('Import cancelled. The roster has not changed.')}>
        Cancel
      </button>
    </section>
  );
}

/** Import CSV: reads the nursery system's export, shows what would change, and saves only when confirmed. */
export function RosterImport() {
  const input = useRef<HTMLInputElement>(null);
  const canChange = useCanChange();
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readRosterCsv(await file.text());
    if (!result.ok) {
      setPending(undefined);
      setMessage({ text: `“${file.name}” could not be read. ${result.message}`, problem: true });
      return;
    }
    setMessage(undefined);
    setPending({ fileName: file.name, ...result });
  };

  return (
    <div>
      <h3>Import from your nursery system</h3>
      <p>
        A CSV file with a name column (or first name and surname columns) and consent columns such as “Photo consent”, “Social media” or
        “Online”, answered Yes or No. A blank or unclear answer counts as no consent. Columns such as “Parent 1”, “Mother”, “Carer” or
        “Contact 1 First Name” and “Contact 1 Surname” add the child’s parents and carers.
      </p>
      <button type="button" disabled={!canChange} onClick={() => input.current?.click()}>
        Import CSV
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        aria-label="Roster CSV file to import"
        hidden
        onChange={(event) => void read(event)}
      />
      {pending && (
        <Preview
          pending={pending}
          onDone={(text) => {
            setPending(undefined);
            setMessage({ text, problem: false });
          }}
        />
      )}
      <div role={message?.problem ? 'alert' : 'status'}>{message?.text}</div>
    </div>
  );
}
