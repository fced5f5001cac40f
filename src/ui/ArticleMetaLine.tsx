import { useAppStore } from '../state/context';

/** The header line saying which article is shown: its title, source and date, as far as they are known. */
export function ArticleMetaLine() {
  const meta = useAppStore((s) => s.article.meta);
  const line = [meta.title, meta.source, meta.date].filter((part) => part.trim() !== '').join(' · ');
  return <p className="topbar__meta">{line || 'Untitled article'}</p>;
}
