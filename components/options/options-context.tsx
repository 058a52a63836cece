import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { OptionsState, OptionsStore } from './options-store';

const StoreContext = createContext<OptionsStore | null>(null);

/** Gives every part of the options page the same store. */
export function OptionsProvider({ store, children }: { store: OptionsStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a slice of the options page's state and re-renders when it changes. */
export function useOptions<T>(selector: (state: OptionsState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useOptions needs an OptionsProvider above it');
  return useStore(store, selector);
}

/** Whether the page may change the policy now (no PIN, or the PIN entered). */
export const useCanChange = (): boolean => useOptions((state) => state.stored.pin === undefined || state.unlocked);

/** Whether the organisation has set this field centrally, so it cannot be changed here. */
export const useLocked = (field: string): boolean => useOptions((state) => state.inForce.locked.includes(field));
