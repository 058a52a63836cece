import { RosterEditor } from './roster-editor';
import { RosterImport } from './roster-import';

/** Children, their consent and their parents and carers: personal data, kept on this computer only. */
export function RosterSection() {
  return (
    <>
      <div className="control">
        <h3>Children and consent</h3>
        <p className="help">
          The checker holds a post that names a child whose family has not given social media consent. This list stays on this computer:
          it is never synced, sent anywhere or written to the decision log.
        </p>
        <RosterImport />
        <RosterEditor />
      </div>
    </>
  );
}
