import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

export const StoreContext = createContext<AppStore | null>(null);

/**
 * The store of the view this component belongs to.
 * @example const store = useAppStoreApi(); store.getState().clearSelection();
 */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi: no <StoreContext.Provider> above this component');
  return store;
}

/**
 * Reads one slice of the store; the component re-renders only when that slice changes.
 * @example const selectedId = useAppStore((s) => s.selectedId);
 */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
