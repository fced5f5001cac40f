import { useState } from 'react';
import { useAppStoreApi } from '../state/context';
import type { FactItem } from '../state/facts';

/** Which outlines the figures come from, said once under the facts. */
const FACTS_SOURCE =
  'Computed from the outlines drawn on this map (Natural Earth: first-level regions at 1:10m, countries at 1:50m). Regions are whole administrative regions, not the line of control.';

const VERDICT_WORDS: Record<FactItem['verdict'], string> = {
  agrees: 'Agrees with the map',
  contradicts: 'The map differs',
};

const TITLE = 'Checked against the map';

/**
 * "Checked against the map": each fact the outlines could check, with the words of the claim as a button that
 * brings its sentence into view. Renders nothing when there are none (or before they are computed).
 * `fold` makes the title a toggle that shows or hides the facts (the embed, where room is short), starting open or
 * closed; without it the facts are always shown.
 */
export function Facts({ items, fold }: { items: readonly FactItem[]; fold?: 'open' | 'closed' }) {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(fold !== 'closed');
  if (items.length === 0) return null;
  const shown = fold === undefined || open;
  return (
    <section
      className={fold ? 'facts facts--foldable' : 'facts'}
      aria-labelledby="facts-heading"
      data-testid="facts"
    >
      <h2 id="facts-heading">
        {fold ? (
          <button
            type="button"
            className="facts__toggle"
            aria-expanded={open}
            aria-controls="facts-body"
            onClick={() => setOpen(!open)}
          >
            {TITLE} ({items.length})
          </button>
        ) : (
          TITLE
        )}
      </h2>
      <div id="facts-body" hidden={!shown}>
        <ul>
          {items.map((item) => (
            <li key={item.key} className={`fact fact--${item.verdict}`}>
              <p className="fact-verdict">{VERDICT_WORDS[item.verdict]}</p>
              <button
                type="button"
                className="fact-claim"
                onClick={() => store.getState().focusSentence(item.sentence)}
              >
                “{item.claim}”<span className="visually-hidden"> (show the sentence)</span>
              </button>
              <p className="fact-statement">
                {item.verdict === 'contradicts' ? 'By the outlines drawn here, perhaps not: ' : ''}
                {item.statement}
              </p>
            </li>
          ))}
        </ul>
        <p className="facts-source">{FACTS_SOURCE}</p>
      </div>
    </section>
  );
}
