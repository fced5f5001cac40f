import { useId, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import { embedSnippet, linkTo, urlStateOf } from '../state/share';

type CopyStatus = { what: string; ok: boolean } | null;

/** The app's own address; read only when a link is made, so the component also renders without a window (the prerender). */
const appBase = (): string => new URL(import.meta.env.BASE_URL, window.location.href).href;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an embed without clipboard-write, an old browser): the text stays on screen to copy by hand.
    return false;
  }
}

/** "Copy link" and "Embed": both read the store at the moment of the click, so they always match the screen. */
export function ShareControls() {
  const store = useAppStoreApi();
  const [status, setStatus] = useState<CopyStatus>(null);
  const [link, setLink] = useState<string | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [autoHeight, setAutoHeight] = useState(true);
  const panelId = useId();

  const onCopyLink = async () => {
    const url = linkTo(urlStateOf(store.getState()), appBase());
    setLink(url);
    setStatus({ what: 'link', ok: await copy(url) });
  };

  // A string selector: the panel re-renders when the link changes (the camera came to rest), not on every frame.
  const embedUrl = useAppStore((s) => (embedOpen ? linkTo(urlStateOf(s), appBase(), 'embed.html') : ''));
  const snippet = embedOpen ? embedSnippet(embedUrl, appBase(), autoHeight) : '';

  const onCopySnippet = async () => setStatus({ what: 'snippet', ok: await copy(snippet) });

  return (
    <div className="share">
      <button type="button" className="share__button" onClick={() => void onCopyLink()}>
        Copy link
      </button>
      <button
        type="button"
        className="share__button"
        aria-expanded={embedOpen}
        aria-controls={panelId}
        onClick={() => setEmbedOpen((o) => !o)}
      >
        Embed
      </button>
      <p className="share__status" role="status">
        {status?.what === 'link' && (status.ok ? 'Link copied.' : 'Copy this link:')}
        {status?.what === 'snippet' &&
          (status.ok ? 'Embed code copied.' : 'Select the code above and copy it.')}
      </p>
      {status?.what === 'link' && !status.ok && link && (
        <input className="share__link" readOnly value={link} aria-label="Link to this view" />
      )}
      {embedOpen && (
        <div className="share__panel" id={panelId} role="group" aria-label="Embed this map">
          <label className="share__field">
            <span>Paste this into your page</span>
            <textarea readOnly rows={5} value={snippet} aria-label="Embed code" />
          </label>
          <label className="share__check">
            <input
              type="checkbox"
              checked={autoHeight}
              onChange={(e) => setAutoHeight(e.currentTarget.checked)}
            />
            Resize the frame to fit its content (adds our small script)
          </label>
          <button type="button" className="share__button" onClick={() => void onCopySnippet()}>
            Copy embed code
          </button>
        </div>
      )}
    </div>
  );
}
