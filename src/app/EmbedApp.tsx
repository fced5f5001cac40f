import { useState } from 'react';
import { useEscapeClears } from './useEscapeClears';
import { MapView } from '../map/MapView';
import { StoreContext, useAppStore } from '../state/context';
import { linkTo, urlStateOf } from '../state/share';
import type { AppStore } from '../state/store';
import { Announcer } from '../ui/Announcer';
import { ArticlePanel } from '../ui/ArticlePanel';
import { Legend } from '../ui/Legend';
import { Notice } from '../ui/Notice';
import { Passages } from '../ui/Passages';
import { PlacesList } from '../ui/PlacesList';
import { useHydrated } from '../ui/useHydrated';
import { DATA_URLS } from './data';
import { CheckedFacts } from './CheckedFacts';

const EMBED_MAP = { cooperative: true } as const;

/** The embed: map and passages, a folded legend, the article behind a toggle, and a way out to the full map. */
export function EmbedApp({ store }: { store: AppStore }) {
  // As in the full app (only while focus is inside the frame).
  useEscapeClears(store);

  return (
    <StoreContext.Provider value={store}>
      {/* One main landmark and one h1, as on any page: a screen reader lands in the frame knowing what it is. The
          name keeps the landmark distinct from the host page's own main around the iframe. */}
      <main className="embed" aria-labelledby="embed-title">
        <h1 id="embed-title" className="visually-hidden">
          Article Atlas: a map of the places in the article
        </h1>
        <div className="map-column embed__map">
          <MapView urls={DATA_URLS} options={EMBED_MAP} />
          <Legend compact />
        </div>
        <aside className="embed__side" aria-label="Passages and article">
          <Notice />
          {/* The keyboard and screen-reader route to every place on the map, folded to keep the frame small. */}
          <PlacesList folded />
          <Passages />
          <ArticleToggle />
          {/* Below the article's toggle, as the app has it below the article: the box arrives about a second after
              the map is ready, and above the toggle it pushed the button down under a reader's finger (74 px on a
              phone). */}
          <EmbedFacts />
          <EmbedFooter />
        </aside>
        <Announcer />
      </main>
    </StoreContext.Provider>
  );
}

/** Wide frames put the side column beside the map (embed.css), where it scrolls on its own. */
const WIDE_FRAME = '(min-width: 700px)';

/**
 * "Checked against the map", as in the app (a fact selects its sentence, and the article opens for it), behind a
 * toggle in the heading: open where the side column beside the map has room, folded in a narrow frame, whose height
 * every line adds to.
 */
function EmbedFacts() {
  // Read once, on the client: the box is never prerendered (its facts come after the map is ready).
  const [fold] = useState<'open' | 'closed'>(() =>
    typeof window !== 'undefined' && window.matchMedia(WIDE_FRAME).matches ? 'open' : 'closed',
  );
  return <CheckedFacts urls={DATA_URLS} fold={fold} />;
}

/**
 * The article is folded by default; it opens on request, and on its own when the reader (or a link) asks to see a
 * sentence, since a passage's "go to sentence" needs the article on screen.
 */
function ArticleToggle() {
  const focusSeq = useAppStore((s) => s.focus?.seq ?? 0);
  const [open, setOpen] = useState(false);
  const [dismissedSeq, setDismissedSeq] = useState(0);
  const shown = open || focusSeq > dismissedSeq;
  return (
    <>
      <button
        type="button"
        className="embed__toggle"
        aria-expanded={shown}
        aria-controls="embed-article"
        onClick={() => {
          if (shown) {
            setOpen(false);
            setDismissedSeq(focusSeq);
          } else setOpen(true);
        }}
      >
        {shown ? 'Hide the article' : 'Read the article'}
      </button>
      <div id="embed-article" hidden={!shown}>
        {shown && <ArticlePanel />}
      </div>
    </>
  );
}

function EmbedFooter() {
  // The prerendered HTML links to the app's root; the link with this page's state (and absolute address) comes
  // with the render after hydration, before the first paint.
  const hydrated = useHydrated();
  // A string selector: the link is re-rendered when the state it describes changes, not on every camera frame.
  const href = useAppStore((s) =>
    hydrated
      ? linkTo(urlStateOf(s), new URL(import.meta.env.BASE_URL, window.location.href).href)
      : import.meta.env.BASE_URL,
  );
  return (
    <p className="embed__footer">
      <a href={href} target="_blank" rel="noopener">
        Open full map
      </a>
      <span> · Article Atlas · Natural Earth</span>
    </p>
  );
}
