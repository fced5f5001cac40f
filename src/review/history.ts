/**
 * Undo and redo over the list of edits: the saved review is the list `edits`; `undone` holds what undo took
 * off, newest last, until a new edit makes it unreachable.
 */
import type { ReviewEdit } from './types';

export interface ReviewHistory {
  edits: readonly ReviewEdit[];
  undone: readonly ReviewEdit[];
}

export type HistoryAction =
  | { type: 'edit'; edit: ReviewEdit }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replace the whole list (a saved review read back, an import); history starts afresh. */
  | { type: 'load'; edits: readonly ReviewEdit[] };

/** No edits yet. */
export const EMPTY_HISTORY: ReviewHistory = { edits: [], undone: [] };

/**
 * The history after one action; the same object when the action changes nothing (undo with nothing to undo).
 * @example reviewReducer(reviewReducer(EMPTY_HISTORY, { type: 'edit', edit }), { type: 'undo' }).undone.length // 1
 */
export function reviewReducer(state: ReviewHistory, action: HistoryAction): ReviewHistory {
  switch (action.type) {
    case 'edit':
      return { edits: [...state.edits, action.edit], undone: [] };
    case 'undo': {
      const last = state.edits[state.edits.length - 1];
      if (!last) return state;
      return { edits: state.edits.slice(0, -1), undone: [...state.undone, last] };
    }
    case 'redo': {
      const next = state.undone[state.undone.length - 1];
      if (!next) return state;
      return { edits: [...state.edits, next], undone: state.undone.slice(0, -1) };
    }
    case 'load':
      return { edits: [...action.edits], undone: [] };
  }
}

/**
 * Whether undo and redo have anything to do (for enabling their buttons).
 * @example canUndoRedo(EMPTY_HISTORY) // { undo: false, redo: false }
 */
export function canUndoRedo(state: ReviewHistory): { undo: boolean; redo: boolean } {
  return { undo: state.edits.length > 0, redo: state.undone.length > 0 };
}
