import { rosterUpdatedItem } from '../../lib/storage/manager-page';
import type { OptionsStore } from './options-store';

/**
 * Notes when the roster changes, however it changed (added by hand, a CSV, a
 * policy file, a reset), so the overview can say when it was last updated.
 * Returns a stop function.
 */
export function recordRosterChanges(store: OptionsStore): () => void {
  return store.subscribe((state, before) => {
    if (!before.loaded || state.local.roster === before.local.roster) return;
    if (JSON.stringify(state.local.roster ?? []) === JSON.stringify(before.local.roster ?? [])) return;
    void rosterUpdatedItem.setValue(Date.now());
  });
}
