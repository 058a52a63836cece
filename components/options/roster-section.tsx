import { RosterEditor } from './roster-editor';
import { RosterImport } from './roster-import';

/** Children and consent: the roster is personal data, kept on this computer only. */
export function RosterSection() {
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Children and consent</h2>
      <p>
        The checker holds a post that names a child whose family has not given social media consent. This list stays on this computer:
        it is never synced, sent anywhere or written to the decision log.
      </p>
      <RosterImport />
      <RosterEditor />
    </section>
  );
}
