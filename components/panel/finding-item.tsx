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
  return (
    <p className="ay-evidence">
      In the photo <strong>{evidence.file}</strong>: {evidence.found}
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
