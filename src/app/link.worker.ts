/// <reference lib="webworker" />
/**
 * Links an opened article off the main thread: the page stays responsive while the world gazetteer is fetched and
 * parsed and the linker runs, whatever the text's length. One request at a time; the page cancels by terminating
 * the worker. Messages are the types in linkProtocol.ts.
 */
import gazetteerJson from '../../data/gazetteer.json';
import { linkArticle, paragraphs } from '../linking';
import { parseGazetteer } from '../state/data';
import type { LinkRequest, LinkResponse } from './linkProtocol';
import { gazetteerFor } from './world';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LinkResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<LinkRequest>) => {
  const { id, text } = event.data;
  void (async () => {
    try {
      const base = parseGazetteer(gazetteerJson);
      post({ id, type: 'progress', stage: 'gazetteer' });
      const gazetteer = await gazetteerFor(text, base, false);
      post({ id, type: 'progress', stage: 'linking' });
      const started = performance.now();
      const links = linkArticle(text, gazetteer);
      const linkMs = performance.now() - started;
      // Only the entries the links use travel back (and are stored with the article), not the whole gazetteer.
      const used = new Set(links.mentions.map((m) => m.featureId));
      const places = gazetteer.entries.filter((e) => used.has(e.id));
      post({ id, type: 'done', paragraphs: paragraphs(text), links, places, linkMs });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
