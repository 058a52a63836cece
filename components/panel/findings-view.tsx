import { useEffect, useId, useRef, useState, type JSX, type RefObject } from 'react';
import type { SeenPicture } from '../../lib/composer/draft-checks';
import { allowedBy, hasWords } from '../../lib/composer/what-it-allows';
import type { UncheckedRule } from '../../lib/engine/check-post';
import { REASON_LENGTH } from '../../lib/storage/settings';
import { SEVERITIES, type Finding, type Severity } from '../../lib/types';
import { byPerson } from './by-person';
import { FindingItem } from './finding-item';
import { focusedIn } from './focus-trap';
import { notCheckedLabels } from './rule-labels';
import { WHAT_IT_MEANS } from './severity-wording';

/** What the findings view needs from the panel around it. */
export interface FindingsViewProps {
  findings: Finding[];
  unchecked: UncheckedRule[];
  notChecked?: string[];
  /** The strictest severity of the rules not checked, which limits what may be offered. */
  uncheckedSeverity?: Severity;
  /** Photos in which faces were seen, shown small beside the findings about them. */
  pictures?: SeenPicture[];
  /** Id for the sentence that sums the view up, which the dialog uses as its description. */
  summaryId: string;
  dialogRef: RefObject<HTMLDivElement | null>;
  editRef: RefObject<HTMLButtonElement | null>;
  /** Runs the member of staff's first decision (edit or post), made by their own input, and ignores any after it. */
  decide(act: () => void, event: { nativeEvent: Event }): void;
  onEdit(): void;
  onPostAnyway(reason?: string): void;
  onFalseAlarm(): void;
}

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** What a check that could not finish allows, said by the strictest rule it did not check. */
const UNFINISHED: Record<Exclude<Severity, 'off'>, string> = {
  warn: 'The check could not finish. You can post after reading what was not checked.',
  justify: 'The check could not finish. You can post after reading what was not checked and giving a reason.',
  block: 'The check could not finish, so this post cannot go as it is. Press Edit post, then Post again to check it again.',
};

/** The photo a finding is about, with its faces, shown once: beside the first finding about it. */
function pictureFor(finding: Finding, pictures: SeenPicture[] | undefined, before: Finding[]): SeenPicture | undefined {
  const { evidence } = finding;
  if (evidence.kind !== 'photo' || before.some((earlier) => earlier.evidence.kind === 'photo' && earlier.evidence.file === evidence.file)) return undefined;
  return pictures?.find((picture) => picture.name === evidence.file);
}

/** What was found and what was not checked, strictest first, and the choices the strictest finding allows. */
export function FindingsView(props: FindingsViewProps): JSX.Element {
  const { summaryId, dialogRef, editRef, decide, onEdit, onPostAnyway, onFalseAlarm } = props;
  const reasonId = useId();
  const hintId = useId();
  const postRef = useRef<HTMLButtonElement>(null);
  const reportedOnce = useRef(false);
  const [reason, setReason] = useState('');
  const [posted, setPosted] = useState(false);
  const [reported, setReported] = useState(false);

  const findings = [...props.findings].sort((a, b) => rank(b.severity) - rank(a.severity));
  const missed = notCheckedLabels([...props.unchecked.map((u) => u.rule), ...(props.notChecked ?? [])]);
  // A check that could not finish still asks for a reading before posting, and allows no more than what it did not check.
  const allows = allowedBy(findings, missed.length > 0 ? props.uncheckedSeverity : undefined);
  const needsReason = allows === 'justify';
  const ready = !posted && (!needsReason || hasWords(reason));

  useEffect(() => {
    // The pressed button is now disabled; keep focus in the panel rather than let it fall to the page.
    const panel = dialogRef.current;
    if (posted && panel && focusedIn(panel) === postRef.current) panel.focus();
  }, [posted, dialogRef]);

  const postAnyway = (event: { nativeEvent: Event }) =>
    decide(() => {
      setPosted(true);
      onPostAnyway(needsReason ? reason.trim() : undefined);
    }, event);

  const report = (event: { nativeEvent: Event }) => {
    if (reportedOnce.current || !byPerson(event)) return;
    reportedOnce.current = true;
    setReported(true);
    onFalseAlarm();
  };

  const summary =
    findings.length > 0
      ? WHAT_IT_MEANS[allows] + (missed.length > 0 ? ' The check could not finish, so some things were not checked.' : '')
      : missed.length > 0
        ? UNFINISHED[allows]
        : 'Nothing was found. You can post.';

  return (
    <>
      <p id={summaryId} className={`ay-summary ay-summary--${allows}`}>
        {summary}
      </p>
      {/* Only this part scrolls, so a long list never pushes the title or the buttons out of sight. */}
      {(findings.length > 0 || missed.length > 0) && (
        <div className="ay-body" role="region" aria-label="What was found" tabIndex={0}>
          {findings.length > 0 && (
            <>
              <h3 className="ay-heading">What was found</h3>
              <ul className="ay-findings">
                {findings.map((finding, i) => (
                  <FindingItem key={i} finding={finding} picture={pictureFor(finding, props.pictures, findings.slice(0, i))} />
                ))}
              </ul>
            </>
          )}
          {missed.length > 0 && (
            <section className="ay-unfinished">
              <h3 className="ay-heading">The check could not finish</h3>
              <p>These were not checked, so look for them yourself before you post:</p>
              <ul>
                {missed.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
      {needsReason && (
        <div className="ay-reason">
          <label htmlFor={reasonId}>Reason</label>
          <p id={hintId} className="ay-hint">
            Why should this post go as it is? Your reason is kept in the setting's log.
          </p>
          <textarea
            id={reasonId}
            aria-describedby={hintId}
            rows={3}
            maxLength={REASON_LENGTH}
            value={reason}
            disabled={posted}
            onChange={(event) => {
              // React keeps the box showing its own state, so a value a script wrote is put back at once.
              if (byPerson(event)) setReason(event.target.value);
            }}
          />
        </div>
      )}
      <div className="ay-actions">
        <button ref={editRef} type="button" className="ay-button ay-button--primary" onClick={(event) => decide(onEdit, event)}>
          Edit post
        </button>
        {allows !== 'block' && (
          <button
            ref={postRef}
            type="button"
            className="ay-button"
            disabled={!ready}
            aria-describedby={needsReason ? hintId : undefined}
            onClick={postAnyway}
          >
            Post anyway
          </button>
        )}
      </div>
      <div className="ay-footer">
        <button type="button" className="ay-quiet" onClick={report}>
          Report a false alarm
        </button>
        <p role="status" className="ay-status">
          {posted ? 'Posting...' : reported ? 'Thank you: your report has been noted.' : ''}
        </p>
      </div>
    </>
  );
}
