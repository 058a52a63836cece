import { useEffect, useId, useRef, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import type { SeenPicture } from '../../lib/composer/draft-checks';
import type { UncheckedRule } from '../../lib/engine/check-post';
import type { Finding, Severity } from '../../lib/types';
import { byPerson } from './by-person';
import { FindingsView } from './findings-view';
import { focusedIn, focusIsLost, wrapTab } from './focus-trap';
import './panel.css';

/**
 * What the panel shows: a check still running, photos still being cleaned, what
 * was found, or a nudge after the site ignored a replayed post. A findings view
 * with rules not checked carries the strictest severity they have
 * (`uncheckedSeverity`), which limits what the panel offers as a finding would.
 */
export type PanelView =
  | { kind: 'checking' }
  | { kind: 'preparing' }
  | { kind: 'reading' }
  | { kind: 'findings'; findings: Finding[]; unchecked: UncheckedRule[]; notChecked?: string[]; uncheckedSeverity?: Severity; pictures?: SeenPicture[] }
  | { kind: 'press-again' };

/** The panel's view and the member of staff's three possible answers. */
export interface PanelProps {
  view: PanelView;
  /** Back to the draft, untouched. Also what Escape means. */
  onEdit(): void;
  /** Post as it is; called once at most. `reason` is the trimmed typed reason when a finding needs one. */
  onPostAnyway(reason?: string): void;
  onFalseAlarm(): void;
}

/**
 * The "Ask yourself" panel (`shared/contract.md`, "The panel"). It holds the
 * post while a check runs or after findings, as a modal dialog; after a replayed
 * post the site ignored it steps aside, so the member of staff can reach the
 * site's own Post button. Its styles (`panel.css`) are imported here, so a
 * content script with `cssInjectionMode: 'ui'` carries them into its shadow root.
 */
export function Panel(props: PanelProps): JSX.Element {
  // A fresh body per view, so a decision made in one view never blocks the next.
  return <PanelBody key={props.view.kind} {...props} />;
}

function PanelBody({ view, onEdit, onPostAnyway, onFalseAlarm }: PanelProps): JSX.Element {
  const busy = view.kind === 'checking' || view.kind === 'preparing' || view.kind === 'reading';
  const titleId = useId();
  const summaryId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const decided = useRef(false);
  const modal = view.kind !== 'press-again';

  useEffect(() => {
    const panel = dialogRef.current;
    if (!panel || panel.contains(focusedIn(panel))) return;
    // Edit post is the least harmful first control: a reflex Enter keeps the draft rather than posting it.
    // Once the panel steps aside it takes focus only if focus was lost, never from the site's own controls.
    if (modal || focusIsLost(panel)) editRef.current?.focus();
  }, [modal]);

  // Only a person's own input answers the panel: a click, key or reason a script dispatched (isTrusted false) does nothing.
  const decide = (act: () => void, event: { nativeEvent: Event }) => {
    if (decided.current || !byPerson(event)) return;
    decided.current = true;
    act();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // Kept from the page: a site's composer may close itself on Escape and lose the draft.
      event.preventDefault();
      event.stopPropagation();
      decide(onEdit, event);
    } else if (event.key === 'Tab' && modal && wrapTab(event.currentTarget, event.shiftKey)) {
      event.preventDefault();
    }
  };

  // A press on the dimmed page behind would otherwise take focus out of a modal panel.
  const keepFocus = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) event.preventDefault();
  };

  const editButton = (
    <div className="ay-actions">
      <button ref={editRef} type="button" className="ay-button ay-button--primary" onClick={(event) => decide(onEdit, event)}>
        Edit post
      </button>
    </div>
  );

  const dialog = (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal={modal || undefined}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      aria-busy={busy || undefined}
      lang="en-GB"
      tabIndex={-1}
      className={`ay-panel ay-panel--${view.kind}`}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="ay-title">
        Ask yourself before you post
      </h2>
      {view.kind === 'checking' && (
        <>
          <p id={summaryId} className="ay-summary">
            Checking...
          </p>
          <p>If nothing is found, your post will go as soon as the check ends.</p>
          {editButton}
        </>
      )}
      {view.kind === 'preparing' && (
        <>
          <p id={summaryId} className="ay-summary">
            Preparing your photos...
          </p>
          <p>Their location is being removed. Your post will be checked, with its photos, as soon as they are ready.</p>
          {editButton}
        </>
      )}
      {view.kind === 'reading' && (
        <>
          <p id={summaryId} className="ay-summary">
            Still reading the writing in your photos...
          </p>
          <p>Ask Yourself is looking at your photos on this computer. Your post will be checked, with what they show, as soon as it has finished.</p>
          {editButton}
        </>
      )}
      {view.kind === 'press-again' && (
        <>
          <p id={summaryId} role="status" className="ay-summary">
            Press Post again to publish
          </p>
          <p>The site did not take your post the first time.</p>
          {editButton}
        </>
      )}
      {view.kind === 'findings' && (
        <FindingsView
          findings={view.findings}
          unchecked={view.unchecked}
          notChecked={view.notChecked}
          uncheckedSeverity={view.uncheckedSeverity}
          pictures={view.pictures}
          summaryId={summaryId}
          dialogRef={dialogRef}
          editRef={editRef}
          decide={decide}
          onEdit={onEdit}
          onPostAnyway={onPostAnyway}
          onFalseAlarm={onFalseAlarm}
        />
      )}
    </div>
  );

  return modal ? (
    <div className="ay-root ay-backdrop" onMouseDown={keepFocus}>
      {dialog}
    </div>
  ) : (
    <div className="ay-root ay-corner">{dialog}</div>
  );
}
