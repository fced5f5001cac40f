import { renderToString } from 'react-dom/server';
import { App } from './App';
import { EmbedApp } from './EmbedApp';
import { createStoreFromLocation } from './boot';
import { connectReview } from './review';

/**
 * The full app as it first appears with no state in the URL, as HTML: the build writes it into index.html
 * (build/plugins/prerender.ts) so the article paints before any script has arrived, and main.tsx then
 * hydrates it. Any difference from the browser's first render would be a hydration error, which e2e tests catch.
 */
export function prerenderApp(): string {
  const store = createStoreFromLocation({ search: '', hash: '' });
  // The page connects review before it hydrates, so the first view holds the review and export controls too.
  connectReview(store);
  return renderToString(<App store={store} />);
}

/** The embed's first view (embed.html with no parameters), likewise; main-embed.tsx hydrates it. */
export function prerenderEmbed(): string {
  return renderToString(
    <EmbedApp store={createStoreFromLocation({ search: '', hash: '' }, { embed: true })} />,
  );
}
