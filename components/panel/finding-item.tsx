import type { JSX } from 'react';
import type { SeenPicture } from '../../lib/composer/draft-checks';
import type { Evidence, Finding } from '../../lib/types';
import { PhotoThumbnail } from './photo-thumbnail';
import { SEVERITY_TAG } from './severity-wording';

function EvidenceLine({ evidence }: { evidence: Evidence }): JSX.Element {
  if (evidence.kind === 'text') {
    return (
      <p className="ay-evidence">
        In your post: <mark>“{evidence.text}”</mark>
      </p>
    );
  }
  // Writing read in a photo comes as "in IMG_0412.jpg: 'Lily-Mae'": the photo is named once.
  const found = evidence.found.startsWith(`in ${evidence.file}: `) ? evidence.found.slice(`in ${evidence.file}: `.length) : evidence.found;
  return (
    <p className="ay-evidence">
      In the photo <strong>{evidence.file}</strong>: {found}
    </p>
  );
}

/** One finding: how much it matters, the question and the policy's reason, and what it points at (with the photo's faces outlined). */
export function FindingItem({ finding, picture }: { finding: Finding; picture?: SeenPicture }): JSX.Element {
  return (
    <li
      className={`ay-finding ay-finding--${finding.severity}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
    >
      <p className="ay-tag">{SEVERITY_TAG[finding.severity]}</p>
      <p className="ay-message">{finding.message}</p>
      <EvidenceLine evidence={finding.evidence} />
      {picture && <PhotoThumbnail name={picture.name} file={picture.file} faces={picture.faces} />}
    </li>
  );
}
