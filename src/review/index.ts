/**
 * Public surface of the review model: statuses, edits, undo/redo, candidates and search. Pure TypeScript.
 */
export type * from './types';
export type { BaseLinks } from './apply';
export type { HistoryAction, ReviewHistory } from './history';
export { applyCorrections, asReviewed, checkEdit, reviewProgress } from './apply';
export { canUndoRedo, EMPTY_HISTORY, reviewReducer } from './history';
export { candidateLabel, describePlace, mentionCandidates, searchGazetteer } from './candidates';
