import type { Policy } from '../../lib/policy/policy';
import { useOptions } from './options-context';
import { RosterEditor } from './roster-editor';
import { RosterImport } from './roster-import';

const carersIn = (policy: Policy): number => (policy.roster ?? []).reduce((sum, child) => sum + (child.carers?.length ?? 0), 0);

/**
 * The people the checker knows: children with their consent, and the carers and
 * staff whose full names a policy file may list. Editing carers and staff comes
 * with the People editor; until then this says what the policy holds.
 */
function People() {
  const carers = useOptions((state) => carersIn(state.local));
  const staff = useOptions((state) => state.local.staff?.length ?? 0);
  return (
    <div className="people" data-slot="people">
      <h3>Carers and staff</h3>
      <p className="help">
        Parents’, carers’ and colleagues’ full names, so a post that names one of them is asked about. Your policy names {carers}{' '}
        {carers === 1 ? 'carer' : 'carers'} and {staff} {staff === 1 ? 'member' : 'members'} of staff; a policy file can add them.
      </p>
    </div>
  );
}

/** Children and consent, then carers and staff: personal data, kept on this computer only. */
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
      <People />
    </>
  );
}
