import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { formatSize, MAX_ARTICLE_BYTES } from '../input/check';
import { guessMeta } from '../input/meta';
import type { ArticleMeta } from '../state/article';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { ArticleSummary } from '../state/storage';
import type { LinkJob } from './linkInWorker';
import { LinkCancelled } from './linkInWorker';
import type { LinkStage } from './linkProtocol';
import {
  mapArticle,
  showDefaultArticle,
  storageOrNull,
  openStoredArticle,
  articleStorage,
  forgetCorrections,
} from './library';

const EMPTY_META: ArticleMeta = { title: '', source: '', date: '' };
// Typing must stay fluid: the draft is written once the typing pauses, not on every key.
const DRAFT_DELAY_MS = 400;
const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; stage: LinkStage | 'reading'; chars: number }
  | { kind: 'error'; message: string };

function stageText(status: Extract<Status, { kind: 'working' }>): string {
  const size = `${status.chars.toLocaleString('en')} characters`;
  switch (status.stage) {
    case 'reading':
      return 'Reading the file…';
    case 'gazetteer':
      return `Looking up the place names of ${size}…`;
    case 'linking':
      return `Linking ${size} to places…`;
  }
}

/**
 * "Open an article": a button in the top bar and its dialog (paste, open or drop a file, title/source/date,
 * "Map this article"), with "Your articles" below it. What is typed is kept as a draft in this browser until it
 * is mapped; the article is linked in a worker and saved at once.
 */
