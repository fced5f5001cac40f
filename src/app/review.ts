/**
 * Review wired into the app's store: every article shown (the default one, a reader's own) becomes the article
 * under review, and the links after review become the article model the reader sees, so the passages, counts,
 * places list and map follow each edit. The world gazetteer (a large chunk of its own) is loaded only when the
 * editing mode is first entered, or when saved edits name a place only it has.
 */
import {
  compileGazetteer,
  compileGazetteerLazily,
  lazyGazetteer,
  type CompiledGazetteer,
} from '../linking/gazetteer';
import type { Gazetteer, GazetteerEntry } from '../linking/types';
import type { BaseLinks } from '../review/apply';
import { buildArticleModel, type ArticleModel } from '../state/article';
import type { ReviewArticle } from '../state/review';
import type { AppStore } from '../state/store';
import { DEFAULT_GAZETTEER } from './boot';

export interface ReviewWiring {
  /** Loads the world gazetteer (when the editing mode is first entered, or saved edits name a place only it has). */
  world?: (base: Gazetteer) => Promise<Gazetteer>;
  /** Called after each change of a stored article's edits, to keep them with its record too. */
  saveCorrections?: (articleId: string) => void;
}

/** The links of a model as the linker made them (the model keeps only mentions of places it knows). */
function linksOf(model: ArticleModel): BaseLinks {
  return { sentences: model.sentences, mentions: model.mentions };
}

let defaultCompiled: CompiledGazetteer | undefined;

/**
 * The gazetteer to choose places from: the world one once loaded (compiled once per page), else the default one,
 * with the article's own entries (places the linker made up, a stored article's entries) known by id too. The
 * default one's tries are compiled only when review first searches them.
 */
function gazetteerOf(model: ArticleModel, world: CompiledGazetteer | null): CompiledGazetteer {
  const compiled = world ?? (defaultCompiled ??= compileGazetteerLazily(DEFAULT_GAZETTEER));
  const own = [...model.places.values()].filter((e) => compiled.byId.get(e.id) !== e);
  if (own.length === 0) return compiled;
  // The article model's own entries win, so a corrected model describes its places as the uncorrected one did.
  const byId = new Map(compiled.byId);
  for (const e of own) byId.set(e.id, e);
  return lazyGazetteer(byId, () => compiled);
}

function reviewArticleOf(model: ArticleModel, gazetteer: CompiledGazetteer, links: BaseLinks): ReviewArticle {
  return {
    id: model.id,
    text: model.text,
    // The review components key paragraphs by index; the model keeps ranges. Its blocks are the paragraphs as the
    // reader sees them (a dateline apart, headings as headings), so review and print show the same.
    paragraphs: model.blocks.map((b, index) => ({ index, start: b.start, end: b.end, kind: b.kind })),
    base: links,
    gazetteer,
  };
}

/**
 * Connects the review slice of `store` to its article. Returns a function that disconnects it.
 * @example const stop = connectReview(store, { world: worldGazetteer }); stop();
 */
export function connectReview(store: AppStore, wiring: ReviewWiring = {}): () => void {
  /** The model as the linker made it, and the links review starts from. */
  let base: ArticleModel | null = null;
  let baseLinks: BaseLinks | null = null;
  /** The model this module last put in the store (the base one, or one built from the reviewed links). */
  let shown: ArticleModel | null = null;
  let reviewedSeen: unknown = undefined;
  let historySeen: unknown = undefined;
  // While the slice takes a new article it passes through states mixing the old links with the new article.
  let starting = false;
  let world: CompiledGazetteer | null = null;
  let worldLoading: Promise<void> | null = null;
  let worldFailed = false;

  const start = (model: ArticleModel) => {
    base = model;
    baseLinks = linksOf(model);
    starting = true;
    try {
      store.getState().setReviewArticle(reviewArticleOf(model, gazetteerOf(model, world), baseLinks));
    } finally {
      starting = false;
    }
    historySeen = store.getState().reviewHistory;
  };

  /** The model the reader sees: the base one while nothing is corrected, else one built from the reviewed links. */
  const derive = (): ArticleModel | null => {
    const s = store.getState();
    const article = s.reviewArticle;
    if (!base || !article || !s.reviewed || article.id !== base.id || article.text !== base.text) return null;
    const corrected = s.reviewHistory.edits.length > 0 || article.base !== baseLinks;
    if (!corrected) return base;
    const entries: GazetteerEntry[] = [];
    for (const m of s.reviewed.mentions) {
      const entry =
        article.gazetteer.byId.get(m.featureId) ?? article.base.places?.find((p) => p.id === m.featureId);
      if (entry) entries.push(entry);
    }
    const model = buildArticleModel(base.text, base.paragraphs, s.reviewed, entries, {
      id: base.id,
      meta: base.meta,
      stored: base.stored,
    });
    // An article opened from a link keeps its address; its share links now carry these corrections (share.ts).
    return { ...model, corrected: true, ...(base.shared !== undefined ? { shared: base.shared } : {}) };
  };

  const sync = () => {
    const s = store.getState();
    if (s.article !== shown) {
      // Another article (or the same one afresh from the linker): review starts on it.
      shown = s.article;
      reviewedSeen = undefined;
      start(s.article);
    }
    if (starting) return;
    const now = store.getState();
    if (now.reviewed !== reviewedSeen) {
      reviewedSeen = now.reviewed;
      const next = derive();
      if (next && next !== shown) {
        shown = next;
        now.setArticleLinks(next);
      }
    }
    const after = store.getState();
    if (after.reviewHistory !== historySeen) {
      historySeen = after.reviewHistory;
      if (base?.stored) wiring.saveCorrections?.(base.id);
    }
    // Candidates and search need every place; saved edits may name a place only the world gazetteer has.
    const unknown =
      after.reviewed !== null &&
      after.reviewArticle !== null &&
      after.reviewed.mentions.some((m) => !after.reviewArticle?.gazetteer.byId.has(m.featureId));
    if (after.reviewMode || unknown) loadWorld();
  };

  /** Loads the world gazetteer once; review then restarts with it (the edits so far are saved, so they come back). */
  const loadWorld = () => {
    if (world || worldLoading || worldFailed || !wiring.world) return;
    worldLoading = wiring
      .world(DEFAULT_GAZETTEER)
      .then((loaded) => {
        world = compileGazetteer(loaded);
        if (base) {
          // The mention open for review stays open (its candidates now come from the world).
          const target = store.getState().reviewTarget;
          start(base);
          if (target) store.getState().openReview(target);
          reviewedSeen = undefined;
          sync();
        }
      })
      .catch(() => {
        worldFailed = true;
        store.setState({
          reviewMessage: 'The world gazetteer could not be loaded; only the default places can be chosen.',
        });
      })
      .finally(() => {
        worldLoading = null;
        const json = pendingImport;
        pendingImport = null;
        if (json !== null && importNow(json)) store.setState({ reviewMessage: 'Imported the annotations.' });
      });
  };

  // An annotation file may name any place, so it is read with the world gazetteer: one chosen before that has
  // loaded waits for it (the review bar says so) and is then read as usual.
  const importNow = store.getState().importReview;
  let pendingImport: string | null = null;
  store.setState({
    importReview: (json) => {
      if (world || worldFailed || !wiring.world) return importNow(json);
      pendingImport = json;
      store.setState({ reviewMessage: 'The annotations will be read once the world gazetteer has loaded…' });
      loadWorld();
      return false;
    },
  });

  const unsubscribe = store.subscribe(sync);
  sync();
  return unsubscribe;
}
