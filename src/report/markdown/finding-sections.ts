import type { Fact, SingleSourceClaim } from '../../model/index.ts';
import { describeConflictValue, describeSupport, MIN_INDEPENDENT_SUPPORT, type ReportContext } from '../report-context.ts';
import { oneLine } from './table.ts';

/** Facts first: those two or more independent sources carry, then those only copies of one text carry. */
export function renderCorroborated(context: ReportContext): string[] {
  const lines: string[] = [];
  if (context.corroborated.length) {
    lines.push(`### Corroborated (${MIN_INDEPENDENT_SUPPORT}+ independent sources)`, ...context.corroborated.map((fact) => factLine(fact, context)));
  }
  if (context.copiesOnly.length) {
    if (lines.length) lines.push('');
    lines.push('### Carried only by copies of one text', ...context.copiesOnly.map((fact) => factLine(fact, context)));
  }
  return lines;
}

/** `- **about** (date) — "last August" [B] · "Since September" [C]` */
export function renderConflicts(context: ReportContext): string[] {
  const { conflicts } = context.dossier;
  if (!conflicts.length) return [];
  return [
    '### Where the outlets disagree',
    ...conflicts.map((conflict) => {
      const fact = conflict.factId ? context.factNumbers.get(conflict.factId) : undefined;
      const values = conflict.values.map((value) => {
        const { said, meaning } = describeConflictValue(conflict, value, context.articles);
        return `"${oneLine(said)}"${meaning ? ` (${meaning})` : ''} ${context.cite(value.articles)}`;
      });
      return `- **${oneLine(conflict.about)}** (${conflict.kind}${fact ? `, fact ${fact}` : ''}) — ${values.join(' · ')}`;
    }),
  ];
}

/** What one outlet alone reports, grouped by article in input order. */
export function renderSingleSource(context: ReportContext): string[] {
  const claims = byArticle(context, context.dossier.singleSource);
  if (!claims.length) return [];
  return ['### Only one outlet reports', ...claims.map((claim) => `- ${context.label(claim.articleId)} ${oneLine(claim.text)}`)];
}

/** `- [D] leaves out fact 3 (reported by [A][B][C]) · fact 5 (reported by [B][C])` */
export function renderOmissions(context: ReportContext): string[] {
  const { omissions } = context.dossier;
  if (!omissions.length) return [];
  const lines = context.dossier.articles.flatMap((article) => {
    const left = omissions.filter((omission) => omission.articleId === article.id);
    if (!left.length) return [];
    const items = left.map((omission) => `fact ${context.factNumbers.get(omission.factId) ?? omission.factId} (reported by ${context.cite(omission.reportedBy)})`);
    return [`- ${context.label(article.id)} leaves out ${items.join(' · ')}`];
  });
  return ['### Left out (facts others report)', ...lines];
}

/** `1. Putin and Maduro spoke by phone on Thursday. — [A][B][C][D] · 4 outlets · 4 independent` */
function factLine(fact: Fact, context: ReportContext): string {
  return `${context.factNumbers.get(fact.id)}. ${headlineMarkdown(fact)} — ${context.cite(fact.articles)} · ${describeSupport(fact.support)}`;
}

/** The headline on one line; where it is the shared clause's whole sentence, the clause in bold: "The official goal ... **is to combat drug trafficking**." */
export function headlineMarkdown(fact: Fact): string {
  if (!fact.clause) return oneLine(fact.text);
  const { start, end } = fact.clause;
  const clause = oneLine(fact.text.slice(start, end));
  return oneLine(`${fact.text.slice(0, start)}**${clause}**${fact.text.slice(end)}`);
}

function byArticle(context: ReportContext, claims: readonly SingleSourceClaim[]): SingleSourceClaim[] {
  const order = new Map(context.dossier.articles.map((article, index) => [article.id, index]));
  return [...claims].sort((a, b) => (order.get(a.articleId) ?? Infinity) - (order.get(b.articleId) ?? Infinity));
}
