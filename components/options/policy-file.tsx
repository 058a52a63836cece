import { useRef, useState, type ChangeEvent } from 'react';
import { useCanChange, useOptions } from './options-context';
import { download } from './download';

/** Import policy and Export policy: the policy in force as the contract's JSON file. */
export function PolicyFile() {
  const input = useRef<HTMLInputElement>(null);
  const policy = useOptions((state) => state.inForce.policy);
  const managed = useOptions((state) => state.inForce.locked.length > 0);
  const importPolicy = useOptions((state) => state.importPolicy);
  const canChange = useCanChange();
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await importPolicy(await file.text());
    setMessage(
      result.ok
        ? { text: `Imported “${file.name}”. This is now your policy.`, problem: false }
        : { text: `${result.message} Your policy has not changed.`, problem: true },
    );
  };

  return (
    <section aria-labelledby="policy-file-heading">
      <h2 id="policy-file-heading">Policy file</h2>
      <p>
        Save your rules, lists and roster as one file to keep a copy or to set up another computer. The file holds
        children’s names, so keep it somewhere safe.
      </p>
      {managed && <p>Values set by your organisation still apply after an import.</p>}
      <button type="button" onClick={() => download('ask-yourself-policy.json', 'application/json', `${JSON.stringify(policy, null, 2)}\n`)}>
        Export policy
      </button>{' '}
      <button type="button" disabled={!canChange} onClick={() => input.current?.click()}>
        Import policy
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Policy file to import"
        hidden
        onChange={(event) => void read(event)}
      />
      <div role={message?.problem ? 'alert' : 'status'}>{message?.text}</div>
    </section>
  );
}
