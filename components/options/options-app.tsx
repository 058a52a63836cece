import { useEffect, useState } from 'react';
import { DecisionLog } from './decision-log';
import { ItKit } from './it-kit';
import { LocationRemoval } from './location-removal';
import { LockSettings } from './lock-settings';
import { RefusedManagedValues } from './managed-note';
import { OptionsProvider, useOptions } from './options-context';
import { createOptionsStore } from './options-store';
import { PolicyFile } from './policy-file';
import { ResetBanner } from './reset-banner';
import { RosterSection } from './roster-section';
import { RulesList } from './rules-list';
import { StaffEditor } from './staff-editor';
import { TryAPost } from './try-a-post';
import { WordLists } from './word-lists';
import './options.css';

function Sections() {
  const loaded = useOptions((state) => state.loaded);
  if (!loaded) return <p aria-busy="true">Loading your policy…</p>;
  return (
    <>
      <ResetBanner />
      <RefusedManagedValues />
      <LockSettings />
      <RulesList />
      <LocationRemoval />
      <WordLists />
      <TryAPost />
      <RosterSection />
      <StaffEditor />
      <PolicyFile />
      <ItKit />
      <DecisionLog />
    </>
  );
}

/** The managers' options page: one store for the whole page, started from storage and kept up to date with it. */
export function OptionsApp() {
  const [store] = useState(createOptionsStore);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void store
      .getState()
      .start()
      .then((unwatch) => (gone ? unwatch() : (stop = unwatch)));
    return () => {
      gone = true;
      stop?.();
    };
  }, [store]);
  return (
    <OptionsProvider store={store}>
      <main>
        <h1>Ask Yourself: settings for managers</h1>
        <p>Make the checker fit your setting’s policy, keep the roster of children and consent, and see what staff decided.</p>
        <Sections />
      </main>
    </OptionsProvider>
  );
}
