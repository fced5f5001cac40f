import { useId, useState } from 'react';
import type { Geometry } from 'geojson';
import type { PlaceStatus } from '../../linking/types';
import {
  MAX_IMPORT_BYTES,
  toCsv,
  toGeoJson,
  toLinkedPlaces,
  toMapSvg,
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

const MAP_WIDTH = 1200;
const MAP_HEIGHT = 800;

/**
 * The SVG drawn onto a canvas at `scale` and encoded as PNG. The image is loaded from a data: URL (the page's
 * Content-Security-Policy allows data: images, not blob: ones), so the canvas stays clean and can be read.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the map picture.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The map picture could not be encoded.'))),
      'image/png',
    ),
  );
}

/** Saves a file made in the page: a blob URL of our own origin, never a request anywhere. */
function download(name: string, type: string, body: string | Blob): void {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type }) : body);
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
  background = () => [],
  statusOf,
}: {
  meta: ExportMeta;
  geometryOf: (id: string) => Geometry | null;
  /** Outlines to draw in grey behind the places on the exported map (the countries the map shows). */
  background?: () => readonly Geometry[];
  /** A place's status where the outlines know it better than the gazetteer entry (see ExportInput.statusOf). */
  statusOf?: (id: string) => PlaceStatus | undefined;
}) {
  const store = useReviewStoreApi();
  const article = useReview((s) => s.reviewArticle);
  const editing = useReview((s) => s.reviewMode);
  const [status, setStatus] = useState<string | null>(null);
  const inputId = useId();
  if (!article) return null;

  const exportInput = (): ExportInput | null => {
    const links = store.getState().reviewed;
    if (!links) return null;
    const input: ExportInput = {
      articleId: article.id,
      text: article.text,
      meta,
      links,
      placeOf: (id) => article.gazetteer.byId.get(id) ?? article.base.places?.find((p) => p.id === id),
      geometryOf,
    };
    if (statusOf) input.statusOf = statusOf;
    return input;
  };

  const onExport = (format: Format, suffix: string, type: string) => {
    const input = exportInput();
    if (input) download(`${fileStem(meta, article.id)}-${suffix}`, type, serialise(format, input));
  };

  const onMap = async (scale: 0 | 1 | 2) => {
    const input = exportInput();
    if (!input) return;
    const svg = toMapSvg(input, { width: MAP_WIDTH, height: MAP_HEIGHT, background: background() });
    const stem = `${fileStem(meta, article.id)}-map`;
    if (scale === 0) {
      download(`${stem}.svg`, 'image/svg+xml', svg);
      return;
    }
    try {
      download(`${stem}@${scale}x.png`, 'image/png', await svgToPng(svg, MAP_WIDTH, MAP_HEIGHT, scale));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The map picture could not be made.');
    }
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
      <button type="button" onClick={() => void onMap(0)}>
        Map SVG
      </button>
      <button type="button" onClick={() => void onMap(1)}>
        Map PNG
      </button>
      <button type="button" onClick={() => void onMap(2)}>
        Map PNG 2×
      </button>
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
