import type { Dossier } from '../model/index.ts';
import type { BatchOutline } from '../pipeline.ts';
import type { ReportFormat } from '../report/index.ts';
import { articlesInNoStory } from './story-dossiers.ts';

/**
 * One line of the index: a story's number, its summary and articles, and the file that holds its dossier
 * (none on stdout). What the index keeps of a dossier once it is written: the dossier itself is let go.
 */
export interface IndexedStory {
  number: number;
  summary: Dossier['story'];
  articleIds: string[];
  /** Whether any of its articles names its outlet. */
  outletsKnown: boolean;
  file: string | null;
}

/** A story's line of the index, from its dossier. */
export function indexEntry(number: number, dossier: Dossier, file: string | null): IndexedStory {
  return { number, summary: dossier.story, articleIds: dossier.articles.map((article) => article.id), outletsKnown: dossier.articles.some((article) => article.outlet), file };
}

/** The outline of a batch dossier that holds every story (analyzeStory's), as analyzeEachStory gives it. */
export function outlineOf(batch: Dossier): BatchOutline {
  return {
    schemaVersion: batch.schemaVersion,
    articles: batch.articles.length,
    stories: batch.story.stories.length,
    inNoStory: articlesInNoStory(batch).map(({ id, source }) => ({ id, source })),
    failed: batch.failed,
  };
}

/** A title from an article, as one short line: "Fire at the warehouse", never 200,000 characters. */
const TITLE_LENGTH = 120;

/** "12 stories in 200 articles": the head of the index and of a several-story report. */
export function describeBatch(batch: BatchOutline): string {
  return `${batch.stories} ${batch.stories === 1 ? 'story' : 'stories'} in ${batch.articles} ${batch.articles === 1 ? 'article' : 'articles'}`;
}

export function storyTitle(title: string | null): string {
  const line = (title ?? 'Untitled story').replace(/\s+/g, ' ').trim();
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

/** "18 articles · 12 outlets", or "6 articles, outlets unknown" when no article names its outlet. */
export function describeCounts(story: IndexedStory): string {
  const { articles, outlets } = story.summary;
  return `${articles} ${articles === 1 ? 'article' : 'articles'}${story.outletsKnown ? ` · ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}` : ', outlets unknown'}`;
}

/** The index of a batch's stories, in the chosen format: what `--out-dir` writes beside the dossiers. */
export function renderStoryIndex(batch: BatchOutline, stories: readonly IndexedStory[], format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(indexAsJson(batch, stories), null, 2)}\n`;
  if (format === 'html') return indexAsHtml(batch, stories);
  return indexAsMarkdown(batch, stories);
}

function indexAsJson(batch: BatchOutline, stories: readonly IndexedStory[]) {
  return {
    schemaVersion: batch.schemaVersion,
    articles: batch.articles,
    stories: stories.map((story) => ({
      number: story.number,
      title: story.summary.title,
      articles: story.summary.articles,
      outlets: story.summary.outlets,
      independent: story.summary.independent,
      file: story.file,
      articleIds: story.articleIds,
    })),
    inNoStory: batch.inNoStory,
    failed: batch.failed,
  };
}

export function indexAsMarkdown(batch: BatchOutline, stories: readonly IndexedStory[]): string {
  const lines = [`# ${describeBatch(batch)}`, ''];
  for (const story of stories) {
    const title = escapeMarkdown(storyTitle(story.summary.title));
    lines.push(`${story.number}. ${story.file ? `[${title}](${encodeURI(story.file)})` : title} — ${describeCounts(story)}`);
  }
  const loose = batch.inNoStory;
  if (loose.length) lines.push('', `In no story (${loose.length}): ${loose.map((article) => `\`${escapeCode(article.source)}\``).join(', ')}`);
  if (batch.failed.length) lines.push('', `Could not be read or analysed (${batch.failed.length}):`, ...batch.failed.map((failure) => `- \`${escapeCode(failure.source)}\`: ${escapeMarkdown(failure.reason)}`));
  return `${lines.join('\n')}\n`;
}

function indexAsHtml(batch: BatchOutline, stories: readonly IndexedStory[]): string {
  const heading = escapeHtml(describeBatch(batch));
  const items = stories.map((story) => {
    const title = `<bdi>${escapeHtml(storyTitle(story.summary.title))}</bdi>`;
    return `<li>${story.file ? `<a href="${escapeHtml(encodeURI(story.file))}">${title}</a>` : title} — ${escapeHtml(describeCounts(story))}</li>`;
  });
  const failed = batch.failed.map((failure) => `<li><code dir="auto">${escapeHtml(failure.source)}</code>: <span dir="auto">${escapeHtml(failure.reason)}</span></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${heading}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;overflow-wrap:anywhere}</style></head>
<body>
<h1>${heading}</h1>
<ol>${items.join('')}</ol>
${failed.length ? `<h2>Could not be read or analysed (${failed.length})</h2><ul>${failed.join('')}</ul>` : ''}
</body></html>
`;
}

/** Text from an article in a Markdown line: HTML and Markdown marks show as themselves ("<script>", "*", "[x](y)"). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)
    .replace(/[\\`*_{}[\]()#+!|~-]/g, '\\$&');
}

function escapeCode(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/`/g, "'");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}
