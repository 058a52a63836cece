import { useId, useState, type FormEvent } from 'react';
import { browser } from '#imports';
import { itKitZip } from '../../lib/it-kit/build-kit';
import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID, isExtensionId } from '../../lib/it-kit/kit-values';
import { download } from './download';
import { useOptions } from './options-context';

// In Chrome and Edge the running extension's own id is the one policies must name; Firefox's id is fixed.
const ownId = (): string => (isExtensionId(browser.runtime.id ?? '') ? browser.runtime.id : CHROME_EXTENSION_ID);

/** "For your IT team": the policy in force as the files each management tool needs, in one zip with a README for each. */
export function ItKit() {
  const id = useId();
  const inForce = useOptions((state) => state.inForce);
  const [extensionId, setExtensionId] = useState(ownId);
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const chosen = extensionId.trim().toLowerCase();
    if (!isExtensionId(chosen)) {
      setMessage({ text: 'An extension id is 32 letters from a to p, as chrome://extensions shows it.', problem: true });
      return;
    }
    download('ask-yourself-kit-for-it.zip', 'application/zip', new Uint8Array(itKitZip(inForce.policy, inForce.settings, chosen)));
    setMessage({ text: 'Saved “ask-yourself-kit-for-it.zip”. Give it to your IT team.', problem: false });
  };

  return (
    <section aria-labelledby="it-kit-heading">
      <h2 id="it-kit-heading">For your IT team</h2>
      <p>
        The PIN only deters. To make sure every work browser follows your policy, and that staff cannot change it or switch the extension
        off, your IT team can set it centrally. This saves the files they need for Chrome and Edge on Windows, Mac and Linux, for Firefox and
        for the Google Admin console, each with short instructions.
      </p>
      <p>
        The files hold the policy in force: the rules, word lists, consent tags, your contact details, staff names and the log settings.
        They never hold the roster of children, which stays on each computer.
      </p>
      <form onSubmit={save}>
        <label htmlFor={`${id}-extension`}>Extension id in Chrome and Edge</label>{' '}
        <input
          id={`${id}-extension`}
          value={extensionId}
          size={34}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setExtensionId(event.target.value)}
        />{' '}
        <button type="submit">Download the kit for IT</button>
        <p id={`${id}-hint`}>
          This computer’s copy has this id. If staff install the extension from a store under another id, type that one. In Firefox the
          add-on is always {FIREFOX_ADDON_ID}.
        </p>
      </form>
      <div role={message?.problem ? 'alert' : 'status'}>{message?.text}</div>
    </section>
  );
}
