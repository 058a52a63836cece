import { useEffect, useId, useRef, useState } from 'react';
import type { RosterChild } from '../../lib/policy/policy';
import { LockSettings } from './lock-settings';
import { ManagedNote } from './managed-note';
import { useOptions } from './options-context';
import { RosterEditor } from './roster-editor';
import { RosterImport } from './roster-import';
import { SETUP_STEPS, type SetupStep } from './setup-steps';
import { TryAPost } from './try-a-post';
import { ConsentTags, OwnContacts, SettingName } from './word-lists';

const NO_CHILDREN: RosterChild[] = [];

/** A draft naming a child without consent, so the manager sees the panel hold it, with their own roster. */
function exampleFor(roster: readonly RosterChild[]): string | undefined {
  const child = roster.find((entry) => !entry.socialMediaConsent);
  return child && `${child.name.split(' ')[0]} loved the painting table today!`;
}

function TryStep() {
  const roster = useOptions((state) => state.local.roster ?? NO_CHILDREN);
  const example = exampleFor(roster);
  return (
    <>
      <p className="help">
        {example
          ? 'Here is the panel staff will see when they press Post. Try the example, which names a child on your roster whose family has not given consent, or write your own.'
          : 'Here is the panel staff will see when they press Post. Write a draft as staff might; add children in step 2 to try one that names a child.'}
      </p>
      <TryAPost example={example} />
    </>
  );
}

function StepBody({ step }: { step: SetupStep }) {
  switch (step.id) {
    case 'name':
      return <SettingName />;
    case 'roster':
      return (
        <>
          <h3>Children and consent</h3>
          <p className="help">
            Import the list from your nursery system, or add each child by hand and tick when written social media consent is held. Posts
            naming a child without consent are held. The list stays on this computer.
          </p>
          <RosterImport />
          <RosterEditor />
        </>
      );
    case 'tags':
      return <ConsentTags />;
    case 'contacts':
      return <OwnContacts />;
    case 'pin':
      return (
        <>
          <p className="help">With a PIN, staff can read the rules here but only a manager can change them. Six digits or more are hardest to guess.</p>
          <LockSettings />
        </>
      );
    case 'try':
      return <TryStep />;
  }
}

/**
 * The first-run set-up guide: one step at a time, each skippable and open again
 * from the list of steps; a step the organisation already sets says so and is
 * passed over.
 */
export function FirstRun({ onFinish }: { onFinish(): void }) {
  const id = useId();
  const inForce = useOptions((state) => state.inForce);
  const stored = useOptions((state) => state.stored);
  const managed = (step: SetupStep) => step.managedField !== undefined && inForce.locked.includes(step.managedField);
  const nextOpen = (from: number, direction: 1 | -1) => {
    let index = from;
    do index += direction;
    while (index > 0 && index < SETUP_STEPS.length - 1 && managed(SETUP_STEPS[index]));
    return Math.min(Math.max(index, 0), SETUP_STEPS.length - 1);
  };
  const [index, setIndex] = useState(() => (managed(SETUP_STEPS[0]) ? nextOpen(0, 1) : 0));
  const step = SETUP_STEPS[index];
  const body = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // After a move, take keyboard and screen-reader users to the new step rather than leaving them on a button that is gone.
  useEffect(() => {
    if (moved.current) body.current?.focus();
  }, [index]);
  const go = (to: number) => {
    moved.current = true;
    setIndex(to);
  };
  const last = index === SETUP_STEPS.length - 1;
  const done = step.done({ inForce, stored });

  return (
    <section id="setup" className="page-section setup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} data-section-heading="">
        Set up Ask Yourself
      </h2>
      <p className="section-intro">
        Six short steps to fit the checker to your setting. Skip any step and come back to it later from “Set-up guide”.
      </p>
      <ol className="steps" aria-label="Steps">
        {SETUP_STEPS.map((each, position) => {
          const status = managed(each) ? 'Set by your organisation' : each.done({ inForce, stored }) ? 'Done' : '';
          return (
            <li key={each.id} data-step-status={status ? (managed(each) ? 'managed' : 'done') : 'to-do'}>
              <button type="button" aria-current={position === index ? 'step' : undefined} onClick={() => go(position)}>
                <span className="step-number" aria-hidden="true">
                  {status === 'Done' ? '✓' : position + 1}
                </span>
                <span>
                  {each.title}
                  {status && <span className="visually-hidden">: {status}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="step" ref={body} tabIndex={-1} role="group" aria-labelledby={`${id}-step`}>
        <p id={`${id}-step`} className="step-count">
          Step {index + 1} of {SETUP_STEPS.length}: {step.title}
        </p>
        {managed(step) && (
          <p className="managed-step">
            <ManagedNote id={`${id}-managed`} /> Your organisation has set this for every work browser, so there is nothing to do here.
          </p>
        )}
        <StepBody step={step} />
      </div>
      <div className="step-buttons">
        {index > 0 && (
          <button type="button" className="secondary" onClick={() => go(nextOpen(index, -1))}>
            Back
          </button>
        )}
        {last ? (
          <button type="button" onClick={onFinish}>
            Finish set-up
          </button>
        ) : (
          <button type="button" onClick={() => go(nextOpen(index, 1))}>
            {done || managed(step) ? 'Next' : 'Skip this step'}
          </button>
        )}
        {!last && (
          <button type="button" className="link-button" onClick={onFinish}>
            Leave the guide and go to the overview
          </button>
        )}
      </div>
    </section>
  );
}
