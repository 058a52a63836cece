import { useId, useState, type FormEvent } from 'react';
import { ManagedNote } from './managed-note';
import type { ChangeResult } from './options-store';

/** What a list of words needs to be shown and changed. */
export interface WordListEditorProps {
  /** The list's heading, e.g. "Consent tags". */
  title: string;
  /** One entry in plain words, e.g. "consent tag": the add box is "New consent tag". */
  itemName: string;
  hint: string;
  words: readonly string[];
  onChange(words: string[]): Promise<ChangeResult>;
  /** The organisation has set this list centrally. */
  managed: boolean;
  /** The PIN has not been entered. */
  disabled: boolean;
}

/** A list of words or phrases a manager can add to and remove from. */
export function WordListEditor({ title, itemName, hint, words, onChange, managed, disabled }: WordListEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const readOnly = managed || disabled;

  const save = async (next: string[], done: string) => {
    const result = await onChange(next);
    setMessage(result.ok ? done : result.message);
    return result.ok;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const word = draft.trim();
    if (word === '') return;
    if (words.some((w) => w.toLowerCase() === word.toLowerCase())) {
      setMessage(`“${word}” is already on the list.`);
      return;
    }
    if (await save([...words, word], `Added “${word}”.`)) setDraft('');
  };

  return (
    <div className="word-list" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-hint`} className="help">{hint}</p>
      {managed && <ManagedNote id={`${id}-managed`} />}
      {words.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul aria-label={title}>
          {words.map((word) => (
            <li key={word}>
              {word}{' '}
              {!readOnly && (
                <button type="button" aria-label={`Remove ${word}`} onClick={() => void save(words.filter((w) => w !== word), `Removed “${word}”.`)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-new`}>New {itemName}</label>{' '}
          <input id={`${id}-new`} value={draft} onChange={(event) => setDraft(event.target.value)} />{' '}
          <button type="submit">Add {itemName}</button>
        </form>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
