import { useCanChange, useLocked, useOptions } from './options-context';
import { WordListEditor } from './word-list-editor';

const NO_STAFF: string[] = [];

/** Colleagues' full names, which the checker always finds when a post names them in full. */
export function StaffEditor() {
  const staff = useOptions((state) => state.inForce.policy.staff ?? NO_STAFF);
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const managed = useLocked('staff');
  const canChange = useCanChange();
  return (
    <div className="control people" data-slot="people" role="region" aria-labelledby="staff-heading">
      <h3 id="staff-heading">Staff</h3>
      <p>
        Colleagues must not be named in posts either. A post that names someone on this list in full is held, however it is typed; a first
        name alone is fine. Like the roster, this list stays on this computer.
      </p>
      <WordListEditor
        title="Staff names"
        itemName="colleague’s full name"
        hint="First name and surname, as colleagues are known, e.g. Priya Raman."
        words={staff}
        onChange={(next) => updatePolicy((policy) => ({ ...policy, staff: next.map((name) => name.replace(/\s+/g, ' ')) }))}
        managed={managed}
        disabled={!canChange}
      />
    </div>
  );
}
