import { useId, useState, type FormEvent } from 'react';
import type { KeywordOverride, Policy } from '../../lib/policy/policy';
import { rules } from '../../lib/rules';
import type { RuleId } from '../../lib/types';
import { ManagedNote } from './managed-note';
import { useCanChange, useLocked, useOptions } from './options-context';
import { ruleTitle } from './rules-list';
import { WordListEditor } from './word-list-editor';

/** The setting's name, which is never flagged as a person's name. */
export function SettingName() {
  const id = useId();
  const saved = useOptions((state) => state.inForce.policy.settingName ?? '');
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const managed = useLocked('settingName');
  const canChange = useCanChange();
  const [draft, setDraft] = useState<string | undefined>();
  const [message, setMessage] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const name = (draft ?? saved).trim();
    const result = await updatePolicy(({ settingName: _old, ...policy }) => (name ? { ...policy, settingName: name } : policy));
    setMessage(result.ok ? 'Saved.' : result.message);
    if (result.ok) setDraft(undefined);
  };

  return (
    <form className="control" onSubmit={(event) => void save(event)}>
      <h3>Your setting’s name</h3>
      <p id={`${id}-hint`} className="help">Never flagged as a person’s name, so posts can name the setting freely.</p>
      <label htmlFor={`${id}-name`}>Setting name</label>{' '}
      <input
        id={`${id}-name`}
        value={draft ?? saved}
        readOnly={managed || !canChange}
        aria-describedby={`${id}-hint${managed ? ` ${id}-managed` : ''}`}
        onChange={(event) => setDraft(event.target.value)}
      />{' '}
      {managed ? <ManagedNote id={`${id}-managed`} /> : <button type="submit" disabled={!canChange}>Save name</button>}
      <p role="status">{message}</p>
    </form>
  );
}

// One shared empty list, so the store's selectors return the same value while nothing changes.
const NO_WORDS: string[] = [];

type ListField = 'consentTags' | 'allowedContacts';

function useListField(field: ListField) {
  const words = useOptions((state) => state.inForce.policy[field] ?? NO_WORDS);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const onChange = (next: string[]) => updatePolicy((policy) => ({ ...policy, [field]: next }));
  return { words, onChange, managed: useLocked(field) };
}

function KeywordLists({ id, title }: { id: RuleId; title: string }) {
  const override = useOptions((state) => state.inForce.policy.keywords?.[id]);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const managed = useLocked(`keywords.${id}`);
  const canChange = useCanChange();
  const change = (side: keyof KeywordOverride) => (next: string[]) =>
    updatePolicy((policy): Policy => {
      const current: KeywordOverride = { add: [], remove: [], ...policy.keywords?.[id] };
      return { ...policy, keywords: { ...policy.keywords, [id]: { ...current, [side]: next } } };
    });
  return (
    <>
      <WordListEditor
        title={`${title}: words to add`}
        itemName="word or phrase to flag"
        hint="Also flag posts that mention these."
        words={override?.add ?? NO_WORDS}
        onChange={change('add')}
        managed={managed}
        disabled={!canChange}
      />
      <WordListEditor
        title={`${title}: words to stop flagging`}
        itemName="word or phrase to stop flagging"
        hint="Built-in words that do not fit your setting; posts that mention them are no longer flagged by this rule."
        words={override?.remove ?? NO_WORDS}
        onChange={change('remove')}
        managed={managed}
        disabled={!canChange}
      />
    </>
  );
}

/** What each plain list of the policy holds, in a manager's words. */
const LISTS: Record<ListField, { title: string; itemName: string; hint: string }> = {
  consentTags: {
    title: 'Consent tags',
    itemName: 'consent tag',
    hint: 'Tags such as #consentgiven that staff add to a post, or to a photo’s keywords, once written consent is checked for everyone in it.',
  },
  allowedContacts: {
    title: 'Your own contact details',
    itemName: 'contact detail',
    hint: 'The setting’s own phone numbers, email addresses and address, which may be published.',
  },
};

function PolicyList({ field }: { field: ListField }) {
  const canChange = useCanChange();
  return <WordListEditor {...LISTS[field]} {...useListField(field)} disabled={!canChange} />;
}

/** The consent tags staff add once written consent is checked. */
export const ConsentTags = () => <PolicyList field="consentTags" />;

/** The setting's own contact details, which may be published. */
export const OwnContacts = () => <PolicyList field="allowedContacts" />;

/** The setting's name and the lists of words a manager may extend; a rule's word lists appear when its `meta.hasKeywords` says so. */
export function WordLists() {
  return (
    <>
      <SettingName />
      {rules
        .filter((rule) => rule.meta.hasKeywords)
        .map((rule) => (
          <KeywordLists key={rule.id} id={rule.id} title={ruleTitle(rule.id)} />
        ))}
      <ConsentTags />
      <OwnContacts />
    </>
  );
}
