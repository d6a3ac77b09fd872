import type { Fact, SingleSourceClaim } from '../../model/index.ts';
import { describeConflictValue, describeSupport, MIN_INDEPENDENT_SUPPORT, omissionsByArticle, plural, type ReportContext } from '../report-context.ts';
import { capList, describeMore } from '../report-options.ts';
import { escapeMarkdown, inline, oneLine } from './escape-markdown.ts';

/** A conflict's values share its line up to this length; longer, they go one per line below it. */
const SHARED_LINE_LENGTH = 200;

/** Facts first: those two or more independent sources carry, then those only copies of one text carry; each list capped. */
export function renderCorroborated(context: ReportContext): string[] {
  const lines: string[] = [];
  if (context.corroborated.length) lines.push(`### Corroborated (${MIN_INDEPENDENT_SUPPORT}+ independent sources)`, ...factLines(context.corroborated, context));
  if (context.copiesOnly.length) {
    if (lines.length) lines.push('');
    lines.push('### Carried only by copies of one text', ...factLines(context.copiesOnly, context));
  }
  return lines;
}

function factLines(facts: readonly Fact[], context: ReportContext): string[] {
  const { shown, more } = capList(facts, context.limits.listed);
  return [...shown.map((fact) => factLine(fact, context)), ...(more ? [`- ${describeMore(more, 'facts')}`] : [])];
}

/**
 * A conflict on one line when it is short; else a line per value, so no line outgrows a sentence:
 * `- **When the US build-up began** (date) — "last August" [B] · "Since September" [C]`
 */
export function renderConflicts(context: ReportContext): string[] {
  const { conflicts } = context.dossier;
  if (!conflicts.length) return [];
  const { shown, more } = capList(conflicts, context.limits.listed);
  return [
    '### Where the outlets disagree',
    ...shown.flatMap((conflict) => {
      const fact = conflict.factId ? context.factNumbers.get(conflict.factId) : undefined;
      const values = capList(conflict.values, context.limits.listed);
      const said = values.shown.map((value) => {
        const { said, meaning } = describeConflictValue(conflict, value, context.articles);
        return `"${inline(said)}"${meaning ? ` (${inline(meaning)})` : ''} ${context.cite(value.articles)}`;
      });
      if (values.more) said.push(`and ${plural(values.more, 'more value')}`);
      const head = `- **${inline(conflict.about)}** (${conflict.kind}${fact ? `, fact ${fact}` : ''})`;
      const line = `${head} — ${said.join(' · ')}`;
      return line.length <= SHARED_LINE_LENGTH ? [line] : [head, ...said.map((value) => `  - ${value}`)];
    }),
    ...(more ? [`- ${describeMore(more, 'disagreements')}`] : []),
  ];
}

/** What one outlet alone reports, grouped by article in input order. */
export function renderSingleSource(context: ReportContext): string[] {
  const claims = byArticle(context, context.dossier.singleSource);
  if (!claims.length) return [];
  const { shown, more } = capList(claims, context.limits.listed);
  return [
    '### Only one outlet reports',
    ...shown.map((claim) => `- ${context.label(claim.articleId)} ${inline(claim.text)}`),
    ...(more ? [`- ${describeMore(more, 'claims')}`] : []),
  ];
}

/**
 * A line per article, summarised: how many facts it leaves out and the most widely reported of them.
 * `- [D] leaves out 57 facts; most widely reported: fact 3 (reported by [A][B][C]) · fact 5 (reported by [B][C]) and 54 more`
 */
export function renderOmissions(context: ReportContext): string[] {
  const articles = omissionsByArticle(context);
  if (!articles.length) return [];
  const { shown, more } = capList(articles, context.limits.listed);
  const lines = shown.map(({ articleId, left }) => {
    const named = capList(left, context.limits.omissionsNamed);
    const items = named.shown.map((omission) => `fact ${context.factNumbers.get(omission.factId)} (reported by ${context.cite(omission.reportedBy)})`);
    const lead = named.more ? `${plural(left.length, 'fact')}; most widely reported: ` : '';
    return `- ${context.label(articleId)} leaves out ${lead}${items.join(' · ')}${named.more ? ` and ${named.more} more` : ''}`;
  });
  return ['### Left out (facts others report)', ...lines, ...(more ? [`- ${describeMore(more, 'articles that leave facts out')}`] : [])];
}

/** `1. Putin and Maduro spoke by phone on Thursday. — [A][B][C][D] · 4 outlets · 4 independent` */
function factLine(fact: Fact, context: ReportContext): string {
  return `${context.factNumbers.get(fact.id)}. ${headlineMarkdown(fact)} — ${context.cite(fact.articles)} · ${describeSupport(fact.support, fact.articles, context.articles)}`;
}

/** The headline on one line; where it is the shared clause's whole sentence, the clause in bold: "The official goal ... **is to combat drug trafficking**." */
export function headlineMarkdown(fact: Fact): string {
  if (!fact.clause) return inline(fact.text);
  const { start, end } = fact.clause;
  const clause = inline(fact.text.slice(start, end));
  return oneLine(`${escapeMarkdown(fact.text.slice(0, start))}**${clause}**${escapeMarkdown(fact.text.slice(end))}`);
}

function byArticle(context: ReportContext, claims: readonly SingleSourceClaim[]): SingleSourceClaim[] {
  const order = new Map(context.dossier.articles.map((article, index) => [article.id, index]));
  return [...claims].sort((a, b) => (order.get(a.articleId) ?? Infinity) - (order.get(b.articleId) ?? Infinity));
}
