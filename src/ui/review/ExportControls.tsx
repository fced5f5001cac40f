import { useId, useState } from 'react';
import type { Geometry } from 'geojson';
import {
  MAX_IMPORT_BYTES,
  toCsv,
  toGeoJson,
  toLinkedPlaces,
  toW3cAnnotations,
  useReview,
  useReviewStoreApi,
  type ExportInput,
  type ExportMeta,
} from '../../state/review';

type Format = 'geojson' | 'w3c' | 'lpf' | 'csv';

const FORMATS: ReadonlyArray<{ format: Format; label: string; suffix: string; type: string }> = [
  { format: 'geojson', label: 'GeoJSON', suffix: 'places.geojson', type: 'application/geo+json' },
  { format: 'w3c', label: 'Web Annotations', suffix: 'annotations.jsonld', type: 'application/ld+json' },
  { format: 'lpf', label: 'Linked Places', suffix: 'places.lpf.jsonld', type: 'application/ld+json' },
  { format: 'csv', label: 'CSV', suffix: 'mentions.csv', type: 'text/csv;charset=utf-8' },
];

/** A file name from the article's title or id: letters, digits and hyphens only. */
function fileStem(meta: ExportMeta, id: string): string {
  const stem = (meta.title || id)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return stem || 'article';
}

function serialise(format: Format, input: ExportInput): string {
  if (format === 'csv') return toCsv(input);
  const doc =
    format === 'geojson'
      ? toGeoJson(input)
      : format === 'lpf'
        ? toLinkedPlaces(input)
        : toW3cAnnotations(input);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Saves a file made in the page: a blob URL of our own origin, never a request anywhere. */
function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download by the next task; then the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Export the links as they stand (reviewed or not) in four formats, and, in the editing mode, import an
 * annotation file exported earlier for this article. `geometryOf` gives the outlines the map has loaded.
 */
export function ExportControls({
  meta,
  geometryOf,
}: {
  meta: ExportMeta;
  geometryOf: (id: string) => Geometry | null;
}) {
  const store = useReviewStoreApi();
  const article = useReview((s) => s.reviewArticle);
  const editing = useReview((s) => s.reviewMode);
  const [status, setStatus] = useState<string | null>(null);
  const inputId = useId();
  if (!article) return null;

  const onExport = (format: Format, suffix: string, type: string) => {
    const links = store.getState().reviewed;
    if (!links) return;
    const input: ExportInput = {
      articleId: article.id,
      text: article.text,
      meta,
      links,
      placeOf: (id) => article.gazetteer.byId.get(id) ?? article.base.places?.find((p) => p.id === id),
      geometryOf,
    };
    download(`${fileStem(meta, article.id)}-${suffix}`, type, serialise(format, input));
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus(`Nothing was imported: ${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      return;
    }
    const ok = store.getState().importReview(await file.text());
    setStatus(ok ? `Imported the links of ${file.name}.` : null);
  };

  return (
    <div className="export-controls" role="group" aria-label="Export links">
      {FORMATS.map(({ format, label, suffix, type }) => (
        <button key={format} type="button" onClick={() => onExport(format, suffix, type)}>
          {label}
        </button>
      ))}
      {editing && (
        <>
          <label htmlFor={inputId} className="review-link-button">
            Import annotations…
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            onChange={(e) => {
              void onImport(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </>
      )}
      {status !== null && (
        <p className="export-controls__message" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
