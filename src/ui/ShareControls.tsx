import { useEffect, useId, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import { CHAT_LINK_LIMIT, FragmentError } from '../state/fragment';
import {
  articleFragment,
  carriesArticle,
  embedSnippet,
  linkTo,
  shareStateOf,
  tooLongForChat,
} from '../state/share';
import type { ArticleModel } from '../state/article';

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

/** The fragment of an article a link must carry, or null (the default article), or why it cannot be carried. */
async function fragmentFor(article: ArticleModel): Promise<{ fragment: string | null } | { error: string }> {
  if (!carriesArticle(article)) return { fragment: null };
  try {
    return { fragment: await articleFragment(article) };
  } catch (error) {
    if (error instanceof FragmentError) return { error: error.message };
    throw error;
  }
}

/** The article as a text file a reader can send instead of a link, and open with "Open an article". */
function articleFile(article: ArticleModel): { href: string; name: string } {
  const { title, source, date } = article.meta;
  const head = [title, [source, date].filter(Boolean).join(', ')].filter(Boolean);
  const body =
    head.length && !article.text.startsWith(title) ? `${head.join('\n')}\n\n${article.text}` : article.text;
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'article';
  return {
    href: URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' })),
    name: `${slug}.txt`,
  };
}

/**
 * "Copy link" and "Embed": both read the store at the moment of the click, so they always match the screen. For a
 * reader's own article (or one opened from a link) the link carries the article itself in its fragment; a link
 * too long for chat tools says so and offers the article as a file.
 */
export function ShareControls() {
  const store = useAppStoreApi();
  const [status, setStatus] = useState<CopyStatus>(null);
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<{ href: string; name: string } | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [autoHeight, setAutoHeight] = useState(true);
  const panelId = useId();
  const article = useAppStore((s) => s.article);
  // The fragment of the article on screen, for the embed snippet (computed once the panel is open).
  const [embedFragment, setEmbedFragment] = useState<{
    article: ArticleModel;
    fragment: string | null;
  } | null>(null);

  // A link made for another article is stale: clear it when the article changes.
  useEffect(() => {
    setLink(null);
    setStatus(null);
    setProblem(null);
  }, [article]);
  useEffect(() => {
    if (!file) return;
    return () => URL.revokeObjectURL(file.href);
  }, [file]);
  useEffect(() => {
    if (!embedOpen) return;
    let live = true;
    void fragmentFor(article).then((r) => {
      if (live) setEmbedFragment({ article, fragment: 'error' in r ? null : r.fragment });
    });
    return () => {
      live = false;
    };
  }, [embedOpen, article]);

  const onCopyLink = async () => {
    const s = store.getState();
    const carried = await fragmentFor(s.article);
    if ('error' in carried) {
      setLink(null);
      setStatus(null);
      setProblem(`No link can carry this article: ${carried.error}`);
      return;
    }
    const url = linkTo(shareStateOf(store.getState(), carried.fragment), appBase());
    setLink(url);
    setProblem(null);
    if (tooLongForChat(url)) setFile(articleFile(s.article));
    setStatus({ what: 'link', ok: await copy(url) });
  };

  const ready = embedFragment?.article === article ? embedFragment : null;
  // A string selector: the panel re-renders when the link changes (the camera came to rest), not on every frame.
  const embedUrl = useAppStore((s) =>
    embedOpen && ready ? linkTo(shareStateOf(s, ready.fragment), appBase(), 'embed.html') : '',
  );
  const snippet = embedUrl ? embedSnippet(embedUrl, appBase(), autoHeight) : '';

  const onCopySnippet = async () => setStatus({ what: 'snippet', ok: await copy(snippet) });
  const long = link !== null && tooLongForChat(link);

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
        {problem}
        {status?.what === 'link' && (status.ok ? 'Link copied.' : 'Copy this link:')}
        {status?.what === 'snippet' &&
          (status.ok ? 'Embed code copied.' : 'Select the code above and copy it.')}
      </p>
      {status?.what === 'link' && link && (
        <input className="share__link" readOnly value={link} aria-label="Link to this view" />
      )}
      {long && (
        <p className="share__long" role="note">
          This link is {link.length.toLocaleString('en')} characters long, as it carries the whole article:
          over {CHAT_LINK_LIMIT.toLocaleString('en')}, too long for many chat tools and mail, which cut it.
          Send the article as a file instead (the reader opens it with “Open an article”):{' '}
          {file && (
            <a href={file.href} download={file.name}>
              Download the article (.txt)
            </a>
          )}
        </p>
      )}
      {embedOpen && (
        <div className="share__panel" id={panelId} role="group" aria-label="Embed this map">
          <label className="share__field">
            <span>Paste this into your page</span>
            <textarea readOnly rows={5} value={snippet} aria-label="Embed code" />
          </label>
          {tooLongForChat(embedUrl) && (
            <p className="share__long">
              The frame’s address carries the whole article ({embedUrl.length.toLocaleString('en')}{' '}
              characters); for a long article, publishing a site for it (npm run publish) gives a shorter one.
            </p>
          )}
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
