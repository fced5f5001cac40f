import { useEffect, useMemo, useState } from 'react';
import type { Geometry } from 'geojson';
import type { PlaceStatus } from '../linking/types';
import { shapeFiles } from '../map/articleData';
import { useAppStore } from '../state/context';
import type { ArticleModel } from '../state/article';
import { ExportControls, PrintView, ReviewBar, ReviewModeToggle } from '../ui/review';

interface Outlines {
  geometry: ReadonlyMap<string, Geometry>;
  status: ReadonlyMap<string, PlaceStatus>;
}

const NO_OUTLINES: Outlines = { geometry: new Map(), status: new Map() };
const STATUSES = new Set<string>(['claimed-2022', 'annexed-2014', 'soviet', 'none']);

/**
 * The outlines of the article's places, for the exports and the printed map: the same outline files the map
 * loads (fetched once per page, from our own origin), so an export never waits on the map's canvas.
 */
function useOutlines(article: ArticleModel): { outlines: Outlines; ready: boolean } {
  const [state, setState] = useState<{ for: ArticleModel | null; outlines: Outlines }>({
    for: null,
    outlines: NO_OUTLINES,
  });
  useEffect(() => {
    let live = true;
    const places = [...article.places.values()];
    void import('../map/shapes')
      .then(({ loadOutlines }) => loadOutlines(shapeFiles(places), new Set(article.places.keys())))
      .then(({ collection }) => {
        if (!live) return;
        const geometry = new Map<string, Geometry>();
        const status = new Map<string, PlaceStatus>();
        for (const f of collection.features) {
          const id = String(f.properties?.['id']);
          geometry.set(id, f.geometry);
          const s: unknown = f.properties?.['status'];
          if (typeof s === 'string' && STATUSES.has(s)) status.set(id, s as PlaceStatus);
        }
        setState({ for: article, outlines: { geometry, status } });
      })
      // Without outlines the exports still carry every place as a point.
      .catch(() => live && setState({ for: article, outlines: NO_OUTLINES }));
    return () => {
      live = false;
    };
  }, [article]);
  return { outlines: state.outlines, ready: state.for === article };
}

/** Export (and, in the editing mode, the review bar): links as they stand, in every format, from this article. */
export function ReviewTools() {
  const article = useAppStore((s) => s.article);
  const editing = useAppStore((s) => s.reviewMode);
  const { outlines, ready } = useOutlines(article);
  const props = useMemo(
    () => ({
      meta: article.meta,
      geometryOf: (id: string) => outlines.geometry.get(id) ?? null,
      // The countries the article names, drawn grey behind the places on the map picture.
      background: () =>
        [...article.places.values()]
          .filter((p) => p.kind === 'country')
          .flatMap((p) => outlines.geometry.get(p.id) ?? []),
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
      <ReviewModeToggle />
      <details className="review-tools__export">
        <summary>Export</summary>
        <ExportControls {...props} />
      </details>
      {editing && <ReviewBar />}
      <PrintView {...props} />
    </section>
  );
}
