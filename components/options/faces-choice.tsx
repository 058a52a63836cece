import { useId, useState } from 'react';
import { FACE_CHOICES, type FaceChoice } from '../../lib/policy/policy';
import { ManagedNote } from './managed-note';
import { useCanChange, useLocked, useOptions } from './options-context';

/** Each choice in a manager's words: what staff will notice. */
const FACE_WORDING: Record<FaceChoice, { label: string; explained: string }> = {
  allowed: {
    label: 'Allowed: faces are not looked for',
    explained: 'Photos are posted with the faces in them. The other checks still run.',
  },
  ask: {
    label: 'Ask: staff are asked whether a child can be recognised',
    explained: 'When a face can be seen in a photo, the panel asks whether a child can be recognised in it, and shows the photo small with the faces outlined.',
  },
  blur: {
    label: 'Blur: faces are blurred as photos are attached',
    explained:
      'Faces are blurred on the copy the site receives, and staff are told how many faces in which photos. A photo that cannot be looked at, and any video, is not attached.',
  },
};

/**
 * The policy's `faces` choice (shared/contract.md): whether photos may show
 * recognisable faces. The picture is looked at on this computer only; nothing
 * that could tell one person from another is worked out or kept.
 */
export function FacesChoice() {
  const id = useId();
  const faces = useOptions((state) => state.inForce.policy.faces ?? 'allowed');
  const updatePolicy = useOptions((state) => state.updatePolicy);
  const locked = useLocked('faces');
  const canChange = useCanChange();
  const [problem, setProblem] = useState('');

  const choose = async (chosen: FaceChoice) => {
    const result = await updatePolicy(({ faces: _old, ...policy }) => (chosen === 'allowed' ? policy : { ...policy, faces: chosen }));
    setProblem(result.ok ? '' : result.message);
  };

  return (
    <div className="control faces-choice">
      <h3>Recognisable faces in photos</h3>
      <p id={`${id}-about`} className="help">
        Many settings post only photos in which children cannot be recognised: hands at work, backs turned, faces hidden or blurred. Ask Yourself can look
        for faces in each photo as it is attached, on this computer: nothing is sent anywhere, and it only finds where a face is, never whose it is.
      </p>
      <label htmlFor={`${id}-choice`}>Faces in photos</label>{' '}
      <select
        id={`${id}-choice`}
        aria-describedby={`${id}-about ${id}-explained${locked ? ` ${id}-managed` : ''}`}
        value={faces}
        disabled={locked || !canChange}
        onChange={(event) => void choose(event.target.value as FaceChoice)}
      >
        {FACE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {FACE_WORDING[choice].label}
            {choice === 'allowed' ? ' (default)' : ''}
          </option>
        ))}
      </select>{' '}
      {locked && <ManagedNote id={`${id}-managed`} />}
      <p id={`${id}-explained`}>{FACE_WORDING[faces].explained}</p>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
