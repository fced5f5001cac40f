import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Feature, Geometry } from 'geojson';
import { boxesOverlap, boxOf, type Box } from '../geo/box';
import type { PlaceStatus } from '../linking/types';
import { shapeFiles } from '../map/articleData';
import { useAppStore } from '../state/context';
import { DATA_URLS } from './data';
import { whenIdle } from './idle';
import { baseFeatures } from '../map/featureFiles';
import type { ArticleModel } from '../state/article';
import { ExportControls } from '../ui/review/ExportControls';
import { PrintView } from '../ui/review/PrintView';
import { ReviewModeToggle } from '../ui/review/ReviewModeToggle';

interface Outlines {
  geometry: ReadonlyMap<string, Geometry>;
  status: ReadonlyMap<string, PlaceStatus>;
  background: readonly Geometry[];
}

const NO_OUTLINES: Outlines = { geometry: new Map(), status: new Map(), background: [] };
const STATUSES = new Set<string>(['claimed-2022', 'annexed-2014', 'soviet', 'none']);

/** The map's own outlines (regions, countries, the Soviet Union), read once per page (map/featureFiles.ts). */
function loadBaseOutlines(): Promise<Feature[]> {
  return baseFeatures(DATA_URLS.base, 'region', 'country', 'union');
}

/**
 * The outlines of the article's places, for the exports and the printed map: the same files the map loads (the
 * base outline files and the article's shape files, from our own origin, fetched once per page), so an export
 * never waits on the map's canvas. `background` holds the countries around the places, drawn grey. They are read
 * once the map has settled and the browser is idle: read at once, they competed with the map's own first load.
 */
function useOutlines(article: ArticleModel): { outlines: Outlines; ready: boolean } {
  const [state, setState] = useState<{ for: ArticleModel | null; outlines: Outlines }>({
    for: null,
    outlines: NO_OUTLINES,
  });
  const mapSettled = useAppStore((s) => s.mapStatus.state !== 'loading');
  useEffect(() => {
    if (!mapSettled) return;
    let live = true;
    let cancelIdle = () => {};
    const places = [...article.places.values()];
    const ids = new Set(article.places.keys());
    const load = () => {
      const shaped = import('../map/shapes').then(({ loadOutlines }) =>
        loadOutlines(shapeFiles(places), ids),
      );
      Promise.all([loadBaseOutlines(), shaped])
        .then(([base, { collection }]) => {
          if (!live) return;
          const geometry = new Map<string, Geometry>();
          const status = new Map<string, PlaceStatus>();
          for (const f of [...base, ...collection.features]) {
            const id = String(f.properties?.['id']);
            if (!ids.has(id) || geometry.has(id)) continue;
            geometry.set(id, f.geometry);
            const s: unknown = f.properties?.['status'];
            if (typeof s === 'string' && STATUSES.has(s)) status.set(id, s as PlaceStatus);
          }
          // The frame of the picture is about the places' extent; countries touching it are its background.
          const frame = places.reduce<Box | null>(
            (b, p) =>
              p.kind === 'country' || p.unlocated
                ? b
                : b
                  ? [
                      Math.min(b[0], p.bbox[0]),
                      Math.min(b[1], p.bbox[1]),
                      Math.max(b[2], p.bbox[2]),
                      Math.max(b[3], p.bbox[3]),
                    ]
                  : [...p.bbox],
            null,
          );
          const background = frame
            ? base
                .filter((f) => f.properties?.['kind'] === 'country' && boxesOverlap(boxOf(f.geometry), frame))
                .map((f) => f.geometry)
            : [];
          setState({ for: article, outlines: { geometry, status, background } });
        })
        // Without outlines the exports still carry every place as a point.
        .catch(() => live && setState({ for: article, outlines: NO_OUTLINES }));
    };
    cancelIdle = whenIdle(load);
    return () => {
      live = false;
      cancelIdle();
    };
  }, [article, mapSettled]);
  return { outlines: state.outlines, ready: state.for === article };
}

// The review bar comes with the editing mode, in a chunk of its own (see App.tsx).
const ReviewBar = /* @__PURE__ */ lazy(() =>
  import('../ui/review/ReviewBar').then((m) => ({ default: m.ReviewBar })),
);

/** Export (and, in the editing mode, the review bar): links as they stand, in every format, from this article. */
export function ReviewTools() {
  const article = useAppStore((s) => s.article);
  const editing = useAppStore((s) => s.reviewMode);
  const { outlines, ready } = useOutlines(article);
  const props = useMemo(
    () => ({
      meta: article.meta,
      geometryOf: (id: string) => outlines.geometry.get(id) ?? null,
      background: () => outlines.background,
      statusOf: (id: string) => outlines.status.get(id),
    }),
    [article, outlines],
  );
  return (
    <section
      className="review-tools"
      aria-label="Check and export links"
      data-outlines={ready ? 'ready' : 'loading'}
    >
      {/* A published site shows its links as published: they are corrected in the app (docs/publish.md, --links). */}
      {!import.meta.env.ATLAS_ONE_ARTICLE && <ReviewModeToggle />}
      <details className="review-tools__export">
        <summary>Export</summary>
        <ExportControls {...props} />
      </details>
      {editing && !import.meta.env.ATLAS_ONE_ARTICLE && (
        <Suspense fallback={null}>
          <ReviewBar />
        </Suspense>
      )}
      <PrintView {...props} />
    </section>
  );
}
