import { useId, useState } from 'react';
import { useCanChange, useOptions } from './options-context';

/** The manager's switch for removing the location from photos and videos as staff attach them. */
export function LocationRemoval() {
  const id = useId();
  const removeLocations = useOptions((state) => state.inForce.settings.removeLocations);
  const updateSettings = useOptions((state) => state.updateSettings);
  const canChange = useCanChange();
  const [problem, setProblem] = useState('');

  return (
    <div className="control">
      <label>
        <input
          type="checkbox"
          checked={removeLocations}
          disabled={!canChange}
          aria-describedby={`${id}-about`}
          onChange={(event) => {
            const chosen = event.target.checked;
            void updateSettings((current) => ({ ...current, removeLocations: chosen })).then((result) => setProblem(result.ok ? '' : result.message));
          }}
        />{' '}
        Remove locations from photos when they are attached
      </label>
      <p id={`${id}-about`} className="help">
        On by default. When a member of staff attaches a photo or video, Ask Yourself removes the place it was taken (its GPS location) on this
        computer before Facebook, Instagram or X receive the file, and a notice tells the member of staff which files were cleaned. Nothing
        else in the file changes. A file whose location cannot be removed is not attached. When this is off, the sites receive photos as they
        are, and a photo that carries a location is asked about by the photo location rule (see Rules) when staff press Post.
      </p>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
