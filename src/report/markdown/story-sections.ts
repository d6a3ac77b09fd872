import type { Article } from '../../model/index.ts';
import { describeStories, describeStoryCounts, type ReportContext } from '../report-context.ts';
import { capList, describeMore } from '../report-options.ts';
import { countRemovals, describeKinship } from '../source-labels.ts';
import { headingText, inline } from './escape-markdown.ts';

/** "## title", the story line ("4 articles · 2 outlets · 4 independent · …") and, for several stories, a line per story. */
export function renderStoryHeader(context: ReportContext): string[] {
  const stories = describeStories(context);
  return [
    `## ${headingText(context.dossier.story.title ?? 'Untitled story')}`,
    describeStoryCounts(context.dossier).join(' · '),
    ...(!stories ? [] : stories.line ? [`> **${stories.line}.**`] : [`> **${stories.summary}:**`, ...stories.stories.map((story) => `> - ${story}`)]),
  ];
}

/** Every source, uncapped: the labels every other line cites are defined here. */
export function renderSources(context: ReportContext): string[] {
  return ['### Sources', ...context.dossier.articles.map((article) => `- ${context.label(article.id)} ${describeSource(article, context)}`)];
}

export function renderCleaning(context: ReportContext): string[] {
  const { shown, more } = capList(context.dossier.articles, context.limits.listed);
  const lines = shown.map((article) => {
    const counts = [...countRemovals(article).entries()].map(([kind, count]) => (count > 1 ? `${inline(kind)} ×${count}` : inline(kind)));
    const warnings = capList(article.messages.filter((message) => message.severity !== 'info'), context.limits.listed);
    const notes = warnings.shown.map((message) => `${message.severity}: ${inline(message.reason)}`);
    if (warnings.more) notes.push(`and ${warnings.more} more warnings`);
    return `- ${context.label(article.id)} ${counts.length ? `removed ${counts.join(', ')}` : 'nothing removed'}${notes.length ? `; ${notes.join('; ')}` : ''}`;
  });
  return ['### Cleaning', ...lines, ...(more ? [`- ${describeMore(more, 'articles')}`] : [])];
}

/** The story's messages, each cut at the note length ("…"): the JSON keeps them whole. */
export function renderNotes({ dossier, limits }: ReportContext): string[] {
  if (!dossier.story.messages.length) return [];
  const { shown, more } = capList(dossier.story.messages, limits.listed);
  const cut = (reason: string) => (reason.length > limits.noteLength ? `${reason.slice(0, limits.noteLength)}…` : reason);
  return ['### Notes', ...shown.map((message) => `- ${inline(cut(message.reason))}`), ...(more ? [`- ${describeMore(more, 'notes')}`] : [])];
}

/** Every input that failed, uncapped: nothing the reader gave is dropped silently. */
export function renderFailedInputs({ dossier }: ReportContext): string[] {
  return dossier.failed.length ? ['### Inputs that could not be read', ...dossier.failed.map((failure) => `- ${inline(failure.source)}: ${inline(failure.reason)}`)] : [];
}

function describeSource(article: Article, context: ReportContext): string {
  const copies = capList(article.copies, context.limits.cited);
  const parts = [
    article.outlet ? inline(article.outlet) : 'unknown outlet',
    article.title ? `"${inline(article.title)}"` : null,
    article.byline ? inline(article.byline) : null,
    article.published ? `${inline(article.published)}${article.publishedFrom === 'found' ? '' : ` (${article.publishedFrom})`}` : null,
    article.language && article.language !== 'en' ? `in ${inline(article.language)}` : null,
    article.kinship ? describeKinship(article.kinship, context.label(article.kinship.copyOf)) : null,
    copies.shown.length ? `also at ${copies.shown.map(inline).join(', ')}${copies.more ? ` and ${copies.more} more` : ''}` : null,
  ].filter(Boolean);
  return `${parts.join(' — ')} (${inline(article.source)})`;
}
