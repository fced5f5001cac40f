import { useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Geometry } from 'geojson';
import type { PlaceStatus } from '../../linking/types';
import { placeNumbers, toMapSvg, useReview, type ExportInput, type ExportMeta } from '../../state/review';
import { Block } from '../ArticlePanel';
import './print.css';

const MAP_WIDTH = 1200;
const MAP_HEIGHT = 800;

/**
 * What the printer gets: the title, the map picture with numbered places, and the article with each linked name
 * followed by the same number. Mounted only while the browser prints (beforeprint/afterprint), as a direct
 * child of <body>, so print.css can hide the app around it and the screen never pays for it.
 */
export function PrintView({
  meta,
  geometryOf,
  background = () => [],
  statusOf,
}: {
  meta: ExportMeta;
  geometryOf: (id: string) => Geometry | null;
  background?: () => readonly Geometry[];
  statusOf?: (id: string) => PlaceStatus | undefined;
}) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The print layout is taken right after beforeprint returns, so the view must be in the DOM by then.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  if (!printing) return null;
  return createPortal(
    <PrintContent meta={meta} geometryOf={geometryOf} background={background} statusOf={statusOf} />,
    document.body,
  );
}

/** The printed page itself; exported for tests, which render it without a print. */
export function PrintContent({
  meta,
  geometryOf,
  background,
  statusOf,
}: {
  meta: ExportMeta;
  geometryOf: (id: string) => Geometry | null;
  background: () => readonly Geometry[];
  statusOf: ((id: string) => PlaceStatus | undefined) | undefined;
}) {
  const article = useReview((s) => s.reviewArticle);
  const links = useReview((s) => s.reviewed);
  if (!article || !links) return null;
  const input: ExportInput = {
    articleId: article.id,
    text: article.text,
    meta,
    links,
    placeOf: (id) => article.gazetteer.byId.get(id) ?? article.base.places?.find((p) => p.id === id),
    geometryOf,
  };
  if (statusOf) input.statusOf = statusOf;
  const numbers = placeNumbers(input);
  const svg = toMapSvg(input, { width: MAP_WIDTH, height: MAP_HEIGHT, background: background() });
  const { text } = article;
  return (
    <div className="print-view">
      {meta.title !== '' && <h1>{meta.title}</h1>}
      {(meta.source !== '' || meta.date !== '') && (
        <p className="print-view__meta">{[meta.source, meta.date].filter((s) => s !== '').join(' · ')}</p>
      )}
      <img
        className="print-view__map"
        alt="Map of the places the article names, numbered in order of first mention"
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      />
      {article.paragraphs.map((p) => {
        const parts: ReactNode[] = [];
        let cursor = p.start;
        for (const m of links.mentions) {
          if (m.start < cursor || m.start < p.start || m.end > p.end) continue;
          parts.push(text.slice(cursor, m.end));
          const n = numbers.get(m.featureId);
          if (n !== undefined)
            parts.push(
              <sup key={m.start} className="print-view__number">
                {n}
              </sup>,
            );
          cursor = m.end;
        }
        parts.push(text.slice(cursor, p.end));
        return (
          <Block key={p.index} kind={p.kind}>
            {parts}
          </Block>
        );
      })}
    </div>
  );
}
