import { useEffect, useState } from 'react';
import { setupItem } from '../../lib/storage/manager-page';
import { DecisionLog } from './decision-log';
import { FirstRun } from './first-run';
import { ItKit } from './it-kit';
import { LocationRemoval } from './location-removal';
import { LockSettings } from './lock-settings';
import { LogChart } from './log-chart';
import { LogReview } from './log-review';
import { RefusedManagedValues } from './managed-note';
import { OptionsProvider, useOptions } from './options-context';
import { createOptionsStore } from './options-store';
import { Overview } from './overview';
import { PageSection } from './page-section';
import { PAGE_SECTIONS, SETUP_ADDRESS, type SectionId } from './page-sections';
import { PolicyFile } from './policy-file';
import { ProtectionSection } from './protection-section';
import { ResetBanner } from './reset-banner';
import { recordRosterChanges } from './roster-updated';
import { RosterSection } from './roster-section';
import { FacesChoice } from './faces-choice';
import { RulesList } from './rules-list';
import { SectionNav } from './section-nav';
import { StaffEditor } from './staff-editor';
import { TryAPost } from './try-a-post';
import { goTo, useAddress, useJumpToSection } from './use-address';
import { useStoredItem } from './use-stored-item';
import { WordLists } from './word-lists';
import './options.css';

const section = (id: SectionId) => PAGE_SECTIONS.find((each) => each.id === id)!;

function Sections() {
  return (
    <>
      <ResetBanner />
      <RefusedManagedValues />
      <PageSection section={section('overview')} intro="Whether protection is on, your roster, and what staff decided in the last fortnight.">
        <Overview />
      </PageSection>
      <PageSection section={section('rules')} intro="What the checker looks for in a post, the policy behind it, and what happens when it finds it.">
        <RulesList />
        <FacesChoice />
        <TryAPost />
      </PageSection>
      <PageSection section={section('roster')} intro="The children on your roster with their consent, and the carers and staff the checker should recognise.">
        <RosterSection />
        <StaffEditor />
      </PageSection>
      <PageSection section={section('words')} intro="Your setting’s name, words each rule looks for, consent tags and the contact details you may publish.">
        <WordLists />
      </PageSection>
      <PageSection section={section('photos')} intro="What happens to photos and videos as staff attach them.">
        <LocationRemoval />
      </PageSection>
      <PageSection section={section('log')} intro="Each time the panel held a post: when, on which site, which rules, and what the member of staff did.">
        <LogReview />
        <LogChart />
        <DecisionLog />
      </PageSection>
      <PageSection section={section('protection')} intro="What Ask Yourself saw of each site’s post boxes in this browser, so you know posts are still being checked after a site changes.">
        <ProtectionSection />
      </PageSection>
      <PageSection section={section('lock')} intro="Who can change these settings, and the policy as one file to keep or to set up another computer.">
        <LockSettings />
        <PolicyFile />
        <ItKit />
      </PageSection>
    </>
  );
}

/** The policy a new installation starts with: nothing of the setting's own yet. */
const untouched = (state: { local: object; stored: { pin?: unknown } }) => Object.keys(state.local).length <= 1 && state.stored.pin === undefined;

/**
 * The page: the set-up guide the first time it opens (or at `#setup`), otherwise
 * every section in turn under a navigation that names their addresses.
 */
function Page() {
  const loaded = useOptions((state) => state.loaded);
  const firstTime = useOptions(untouched);
  const setup = useStoredItem(setupItem);
  const hash = useAddress();
  const ready = loaded && setup !== undefined;
  const [decided, setDecided] = useState(false);

  // Decided once, as the page opens: the guide must not vanish the moment its first step changes the policy.
  useEffect(() => {
    if (!ready || decided) return;
    if (hash === '' && setup.finishedAt === undefined && firstTime) {
      history.replaceState(null, '', `#${SETUP_ADDRESS}`);
      dispatchEvent(new HashChangeEvent('hashchange'));
    }
    setDecided(true);
  }, [ready, decided, hash, setup, firstTime]);
  const guideOpen = hash === `#${SETUP_ADDRESS}`;
  useJumpToSection(hash, decided);

  const finish = () => void setupItem.setValue({ finishedAt: Date.now() }).then(() => goTo('#overview'));

  return (
    <>
      <SectionNav current={hash} />
      <main id="main" tabIndex={-1}>
        {!decided ? <p aria-busy="true">Loading your policy…</p> : guideOpen ? <FirstRun onFinish={finish} /> : <Sections />}
      </main>
    </>
  );
}

/** The managers' options page: one store for the whole page, started from storage and kept up to date with it. */
export function OptionsApp() {
  const [store] = useState(createOptionsStore);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    const stopRecording = recordRosterChanges(store);
    void store
      .getState()
      .start()
      .then((unwatch) => (gone ? unwatch() : (stop = unwatch)));
    return () => {
      gone = true;
      stop?.();
      stopRecording();
    };
  }, [store]);
  return (
    <OptionsProvider store={store}>
      <div className="page">
        <a className="skip-link" href="#main">
          Skip to the settings
        </a>
        <header className="page-header">
          <p className="brand">Ask Yourself</p>
          <h1>Settings for managers</h1>
          <p>Fit the checker to your setting’s policy, keep the roster of children and consent, and see what staff decided.</p>
        </header>
        <Page />
      </div>
    </OptionsProvider>
  );
}
