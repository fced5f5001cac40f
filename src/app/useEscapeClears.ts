import { useEffect } from 'react';
import type { AppStore } from '../state/store';

/** Escape anywhere in the page (or the embed's frame) clears the selection, unless something handled it first. */
export function useEscapeClears(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
