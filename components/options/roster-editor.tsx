import { useId, useState, type FormEvent } from 'react';
import type { RosterChild } from '../../lib/policy/policy';
import { useCanChange, useOptions } from './options-context';

const NO_CHILDREN: RosterChild[] = [];

function ChildRow({ child, index, disabled }: { child: RosterChild; index: number; disabled: boolean }) {
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const [editing, setEditing] = useState<string | undefined>();
  const [problem, setProblem] = useState('');

  const change = async (update: (roster: RosterChild[]) => RosterChild[]) => {
    const result = await updatePolicy((policy) => ({ ...policy, roster: update(policy.roster ?? []) }));
    setProblem(result.ok ? '' : result.message);
    return result.ok;
  };
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const name = editing?.replace(/\s+/g, ' ').trim();
    if (!name) return setProblem('A child needs a name.');
    if (await change((roster) => roster.map((c, i) => (i === index ? { ...c, name } : c)))) setEditing(undefined);
  };

  return (
    <tr>
      <td>
        {editing === undefined ? (
          child.name
        ) : (
          <form onSubmit={(event) => void rename(event)}>
            <input aria-label={`New name for ${child.name}`} value={editing} onChange={(event) => setEditing(event.target.value)} autoFocus />{' '}
            <button type="submit">Save new name</button>{' '}
            <button type="button" onClick={() => setEditing(undefined)}>
              Cancel
            </button>
          </form>
        )}
        {problem && <p role="alert">{problem}</p>}
      </td>
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
        <button type="button" aria-label={`Edit ${child.name}`} disabled={disabled} onClick={() => setEditing(child.name)}>
          Edit
        </button>{' '}
        <button type="button" aria-label={`Remove ${child.name}`} disabled={disabled} onClick={() => void change((roster) => roster.filter((_, i) => i !== index))}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** The children on the roster: add, edit, remove and search, each with their social media consent. */
export function RosterEditor() {
  const id = useId();
  const roster = useOptions((state) => state.local.roster ?? NO_CHILDREN);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const canChange = useCanChange();
  const [search, setSearch] = useState('');
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const [message, setMessage] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const tidy = name.replace(/\s+/g, ' ').trim();
    if (tidy === '') return setMessage('Type the child’s name first.');
    if (roster.some((child) => child.name.toLowerCase() === tidy.toLowerCase())) return setMessage('That child is already on the roster.');
    const result = await updatePolicy((policy) => ({ ...policy, roster: [...(policy.roster ?? []), { name: tidy, socialMediaConsent: consent }] }));
    setMessage(result.ok ? `Added. The roster has ${roster.length + 1} children.` : result.message);
    if (result.ok) {
      setName('');
      setConsent(false);
    }
  };

  const query = search.trim().toLowerCase();
  const shown = roster.map((child, index) => ({ child, index })).filter(({ child }) => child.name.toLowerCase().includes(query));

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
