import type { Article, Conflict, ConflictValue, Dossier, Fact, Omission, Support } from '../model/index.ts';
import { MONTH_ABBREVIATIONS, WEEKDAY_NAMES } from '../shared/calendar/index.ts';
import { capList, reportLimits, type ReportLimits, type ReportOptions } from './report-options.ts';
import { countRemovals, sourceLabels } from './source-labels.ts';

/** What every section of a report looks up: article labels, entity names, and the facts in reading order. */
export interface ReportContext {
  dossier: Dossier;
  /** How many items each list shows, and which facts (report options). */
  limits: ReportLimits;
  /** Article id → "[A]". */
  labels: ReadonlyMap<string, string>;
  articles: ReadonlyMap<string, Article>;
  /**
   * Facts two or more independent sources carry, then those only copies of one text carry, each the most
   * widely reported first; facts under `minSources` independent sources are left out.
   */
  corroborated: readonly Fact[];
  copiesOnly: readonly Fact[];
  /** Fact id → its number in the report (1-based, in the order above). */
  factNumbers: ReadonlyMap<string, number>;
  entityName(id: string): string;
  /** "[A]" for one article id; "[a1b2…]" for an id the dossier does not know. */
  label(articleId: string): string;
  /** The given article ids in input order, each once (unknown ids last). */
  inOrder(articleIds: readonly string[]): string[];
  /** "[A][C]": the labels of the given articles, in input order, each once; past the limit "… and 12 more". */
  cite(articleIds: readonly string[]): string;
}

/** Two independent sources make a fact corroborated; a syndicated copy repeats, it does not confirm. */
export const MIN_INDEPENDENT_SUPPORT = 2;

export function createReportContext(dossier: Dossier, options: ReportOptions = {}): ReportContext {
  const limits = reportLimits(options);
  const labels = sourceLabels(dossier.articles);
  const order = new Map(dossier.articles.map((article, index) => [article.id, index]));
  const entities = new Map(dossier.entities.map((entity) => [entity.id, entity.name]));
  const shown = dossier.facts.filter((fact) => fact.support.independent >= limits.minSources).sort(byWidestSupport);
  const corroborated = shown.filter((fact) => fact.support.independent >= MIN_INDEPENDENT_SUPPORT);
  const copiesOnly = shown.filter((fact) => fact.support.independent < MIN_INDEPENDENT_SUPPORT);
  const label = (articleId: string) => labels.get(articleId) ?? `[${articleId}]`;
  const inOrder = (articleIds: readonly string[]) => [...new Set(articleIds)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const cite = (articleIds: readonly string[]) => {
    const { shown: cited, more } = capList(inOrder(articleIds), limits.cited);
    return `${cited.map(label).join('')}${more ? ` and ${more} more` : ''}`;
  };
  return {
    dossier,
    limits,
    labels,
    articles: new Map(dossier.articles.map((article) => [article.id, article])),
    corroborated,
    copiesOnly,
    factNumbers: new Map([...corroborated, ...copiesOnly].map((fact, index) => [fact.id, index + 1])),
    entityName: (id) => entities.get(id) ?? id,
    label,
    inOrder,
    cite,
  };
}

/** Most independent sources first, then most articles; ties keep the aligner's order. */
function byWidestSupport(a: Fact, b: Fact): number {
  return b.support.independent - a.support.independent || b.support.articles - a.support.articles;
}

/**
 * Per article in input order, the shown facts it leaves out, the most widely reported first: what an
 * omission line summarises ("[D] leaves out 57 facts; most widely reported: fact 3 …").
 */
export function omissionsByArticle({ dossier, factNumbers, corroborated, copiesOnly }: ReportContext): Array<{ articleId: string; left: ShownOmission[] }> {
  const reportersOf = new Map([...corroborated, ...copiesOnly].map((fact) => [fact.id, fact.articles]));
  const byArticle = new Map<string, ShownOmission[]>();
  for (const omission of dossier.omissions) {
    const reportedBy = reportersOf.get(omission.factId);
    if (!reportedBy) continue;
    const left = byArticle.get(omission.articleId) ?? [];
    left.push({ ...omission, reportedBy });
    byArticle.set(omission.articleId, left);
  }
  return dossier.articles.flatMap((article) => {
    const left = byArticle.get(article.id);
    return left ? [{ articleId: article.id, left: left.sort((a, b) => b.reportedBy.length - a.reportedBy.length || factNumbers.get(a.factId)! - factNumbers.get(b.factId)!) }] : [];
  });
}

/** An omission as a report shows it: with the articles that report the fact left out. */
export interface ShownOmission extends Omission {
  reportedBy: readonly string[];
}

/**
 * "4 articles · 4 outlets · 4 independent · language en · 6 noise fragments removed": the story line both
 * reports open with. Outlets no article names are never counted as outlets: "6 articles, outlets unknown",
 * "4 articles · 2 outlets + 2 unknown".
 */
export function describeStoryCounts(dossier: Dossier): string[] {
  const { story } = dossier;
  const removed = dossier.articles.reduce((sum, article) => sum + [...countRemovals(article).values()].reduce((a, b) => a + b, 0), 0);
  const parts = [
    ...describeOutlets(dossier.articles),
    `${story.independent} independent`,
    story.languages.length ? `language${story.languages.length > 1 ? 's' : ''} ${story.languages.join(', ')}` : null,
    `${plural(removed, 'noise fragment')} removed`,
  ];
  return parts.filter((part): part is string => part !== null);
}

/** ["6 articles, outlets unknown"], ["4 articles", "2 outlets + 2 unknown"] or ["4 articles", "3 outlets"]. */
function describeOutlets(articles: ReadonlyArray<Pick<Article, 'outlet'>>): string[] {
  const known = new Set(articles.flatMap((article) => (article.outlet ? [article.outlet.toLowerCase()] : [])));
  const unknown = articles.filter((article) => !article.outlet).length;
  if (!known.size) return [`${plural(articles.length, 'article')}, outlets unknown`];
  return [plural(articles.length, 'article'), `${plural(known.size, 'outlet')}${unknown ? ` + ${unknown} unknown` : ''}`];
}

/**
 * "These inputs tell 2 separate stories, aligned apart: [A][B][C][D] · [E][F][G]" (`line`, when that is
 * short), and a line per story ("4 articles: [A][B][C][D]"), each capped like any citation and the
 * stories like any list; null for one story.
 */
export function describeStories({ dossier, cite, limits }: ReportContext): { summary: string; line: string | null; stories: string[] } | null {
  const { stories } = dossier.story;
  if (stories.length < 2) return null;
  const summary = `These inputs tell ${stories.length} separate stories, aligned apart`;
  const line = `${summary}: ${stories.map((story) => cite(story)).join(' · ')}`;
  const { shown, more } = capList(stories, limits.listed);
  return {
    summary,
    line: line.length <= STORIES_LINE_LENGTH ? line : null,
    stories: [...shown.map((story) => `${plural(story.length, 'article')}: ${cite(story)}`), ...(more ? [`and ${more} more stories`] : [])],
  };
}

/** The stories are named on the story line up to this length; longer, a line each. */
const STORIES_LINE_LENGTH = 200;

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

/** "3 outlets · 2 independent"; "3 articles, outlets unknown · 2 independent" where none names its outlet; "2 outlets + 1 unknown · …". */
export function describeSupport(support: Support, articleIds: readonly string[], articles: ReadonlyMap<string, Article>): string {
  const carrying = [...new Set(articleIds)].map((id) => articles.get(id) ?? { outlet: null });
  return `${describeOutlets(carrying).at(-1)} · ${support.independent} independent`;
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
