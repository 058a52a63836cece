import { useState } from 'react';
import { useOptions } from './options-context';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** After a reset by someone without the PIN: says so at the top of the page until a manager has checked the settings. */
export function ResetBanner() {
  const notice = useOptions((state) => state.resetNotice);
  const acknowledgeReset = useOptions((state) => state.acknowledgeReset);
  const [problem, setProblem] = useState('');
  if (!notice) return null;
  return (
    <section aria-labelledby="reset-banner-heading" className="reset-banner">
      <h2 id="reset-banner-heading">The settings were reset</h2>
      <p>
        On <time dateTime={notice.at}>{when.format(new Date(notice.at))}</time> someone used “Forgotten the PIN?” to reset the settings. The
        PIN was removed and the settings went back to the defaults. The roster, staff and word lists were kept, and no rule was made less
        strict. If no manager did this, find out who did.
      </p>
      <p>Set a new PIN, check the rules and the roster, then confirm here.</p>
      <button
        type="button"
        onClick={() =>
          void acknowledgeReset().then((result) => {
            setProblem(result.ok ? '' : result.message);
          })
        }
      >
        I have checked the settings
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
