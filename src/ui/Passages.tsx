import { mentionCountLabel, readingNote, spelledNote, variantSpellings } from '../state/article';
import { useAppStore, useAppStoreApi } from '../state/context';
import { renderWithMentions } from './ArticlePanel';

const KIND_LABEL: Record<string, string> = {
  region: 'region of Ukraine',
  country: 'country',
  city: 'town',
  landmark: 'landmark',
  union: 'former state',
  sea: 'sea',
};

/** The sentences that mention the selected place, in article order, each a link back into the article. */
export function Passages() {
  const store = useAppStoreApi();
  const article = useAppStore((s) => s.article);
  const selectedId = useAppStore((s) => s.selectedId);
  if (!selectedId) {
    return (
      <section className="passages passages--empty" aria-label="Passages">
        <p className="hint">
          Select a place on the map or a highlighted name in the article to read what the article says about
          it.
        </p>
      </section>
    );
  }
  const place = article.places.get(selectedId);
  const indices = article.sentencesByPlace.get(selectedId) ?? [];
  if (!place) return null;
  const spelled = spelledNote(variantSpellings(article.mentions, selectedId, place.name));
  return (
    <section className="passages" aria-labelledby="passages-title" data-testid="passages">
      <header className="passages__header">
        <h2 id="passages-title">
          {place.name} — {mentionCountLabel(indices.length)}
        </h2>
        <button
          type="button"
          className="close"
          aria-label="Clear selection"
          onClick={() => store.getState().clearSelection()}
        >
          ×
        </button>
      </header>
      <p className="passages__kind">{KIND_LABEL[place.kind] ?? place.kind}</p>
      {spelled && (
        <p className="passages__spelling" data-testid="spelled">
          {spelled}
        </p>
      )}
      <ol className="passages__list">
        {indices.map((i) => {
          const s = article.sentences[i];
          if (!s) return null;
          const own = article.mentions.filter(
            (m) => m.start >= s.start && m.end <= s.end && m.featureId === selectedId,
          );
          return (
            <li key={i}>
              <button
                type="button"
                className="passage"
                data-sentence-link={i}
                onClick={() => store.getState().focusSentence(i)}
              >
                {renderWithMentions(article.text, s.start, s.end, own, (m) => {
                  const note = readingNote(m, place.name);
                  return (
                    <mark key={m.start} title={note} aria-description={note} data-reading={m.reading}>
                      {m.surface}
                    </mark>
                  );
                })}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
