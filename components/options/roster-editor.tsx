import { useId, useState, type FormEvent } from 'react';
import type { RosterChild } from '../../lib/policy/policy';
import { mergeNames, tidyName } from '../../lib/roster/names';
import { useCanChange, useOptions } from './options-context';

const NO_CHILDREN: RosterChild[] = [];

// One full name per line: a name may itself hold a comma ("Watson, Joanne"), which tidyName turns round.
const readCarerLines = (text: string): string[] => mergeNames([], text.split('\n').map(tidyName).filter(Boolean));

interface Draft {
  name: string;
  carers: string;
}

function ChildRow({ child, index, disabled }: { child: RosterChild; index: number; disabled: boolean }) {
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const [editing, setEditing] = useState<Draft | undefined>();
  const [problem, setProblem] = useState('');

  const change = async (update: (roster: RosterChild[]) => RosterChild[]) => {
    const result = await updatePolicy((policy) => ({ ...policy, roster: update(policy.roster ?? []) }));
    setProblem(result.ok ? '' : result.message);
    return result.ok;
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const name = editing.name.replace(/\s+/g, ' ').trim();
    if (!name) return setProblem('A child needs a name.');
    const carers = readCarerLines(editing.carers);
    const edited = (c: RosterChild): RosterChild => {
      const { carers: _old, ...rest } = c;
      return { ...rest, name, ...(carers.length > 0 && { carers }) };
    };
    if (await change((roster) => roster.map((c, i) => (i === index ? edited(c) : c)))) setEditing(undefined);
  };

  return (
    <tr>
      <td>
        {editing === undefined ? (
          child.name
        ) : (
          <form onSubmit={(event) => void save(event)}>
            <input
              aria-label={`New name for ${child.name}`}
              value={editing.name}
              onChange={(event) => setEditing({ ...editing, name: event.target.value })}
              autoFocus
            />{' '}
            <label>
              Parents and carers of {child.name}, one full name per line{' '}
              <textarea rows={3} value={editing.carers} onChange={(event) => setEditing({ ...editing, carers: event.target.value })} />
            </label>{' '}
            <button type="submit">Save changes</button>{' '}
            <button type="button" onClick={() => setEditing(undefined)}>
              Cancel
            </button>
          </form>
        )}
        {problem && <p role="alert">{problem}</p>}
      </td>
      <td>{child.carers?.join(', ')}</td>
      <td>
        <input
          type="checkbox"
          aria-label={`Social media consent for ${child.name}`}
          checked={child.socialMediaConsent}
          disabled={disabled}
          onChange={(event) => {
            const consent = event.target.checked;
            void change((roster) => roster.map((c, i) => (i === index ? { ...c, socialMediaConsent: consent } : c)));
          }}
        />
      </td>
      <td>
        <button type="button" aria-label={`Edit ${child.name}`} disabled={disabled} onClick={() => setEditing({ name: child.name, carers: (child.carers ?? []).join('\n') })}>
          Edit
        </button>{' '}
        <button type="button" aria-label={`Remove ${child.name}`} disabled={disabled} onClick={() => void change((roster) => roster.filter((_, i) => i !== index))}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** The children on the roster: add, edit, remove and search, each with their parents and carers and their social media consent. */
export function RosterEditor() {
  const id = useId();
  const roster = useOptions((state) => state.local.roster ?? NO_CHILDREN);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const canChange = useCanChange();
  const [search, setSearch] = useState('');
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const [carers, setCarers] = useState('');
  const [message, setMessage] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const tidy = name.replace(/\s+/g, ' ').trim();
    if (tidy === '') return setMessage('Type the child’s name first.');
    if (roster.some((child) => child.name.toLowerCase() === tidy.toLowerCase())) return setMessage('That child is already on the roster.');
    const named = readCarerLines(carers);
    const child: RosterChild = { name: tidy, socialMediaConsent: consent, ...(named.length > 0 && { carers: named }) };
    const result = await updatePolicy((policy) => ({ ...policy, roster: [...(policy.roster ?? []), child] }));
    setMessage(result.ok ? `Added. The roster has ${roster.length + 1} children.` : result.message);
    if (result.ok) {
      setName('');
      setConsent(false);
      setCarers('');
    }
  };

  const query = search.trim().toLowerCase();
  const shown = roster.map((child, index) => ({ child, index })).filter(({ child }) => [child.name, ...(child.carers ?? [])].some((name) => name.toLowerCase().includes(query)));

  return (
    <div>
      <form onSubmit={(event) => void add(event)}>
        <h3>Add a child</h3>
        <label htmlFor={`${id}-name`}>Child’s name</label>{' '}
        <input id={`${id}-name`} value={name} disabled={!canChange} onChange={(event) => setName(event.target.value)} />{' '}
        <label>
          <input type="checkbox" checked={consent} disabled={!canChange} onChange={(event) => setConsent(event.target.checked)} /> Written social
          media consent held
        </label>{' '}
        <div>
          <label htmlFor={`${id}-carers`}>Parents and carers, one full name per line (optional)</label>
          <br />
          <textarea id={`${id}-carers`} rows={2} cols={40} value={carers} disabled={!canChange} onChange={(event) => setCarers(event.target.value)} />
        </div>
        <button type="submit" disabled={!canChange}>
          Add child
        </button>
        <p role="status">{message}</p>
      </form>
      <label htmlFor={`${id}-search`}>Search the roster</label>{' '}
      <input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      <p role="status">
        {query ? `${shown.length} of ${roster.length} children match.` : `${roster.length} children on the roster.`}
      </p>
      {shown.length > 0 && (
        <table>
          <caption>Roster</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Parents and carers</th>
              <th scope="col">Social media consent</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ child, index }) => (
              <ChildRow key={`${index}-${child.name}`} child={child} index={index} disabled={!canChange} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
