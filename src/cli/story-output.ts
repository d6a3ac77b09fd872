import { join } from 'node:path';
import type { Dossier } from '../model/index.ts';
import { renderDossier, renderJsonPieces, type ReportFormat, type ReportOptions } from '../report/index.ts';
import { joinHtmlPages } from './join-html-pages.ts';
import { makeOutFolder, writeAtomically } from './output-target.ts';
import { splitIntoStories, type StoryDossier } from './story-dossiers.ts';
import { describeBatch, indexAsMarkdown, renderStoryIndex, storyTitle, type IndexedStory } from './story-index.ts';

/**
 * The report of a batch on stdout (or `--out`). One story: its dossier. Several: how many, then each story's
 * dossier one after another, each with its own sources, facts and labels ([A], [B], … start again), so a
 * reader can take any one alone. The JSON keeps the batch dossier whole (`story.stories` says which
 * articles tell which story).
 */
export function renderBatch(batch: Dossier, format: ReportFormat, options: ReportOptions): string {
  if (batch.story.stories.length < 2 || format === 'json') return renderDossier(batch, format, options);
  const stories = splitIntoStories(batch);
  if (format === 'html') return joinHtmlPages(describeBatch(batch), stories.map((story) => ({ title: `Story ${story.number} of ${stories.length}`, html: renderDossier(story.dossier, 'html', options) })));
  const index = indexAsMarkdown(batch, stories.map((story) => ({ ...story, file: null })));
  const intro = `These inputs tell ${stories.length} separate stories, aligned apart; each follows on its own (--out-dir DIR writes one dossier per story).`;
  const parts = stories.map((story) => `---\n\n# Story ${story.number} of ${stories.length}\n\n${renderDossier(story.dossier, 'md', options)}`);
  return [index.trimEnd(), intro, ...parts].join('\n\n');
}

/**
 * The report of a batch as pieces to write one after another (renderBatch's text): the JSON is written as it
 * is made, never held whole. A function, so that a failed write can start again (emit's rescue file).
 */
export function batchPieces(batch: Dossier, format: ReportFormat, options: ReportOptions): () => Iterable<string> {
  if (format === 'json') return () => renderJsonPieces(batch);
  const text = renderBatch(batch, format, options);
  return () => [text];
}

/** What `--out-dir` wrote: the index first, then one dossier per story, largest story first. */
export interface WrittenFolder {
  index: string;
  stories: string[];
}

/** `--out-dir DIR`: one dossier per story in the chosen format, and an index of them (`index.md`, …). */
export async function writeStoryFolder(batch: Dossier, format: ReportFormat, options: ReportOptions, outDir: string): Promise<WrittenFolder> {
  await makeOutFolder(outDir);
  const split = splitIntoStories(batch);
  const stories: IndexedStory[] = split.map((story) => ({ ...story, file: storyFileName(story, format, split.length) }));
  for (const story of stories) {
    await writeAtomically(join(outDir, story.file!), format === 'json' ? renderJsonPieces(story.dossier) : renderDossier(story.dossier, format, options));
  }
  const index = join(outDir, `index.${format}`);
  await writeAtomically(index, renderStoryIndex(batch, stories, format));
  return { index, stories: stories.map((story) => join(outDir, story.file!)) };
}

/** "story-03-fire-at-the-warehouse.md": the story's number (as many digits as the last one's), then its title in plain letters (none for an untitled story). */
function storyFileName(story: StoryDossier, format: ReportFormat, count: number): string {
  const words = storyTitle(story)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const joined = (words ?? []).join('-');
  // at most 50 characters, cut between words: "well-here-s-something-that-we-all-knew-would"
  const slug = joined.length > 50 ? joined.slice(0, 51).replace(/-[^-]*$/, '') : joined;
  return `story-${String(story.number).padStart(Math.max(2, String(count).length), '0')}${slug && story.dossier.story.title ? `-${slug}` : ''}.${format}`;
}
