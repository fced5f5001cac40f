import type { GazetteerEntry, LinkResult, Paragraph } from '../linking/types';

/** Page → worker: link this text. */
export interface LinkRequest {
  id: number;
  text: string;
}

/** Worker → page: where it is, the result, or what went wrong. */
export type LinkResponse =
  | { id: number; type: 'progress'; stage: 'gazetteer' | 'linking' }
  | {
      id: number;
      type: 'done';
      paragraphs: Paragraph[];
      links: LinkResult;
      places: GazetteerEntry[];
      /** Time the linker itself took in the worker, for the benchmark. */
      linkMs: number;
    }
  | { id: number; type: 'error'; message: string };

export type LinkDone = Extract<LinkResponse, { type: 'done' }>;
export type LinkStage = Extract<LinkResponse, { type: 'progress' }>['stage'];
