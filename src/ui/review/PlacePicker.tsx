import { useId, useState } from 'react';
import type { CompiledGazetteer } from '../../linking/gazetteer';
import type { GazetteerEntry } from '../../linking/types';
import { candidateLabel, searchGazetteer, useReviewStoreApi, type Candidate } from '../../state/review';

const SEARCH_LIMIT = 12;

/** "48.02° N, 37.80° E": where a candidate is, in words, next to the map's preview of it. */
export function positionLabel(entry: GazetteerEntry): string {
  const [lon, lat] = entry.point ??
    entry.label ?? [(entry.bbox[0] + entry.bbox[2]) / 2, (entry.bbox[1] + entry.bbox[3]) / 2];
  const ns = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}`;
  const ew = `${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
  return `${ns}, ${ew}`;
}

function CandidateList({
  candidates,
  onChoose,
  label,
}: {
  candidates: readonly Candidate[];
  onChoose: (id: string) => void;
  label: string;
}) {
  const store = useReviewStoreApi();
  const preview = (id: string | null) => store.getState().previewPlace(id);
  return (
    <ul className="review-candidates" aria-label={label}>
      {candidates.map((c) => (
        <li key={c.entry.id}>
          <button
            type="button"
            className="review-candidate"
            data-place={c.entry.id}
            onClick={() => onChoose(c.entry.id)}
            onMouseEnter={() => preview(c.entry.id)}
            onMouseLeave={() => preview(null)}
            onFocus={() => preview(c.entry.id)}
            onBlur={() => preview(null)}
          >
            <span className="review-candidate__name">{candidateLabel(c)}</span>{' '}
            <span className="review-candidate__where">
              {c.entry.unlocated ? 'not on the map' : positionLabel(c.entry)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Places to choose from: the gazetteer's candidates for the words (when given), and a search of the whole
 * gazetteer by the start of a name. Pointing at a place previews it on the map (the store's `reviewPreview`).
 */
export function PlacePicker({
  gazetteer,
  candidates,
  onChoose,
  candidatesLabel = 'Places with this name',
}: {
  gazetteer: CompiledGazetteer;
  candidates: readonly Candidate[];
  onChoose: (id: string) => void;
  candidatesLabel?: string;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const results = query.trim() === '' ? [] : searchGazetteer(query, gazetteer, SEARCH_LIMIT);
  return (
    <div className="review-picker">
      {candidates.length > 0 && (
        <>
          <p className="review-picker__heading">{candidatesLabel}</p>
          <CandidateList candidates={candidates} onChoose={onChoose} label={candidatesLabel} />
        </>
      )}
      <label className="review-picker__heading" htmlFor={searchId}>
        Search the gazetteer
      </label>
      <input
        id={searchId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={80}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Start of a place name"
      />
      {query.trim() !== '' &&
        (results.length === 0 ? (
          <p className="review-picker__none">No place starts with ‘{query.trim()}’.</p>
        ) : (
          <CandidateList candidates={results} onChoose={onChoose} label="Search results" />
        ))}
    </div>
  );
}
