import { join } from 'node:path';
import type { Dossier } from '../model/index.ts';
import { renderDossier, renderJsonPieces, type ReportFormat, type ReportOptions } from '../report/index.ts';
import { joinHtmlPages } from './join-html-pages.ts';
import { makeOutFolder, writeAtomically } from './output-target.ts';
import type { BatchOutline, NumberedStory } from '../pipeline.ts';
import { splitIntoStories } from './story-dossiers.ts';
import { describeBatch, indexAsMarkdown, indexEntry, outlineOf, renderStoryIndex, storyTitle, type IndexedStory } from './story-index.ts';

/**
 * The report of a batch on stdout (or `--out`). One story: its dossier. Several: how many, then each story's
 * dossier one after another, each with its own sources, facts and labels ([A], [B], … start again), so a
 * reader can take any one alone. The JSON keeps the batch dossier whole (`story.stories` says which
 * articles tell which story).
 */
export function renderBatch(batch: Dossier, format: ReportFormat, options: ReportOptions): string {
  if (batch.story.stories.length < 2 || format === 'json') return renderDossier(batch, format, options);
  const outline = outlineOf(batch);
  const stories = splitIntoStories(batch);
  if (format === 'html') return joinHtmlPages(describeBatch(outline), stories.map((story) => ({ title: `Story ${story.number} of ${stories.length}`, html: renderDossier(story.dossier, 'html', options) })));
  const index = indexAsMarkdown(outline, stories.map((story) => indexEntry(story.number, story.dossier, null)));
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

/**
 * `--out-dir DIR`: one dossier per story in the chosen format, written as each story is handed on
 * (`write`, largest story first), and an index of them (`index.md`, …) once the batch is done (`finish`).
 * Each story's file is whole or absent (written atomically); only its line of the index is kept.
 */
export interface StoryFolderWriter {
  write: (story: NumberedStory) => Promise<void>;
  /** Writes the index; returns its path and the stories' files, largest story first. */
  finish: (batch: BatchOutline) => Promise<{ index: string; stories: string[] }>;
}

export async function openStoryFolder(outDir: string, format: ReportFormat, options: ReportOptions): Promise<StoryFolderWriter> {
  await makeOutFolder(outDir);
  const written: IndexedStory[] = [];
  return {
    async write({ number, count, dossier }) {
      const file = storyFileName(number, dossier.story.title, format, count);
      await writeAtomically(join(outDir, file), format === 'json' ? renderJsonPieces(dossier) : renderDossier(dossier, format, options));
      written.push(indexEntry(number, dossier, file));
    },
    async finish(batch) {
      const index = join(outDir, `index.${format}`);
      await writeAtomically(index, renderStoryIndex(batch, written, format));
      return { index, stories: written.map((story) => join(outDir, story.file!)) };
    },
  };
}

/** "story-03-fire-at-the-warehouse.md": the story's number (as many digits as the last one's), then its title in plain letters (none for an untitled story). */
function storyFileName(number: number, title: string | null, format: ReportFormat, count: number): string {
  const words = storyTitle(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const joined = (words ?? []).join('-');
  // at most 50 characters, cut between words: "well-here-s-something-that-we-all-knew-would"
  const slug = joined.length > 50 ? joined.slice(0, 51).replace(/-[^-]*$/, '') : joined;
  return `story-${String(number).padStart(Math.max(2, String(count).length), '0')}${slug && title ? `-${slug}` : ''}.${format}`;
}
