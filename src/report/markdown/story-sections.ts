import type { Article } from '../../model/index.ts';
import { describeStories, describeStoryCounts, type ReportContext } from '../report-context.ts';
import { countRemovals, describeKinship } from '../source-labels.ts';

/** "## title" and the story line: "4 articles · 2 outlets · 4 independent · language en · 6 noise fragments removed". */
export function renderStoryHeader(context: ReportContext): string[] {
  const stories = describeStories(context);
  return [`## ${context.dossier.story.title ?? 'Untitled story'}`, describeStoryCounts(context.dossier).join(' · '), ...(stories ? [`> **${stories}.**`] : [])];
}

export function renderSources(context: ReportContext): string[] {
  return ['### Sources', ...context.dossier.articles.map((article) => `- ${context.label(article.id)} ${describeSource(article, context)}`)];
}

export function renderCleaning(context: ReportContext): string[] {
  const lines = context.dossier.articles.map((article) => {
    const counts = [...countRemovals(article).entries()].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind));
    const warnings = article.messages.filter((message) => message.severity !== 'info').map((message) => `${message.severity}: ${message.reason}`);
    return `- ${context.label(article.id)} ${counts.length ? `removed ${counts.join(', ')}` : 'nothing removed'}${warnings.length ? `; ${warnings.join('; ')}` : ''}`;
  });
  return ['### Cleaning', ...lines];
}

export function renderNotes({ dossier }: ReportContext): string[] {
  return dossier.story.messages.length ? ['### Notes', ...dossier.story.messages.map((message) => `- ${message.reason}`)] : [];
}

export function renderFailedInputs({ dossier }: ReportContext): string[] {
  return dossier.failed.length ? ['### Inputs that could not be read', ...dossier.failed.map((failure) => `- ${failure.source}: ${failure.reason}`)] : [];
}

function describeSource(article: Article, context: ReportContext): string {
  const parts = [
    article.outlet ?? 'unknown outlet',
    article.title ? `"${article.title}"` : null,
    article.byline,
    article.published ? `${article.published}${article.publishedFrom === 'found' ? '' : ` (${article.publishedFrom})`}` : null,
    article.language && article.language !== 'en' ? `in ${article.language}` : null,
    article.kinship ? describeKinship(article.kinship, context.label(article.kinship.copyOf)) : null,
    article.copies.length ? `also at ${article.copies.join(', ')}` : null,
  ].filter(Boolean);
  return `${parts.join(' — ')} (${article.source})`;
}
