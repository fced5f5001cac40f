/**
 * The built page's first view lays out only the article's paragraphs on screen (index.html's `first-view` class,
 * app.css): the first paint of a long article does not wait on text nobody sees yet. This ends that, once: every
 * paragraph is then laid out at its real height.
 *
 * main.tsx calls it when the page's script first has an idle moment. ArticlePanel calls it before it scrolls to a
 * sentence, so the scroll is aimed with every paragraph at its real height rather than at an estimate (Chromium
 * lands such a scroll right either way in our tests; this does not depend on it).
 */
export function layOutWholeArticle(): void {
  document.documentElement.classList.remove('first-view');
}
