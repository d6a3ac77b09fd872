import type { Dossier } from '../model/index.ts';
import type { ReportFormat } from '../report/index.ts';
import { articlesInNoStory, type StoryDossier } from './story-dossiers.ts';

/** One line of the index: a story, its counts, and the file that holds its dossier (none on stdout). */
export interface IndexedStory extends StoryDossier {
  file: string | null;
}

/** A title from an article, as one short line: "Fire at the warehouse", never 200,000 characters. */
const TITLE_LENGTH = 120;

/** "12 stories in 200 articles": the head of the index and of a several-story report. */
export function describeBatch(batch: Dossier): string {
  const stories = batch.story.stories.length;
  return `${stories} ${stories === 1 ? 'story' : 'stories'} in ${batch.articles.length} ${batch.articles.length === 1 ? 'article' : 'articles'}`;
}

export function storyTitle(story: StoryDossier): string {
  const title = (story.dossier.story.title ?? 'Untitled story').replace(/\s+/g, ' ').trim();
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title;
}

/** "18 articles · 12 outlets", or "6 articles, outlets unknown" when no article names its outlet. */
export function describeCounts(story: StoryDossier): string {
  const { articles, outlets } = story.dossier.story;
  const known = story.dossier.articles.some((article) => article.outlet);
  return `${articles} ${articles === 1 ? 'article' : 'articles'}${known ? ` · ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}` : ', outlets unknown'}`;
}

/** The index of a batch's stories, in the chosen format: what `--out-dir` writes beside the dossiers. */
export function renderStoryIndex(batch: Dossier, stories: readonly IndexedStory[], format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(indexAsJson(batch, stories), null, 2)}\n`;
  if (format === 'html') return indexAsHtml(batch, stories);
  return indexAsMarkdown(batch, stories);
}

function indexAsJson(batch: Dossier, stories: readonly IndexedStory[]) {
  return {
    schemaVersion: batch.schemaVersion,
    articles: batch.articles.length,
    stories: stories.map((story) => ({
      number: story.number,
      title: story.dossier.story.title,
      articles: story.dossier.story.articles,
      outlets: story.dossier.story.outlets,
      independent: story.dossier.story.independent,
      file: story.file,
      articleIds: story.dossier.articles.map((article) => article.id),
    })),
    inNoStory: articlesInNoStory(batch).map((article) => ({ id: article.id, source: article.source })),
    failed: batch.failed,
  };
}

export function indexAsMarkdown(batch: Dossier, stories: readonly IndexedStory[]): string {
  const lines = [`# ${describeBatch(batch)}`, ''];
  for (const story of stories) {
    const title = escapeMarkdown(storyTitle(story));
    lines.push(`${story.number}. ${story.file ? `[${title}](${encodeURI(story.file)})` : title} — ${describeCounts(story)}`);
  }
  const loose = articlesInNoStory(batch);
  if (loose.length) lines.push('', `In no story (${loose.length}): ${loose.map((article) => `\`${escapeCode(article.source)}\``).join(', ')}`);
  if (batch.failed.length) lines.push('', `Could not be read or analysed (${batch.failed.length}):`, ...batch.failed.map((failure) => `- \`${escapeCode(failure.source)}\`: ${escapeMarkdown(failure.reason)}`));
  return `${lines.join('\n')}\n`;
}

function indexAsHtml(batch: Dossier, stories: readonly IndexedStory[]): string {
  const heading = escapeHtml(describeBatch(batch));
  const items = stories.map((story) => {
    const title = `<bdi>${escapeHtml(storyTitle(story))}</bdi>`;
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
