import type { Article, Dossier } from '../model/index.ts';
import { countRemovals, sourceLabels } from './source-labels.ts';

/** A dossier a reader can read in a terminal: the story line, the sources, then what each section found. */
export function renderMarkdown(dossier: Dossier): string {
  const labels = sourceLabels(dossier.articles);
  const cite = (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? `[${id}]`).join('');
  const lines: string[] = [];
  const { story } = dossier;
  lines.push(`## ${story.title ?? 'Untitled story'}`);
  const removed = dossier.articles.reduce((sum, article) => sum + [...countRemovals(article).values()].reduce((a, b) => a + b, 0), 0);
  lines.push(
    [
      plural(story.articles, 'article'),
      plural(story.outlets, 'outlet'),
      `${story.independent} independent`,
      story.languages.length ? `language${story.languages.length > 1 ? 's' : ''} ${story.languages.join(', ')}` : null,
      `${plural(removed, 'noise fragment')} removed`,
    ].filter(Boolean).join(' · '),
    '',
  );

  lines.push('### Sources');
  for (const article of dossier.articles) lines.push(`- ${labels.get(article.id)} ${describeSource(article, labels)}`);
  lines.push('');

  if (dossier.facts.length) {
    lines.push('### Corroborated', ...dossier.facts.map((fact, index) => `${index + 1}. ${fact.text} — ${cite(fact.articles)}`), '');
  }
  if (dossier.conflicts.length) {
    lines.push('### Where the outlets disagree');
    for (const conflict of dossier.conflicts) {
      lines.push(`- **${conflict.about}** — ${conflict.values.map((value) => `"${value.value}" ${cite(value.articles)}`).join(' · ')}`);
    }
    lines.push('');
  }
  if (dossier.timeline.length) {
    lines.push('### Timeline', '| date | event | outlets |', '|---|---|---|');
    for (const entry of dossier.timeline) lines.push(`| ${entry.date} | ${entry.text.replace(/\|/g, '\\|')} | ${cite(entry.articles)} |`);
    lines.push('');
  }

  lines.push('### Cleaning');
  for (const article of dossier.articles) {
    const counts = [...countRemovals(article).entries()].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind));
    const warnings = article.messages.filter((message) => message.severity !== 'info').map((message) => `${message.severity}: ${message.reason}`);
    lines.push(`- ${labels.get(article.id)} ${counts.length ? `removed ${counts.join(', ')}` : 'nothing removed'}${warnings.length ? `; ${warnings.join('; ')}` : ''}`);
  }
  lines.push('');

  if (story.messages.length) lines.push('### Notes', ...story.messages.map((message) => `- ${message.reason}`), '');
  if (dossier.failed.length) lines.push('### Inputs that could not be read', ...dossier.failed.map((failure) => `- ${failure.source}: ${failure.reason}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function describeSource(article: Article, labels: ReadonlyMap<string, string>): string {
  const parts = [
    article.outlet ?? 'unknown outlet',
    article.title ? `"${article.title}"` : null,
    article.byline,
    article.published ? `${article.published}${article.publishedFrom === 'found' ? '' : ` (${article.publishedFrom})`}` : null,
    article.language && article.language !== 'en' ? `in ${article.language}` : null,
    article.kinship ? `${article.kinship.relation} of ${labels.get(article.kinship.copyOf) ?? article.kinship.copyOf}` : null,
    article.copies.length ? `also at ${article.copies.join(', ')}` : null,
  ].filter(Boolean);
  return `${parts.join(' — ')} (${article.source})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