export function OpenArticle() {
  const store = useAppStoreApi();
  const ownArticle = useAppStore((s) => s.article.stored);
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<ArticleMeta>(EMPTY_META);
  // Fields the user typed into are never overwritten by a guess.
  const edited = useRef<Set<keyof ArticleMeta>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [storageNote, setStorageNote] = useState<string | null>(null);
  const job = useRef<LinkJob | null>(null);
  const draftLoaded = useRef(false);
  const ids = { title: useId(), text: useId(), file: useId(), status: useId(), list: useId() };

  const refreshList = useCallback(async () => {
    const storage = await articleStorage();
    if ('unavailable' in storage) {
      setStorageNote(`${storage.unavailable}: articles you open are shown but not kept.`);
      setArticles([]);
      return;
    }
    const list = await storage.listArticles();
    setArticles(list.ok ? list.value : []);
    if (!list.ok) setStorageNote(list.message);
  }, []);

  const open = async () => {
    dialog.current?.showModal();
    void refreshList();
    if (draftLoaded.current) return;
    draftLoaded.current = true;
    const storage = await storageOrNull();
    const draft = await storage?.getDraft();
    if (draft?.ok && draft.value && text === '') {
      setText(draft.value.text);
      setMeta(draft.value.meta);
      for (const key of ['title', 'source', 'date'] as const)
        if (draft.value.meta[key]) edited.current.add(key);
    }
  };

  // The draft: written a moment after the last change; the mapped article clears it.
  useEffect(() => {
    if (!draftLoaded.current) return;
    const timer = setTimeout(() => {
      void storageOrNull().then((s) => s?.saveDraft({ text, meta }));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, meta]);

  const takeText = (next: string, title?: string) => {
    setText(next);
    const guess = guessMeta(next);
    setMeta((m) => ({
      title: edited.current.has('title') ? m.title : (title ?? guess.title),
      source: edited.current.has('source') ? m.source : guess.source,
      date: edited.current.has('date') ? m.date : guess.date,
    }));
  };

  const readFile = async (file: File) => {
    // A file over the limit is refused before it is read into memory.
    if (file.size > MAX_ARTICLE_BYTES) {
      setStatus({
        kind: 'error',
        message: `“${file.name}” is ${formatSize(file.size)}; the limit is ${formatSize(MAX_ARTICLE_BYTES)}. Open one article at a time.`,
      });
      return;
    }
    setStatus({ kind: 'working', stage: 'reading', chars: 0 });
    // The file decoder and the HTML/Markdown reducers are a chunk of their own, fetched when a file is opened.
    const { decodeArticleBytes } = await import('../input/decode');
    const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()), file.name, file.type);
    if (!decoded.ok) {
      setStatus({ kind: 'error', message: decoded.message });
      return;
    }
    edited.current.delete('title');
    takeText(decoded.text, decoded.title);
    setStatus({ kind: 'idle' });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const submit = async () => {
    const { job: started, outcome } = mapArticle(
      text,
      meta,
      (stage) => setStatus({ kind: 'working', stage, chars: text.length }),
      store,
    );
    job.current = started;
    if (started) setStatus({ kind: 'working', stage: 'gazetteer', chars: text.length });
    try {
      const result = await outcome;
      if (!result.ok) {
        setStatus({ kind: 'error', message: result.message });
        return;
      }
      setStatus({ kind: 'idle' });
      setText('');
      setMeta(EMPTY_META);
      edited.current.clear();
      dialog.current?.close();
    } catch (error) {
      if (error instanceof LinkCancelled) setStatus({ kind: 'idle' });
      else
        setStatus({
          kind: 'error',
          message: `The article could not be linked: ${error instanceof Error ? error.message : String(error)}`,
        });
    } finally {
      job.current = null;
    }
  };

  const cancel = () => {
    if (job.current) {
      job.current.cancel();
      return;
    }
    dialog.current?.close();
  };

  const rename = async (a: ArticleSummary) => {
    const title = window.prompt('New title for this article', a.title);
    if (title === null) return;
    const storage = await storageOrNull();
    const done = await storage?.renameArticle(a.id, title);
    if (done && !done.ok) setStorageNote(done.message);
    const current = store.getState().article;
    if (done?.ok && current.id === a.id) {
      // The header follows: the same article with its new title.
      store.setState({ article: { ...current, meta: { ...current.meta, title: done.value.title } } });
    }
    await refreshList();
  };

  const remove = async (a: ArticleSummary) => {
    if (
      !window.confirm(`Delete “${a.title || 'Untitled article'}” from this browser? This cannot be undone.`)
    )
      return;
    const storage = await storageOrNull();
    const done = await storage?.deleteArticle(a.id);
    if (done && !done.ok) setStorageNote(done.message);
    if (store.getState().article.id === a.id) showDefaultArticle(store);
    // Delete means delete: its review in localStorage goes too (after it has left the screen, so nothing re-saves it).
    if (done?.ok) forgetCorrections(a.id);
    await refreshList();
  };

  const reopen = async (a: ArticleSummary) => {
    if (await openStoredArticle(store, a.id)) dialog.current?.close();
  };

  const working = status.kind === 'working';
  const meta$ = (key: keyof ArticleMeta, label: string, hint: string) => (
    <label className="open__field">
      <span>
        {label} <span className="open__hint">{hint}</span>
      </span>
      <input
        type="text"
        value={meta[key]}
        maxLength={300}
        onChange={(e) => {
          edited.current.add(key);
          setMeta({ ...meta, [key]: e.currentTarget.value });
        }}
      />
    </label>
  );

  return (
    <>
      <button type="button" className="topbar__open" onClick={() => void open()}>
        Open an article
      </button>
      <dialog
        ref={dialog}
        className={dragging ? 'open is-dragging' : 'open'}
        aria-labelledby={ids.title}
        onClose={() => job.current?.cancel()}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (!working) void submit();
          }}
        >
          <h2 id={ids.title}>Open an article</h2>
          <p className="open__intro">
            Paste the text, or open or drop a file (.txt, .md, .html, up to 2 MB). It stays in this browser.
          </p>
          <label className="open__field" htmlFor={ids.text}>
            <span>Article text</span>
          </label>
          <textarea
            id={ids.text}
            value={text}
            rows={10}
            aria-describedby={ids.status}
            onChange={(e) => takeText(e.currentTarget.value)}
          />
          <label className="open__field open__file" htmlFor={ids.file}>
            <span>Or open a file</span>
          </label>
          <input
            id={ids.file}
            type="file"
            accept={ACCEPT}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFile(file);
              e.currentTarget.value = '';
            }}
          />
          <div className="open__meta">
            {meta$('title', 'Title', '(optional)')}
            {meta$('source', 'Source', '(optional)')}
            {meta$('date', 'Date', '(optional)')}
          </div>
          <p
            id={ids.status}
            className={status.kind === 'error' ? 'open__status open__status--error' : 'open__status'}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.kind === 'working' ? stageText(status) : status.kind === 'error' ? status.message : ''}
          </p>
          <div className="open__actions">
            <button type="submit" className="open__primary" disabled={working}>
              Map this article
            </button>
            <button type="button" onClick={cancel}>
              {working ? 'Stop' : 'Cancel'}
            </button>
          </div>
        </form>
        <section className="open__library" aria-labelledby={ids.list}>
          <h3 id={ids.list}>Your articles</h3>
          {storageNote && <p className="open__note">{storageNote}</p>}
          {articles === null ? null : articles.length === 0 ? (
            <p className="open__note">None yet: articles you map are kept here, in this browser only.</p>
          ) : (
            <ul>
              {articles.map((a) => (
                <li key={a.id} data-article={a.id}>
                  <button type="button" className="open__reopen" onClick={() => void reopen(a)}>
                    {a.title || 'Untitled article'}
                  </button>
                  <span className="open__meta-line">
                    {[a.date, `${a.placeCount} ${a.placeCount === 1 ? 'place' : 'places'}`]
                      .filter(Boolean)
                      .join(' · ')}
                    {a.problem ? ` · ${a.problem}` : ''}
                  </span>
                  <button
                    type="button"
                    onClick={() => void rename(a)}
                    aria-label={`Rename ${a.title || 'Untitled article'}`}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    onClick={() => void remove(a)}
                    aria-label={`Delete ${a.title || 'Untitled article'}`}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )}
          {ownArticle && (
            <button
              type="button"
              onClick={() => {
                showDefaultArticle(store);
                dialog.current?.close();
              }}
            >
              Back to the default article
            </button>
          )}
        </section>
      </dialog>
    </>
  );
}
