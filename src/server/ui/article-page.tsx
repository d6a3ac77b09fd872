import type { ArticleView } from '../../store/index.ts';
import { Layout, OutletChip } from './layout.tsx';
import { outletName } from './outlet-colours.ts';

/**
 * An article's text, in paragraphs as its lines run, with the stretch `mark` (offsets into the text, as
 * every annotation gives them) marked and scrolled to: where a line of a dossier came from.
 */
export function ArticlePage({ article, mark }: { article: ArticleView; mark: { start: number; end: number } | null }) {
  const outlet = outletName(article);
  return (
    <Layout title={article.title ?? article.source}>
      {article.storyId ? (
        <p class="small">
          <a href={`/stories/${encodeURIComponent(article.storyId)}`}>← the story</a>
        </p>
      ) : null}
      <h1>
        <bdi>{article.title ?? article.source}</bdi>
      </h1>
      <div class="figures">
        <OutletChip outlet={outlet} />
        <span>{article.published ?? 'undated'}</span>
        {article.byline ? <bdi>{article.byline}</bdi> : null}
        {article.language ? <span>{article.language}</span> : null}
        {article.url ? (
          <a href={article.url} rel="noreferrer noopener">
            original
          </a>
        ) : null}
        <a href={`/api/articles/${encodeURIComponent(article.id)}`}>JSON</a>
      </div>
      {mark ? (
        <p class="small muted">
          The marked passage is the evidence you followed. <a href="#evidence">Go to it</a>
        </p>
      ) : null}
      <article class="text" dir="auto">
        {paragraphs(article.text).map((paragraph) => (
          <p dir="auto">{marked(article.text, paragraph, mark)}</p>
        ))}
      </article>
      {article.messages.length ? (
        <details class="messages">
          <summary>{article.messages.length} notes from reading it</summary>
          <ul>
            {article.messages.map((message) => (
              <li>
                {message.severity} ({message.origin}): <bdi>{message.reason}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Layout>
  );
}

/** The text's paragraphs as offsets: one per run of lines, blank lines between. */
function paragraphs(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}

/** A paragraph's text, the part of it inside `mark` in a `<mark>`; the first such part carries the id the link scrolls to. */
function marked(text: string, paragraph: { start: number; end: number }, mark: { start: number; end: number } | null) {
  if (!mark || mark.end <= paragraph.start || mark.start >= paragraph.end) return text.slice(paragraph.start, paragraph.end);
  const from = Math.max(mark.start, paragraph.start);
  const to = Math.min(mark.end, paragraph.end);
  return (
    <>
      {text.slice(paragraph.start, from)}
      <mark class="evidence" id={from === mark.start ? 'evidence' : undefined}>
        {text.slice(from, to)}
      </mark>
      {text.slice(to, paragraph.end)}
    </>
  );
}
