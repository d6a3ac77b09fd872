import type { Article, Conflict, ConflictValue, Dossier, Fact, Support } from '../model/index.ts';
import { MONTH_ABBREVIATIONS, WEEKDAY_NAMES } from '../shared/calendar/index.ts';
import { countRemovals, sourceLabels } from './source-labels.ts';

/** What every section of a report looks up: article labels, entity names, and the facts in reading order. */
export interface ReportContext {
  dossier: Dossier;
  /** Article id → "[A]". */
  labels: ReadonlyMap<string, string>;
  articles: ReadonlyMap<string, Article>;
  /** Facts two or more independent sources carry, then those only copies of one text carry. */
  corroborated: readonly Fact[];
  copiesOnly: readonly Fact[];
  /** Fact id → its number in the report (1-based, in the order above). */
  factNumbers: ReadonlyMap<string, number>;
  entityName(id: string): string;
  /** "[A]" for one article id; "[a1b2…]" for an id the dossier does not know. */
  label(articleId: string): string;
  /** The given article ids in input order, each once (unknown ids last). */
  inOrder(articleIds: readonly string[]): string[];
  /** "[A][C]": the labels of the given articles, in input order, each once. */
  cite(articleIds: readonly string[]): string;
}

/** Two independent sources make a fact corroborated; a syndicated copy repeats, it does not confirm. */
export const MIN_INDEPENDENT_SUPPORT = 2;

export function createReportContext(dossier: Dossier): ReportContext {
  const labels = sourceLabels(dossier.articles);
  const order = new Map(dossier.articles.map((article, index) => [article.id, index]));
  const entities = new Map(dossier.entities.map((entity) => [entity.id, entity.name]));
  const corroborated = dossier.facts.filter((fact) => fact.support.independent >= MIN_INDEPENDENT_SUPPORT);
  const copiesOnly = dossier.facts.filter((fact) => fact.support.independent < MIN_INDEPENDENT_SUPPORT);
  const label = (articleId: string) => labels.get(articleId) ?? `[${articleId}]`;
  const inOrder = (articleIds: readonly string[]) => [...new Set(articleIds)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return {
    dossier,
    labels,
    articles: new Map(dossier.articles.map((article) => [article.id, article])),
    corroborated,
    copiesOnly,
    factNumbers: new Map([...corroborated, ...copiesOnly].map((fact, index) => [fact.id, index + 1])),
    entityName: (id) => entities.get(id) ?? id,
    label,
    inOrder,
    cite: (articleIds) => inOrder(articleIds).map(label).join(''),
  };
}

/** "4 articles · 4 outlets · 4 independent · language en · 6 noise fragments removed": the story line both reports open with. */
export function describeStoryCounts(dossier: Dossier): string[] {
  const { story } = dossier;
  const removed = dossier.articles.reduce((sum, article) => sum + [...countRemovals(article).values()].reduce((a, b) => a + b, 0), 0);
  const parts = [
    plural(story.articles, 'article'),
    plural(story.outlets, 'outlet'),
    `${story.independent} independent`,
    story.languages.length ? `language${story.languages.length > 1 ? 's' : ''} ${story.languages.join(', ')}` : null,
    `${plural(removed, 'noise fragment')} removed`,
  ];
  return parts.filter((part): part is string => part !== null);
}

/** "These inputs tell 2 separate stories, aligned apart: [A][B][C][D] · [E][F][G]", or null for one story. */
export function describeStories({ dossier, cite }: ReportContext): string | null {
  const { stories } = dossier.story;
  if (stories.length < 2) return null;
  return `These inputs tell ${stories.length} separate stories, aligned apart: ${stories.map((story) => cite(story)).join(' · ')}`;
}

/**
 * A conflict's value as a reader wants it: a date with the words each outlet used ("last August" — Aug
 * 2025), anything else as it is ("fourteen missiles", "Donald Trump").
 */
export function describeConflictValue(conflict: Conflict, value: ConflictValue, articles: ReadonlyMap<string, Article>): { said: string; meaning: string | null } {
  if (conflict.kind !== 'date') return { said: value.value, meaning: null };
  const phrases = new Set<string>();
  for (const item of value.evidence) {
    for (const date of articles.get(item.articleId)?.dates ?? []) if (date.start >= item.start && date.end <= item.end && date.value.slice(0, 10) === value.value) phrases.add(date.text);
  }
  return phrases.size ? { said: [...phrases].join(' / '), meaning: formatDate(value.value) } : { said: formatDate(value.value), meaning: null };
}

/** "3 outlets · 2 independent". */
export function describeSupport(support: Support): string {
  return `${plural(support.outlets, 'outlet')} · ${support.independent} independent`;
}

/** "2025-12-11" → "11 Dec 2025", "2025-12" → "Dec 2025", "2025" stays, "XXXX-11-19" (no year said) → "19 Nov", "XXXX-12" → "Dec", "XXXX-WXX-5" (a weekday alone) → "a Friday"; anything else is shown as given. */
export function formatDate(date: string): string {
  const weekday = /^XXXX-WXX-([1-7])$/.exec(date);
  if (weekday) return `a ${WEEKDAY_NAMES[Number(weekday[1]) - 1]!.replace(/^./, (letter) => letter.toUpperCase())}`;
  const yearless = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const yearlessMonth = yearless ? MONTH_ABBREVIATIONS[Number(yearless[1]) - 1] : undefined;
  if (yearless && yearlessMonth) return yearless[2] ? `${Number(yearless[2])} ${yearlessMonth}` : yearlessMonth;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const month = match?.[2] ? MONTH_ABBREVIATIONS[Number(match[2]) - 1] : undefined;
  if (!match || (match[2] && !month)) return date;
  if (!month) return match[1]!;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
