import type { Dossier, Evidence } from '../../model/index.ts';
import { createReportContext, type ReportContext } from '../report-context.ts';
import type { ReportOptions } from '../report-options.ts';

/** One stretch of an article the page highlights with `<mark id>`: a fact's, a claim's or a conflict value's evidence. */
export interface Highlight {
  start: number;
  end: number;
  /** The element id links jump to. */
  id: string;
  kind: 'fact' | 'claim' | 'conflict';
  /** Shown on hover: "Fact 3 · [A][B][C]". */
  title: string;
}

export interface HtmlContext extends ReportContext {
  /** Article id → the spans highlighted in its text. */
  highlights: ReadonlyMap<string, readonly Highlight[]>;
  /** `#id` when the page has an element with that id, else null (evidence outside its article's text). */
  href(id: string): string | null;
  /** `#row-…` when the agreement matrix shows the fact (it is capped), else null. */
  factRowHref(factId: string): string | null;
}

/** An id or anchor made of letters, digits, `-` and `_` only, whatever the dossier's ids hold. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

export const articleAnchor = (articleId: string) => `article-${slug(articleId)}`;
export const factRowAnchor = (factId: string) => `row-${slug(factId)}`;
export const factEvidenceAnchor = (factId: string, evidenceIndex: number) => `fact-${slug(factId)}-${evidenceIndex}`;
export const claimAnchor = (claimId: string) => `claim-${slug(claimId)}`;
export const conflictEvidenceAnchor = (conflictId: string, valueIndex: number, evidenceIndex: number) => `conflict-${slug(conflictId)}-${valueIndex}-${evidenceIndex}`;

/** Input text in a hover title, between U+2068 and U+2069 so its direction stays its own. */
const isolated = (text: string) => `\u2068${text}\u2069`;

export function createHtmlContext(dossier: Dossier, options: ReportOptions = {}): HtmlContext {
  const base = createReportContext(dossier, options);
  const highlights = new Map<string, Highlight[]>(dossier.articles.map((article) => [article.id, []]));
  const add = (evidence: Evidence, id: string, kind: Highlight['kind'], title: string) => {
    const article = base.articles.get(evidence.articleId);
    const start = Math.max(0, Math.floor(evidence.start));
    const end = Math.min(article?.text.length ?? 0, Math.floor(evidence.end));
    if (article && start < end && /[^\n]/.test(article.text.slice(start, end))) highlights.get(article.id)!.push({ start, end, id, kind, title });
  };
  for (const fact of [...base.corroborated, ...base.copiesOnly]) {
    fact.evidence.forEach((evidence, index) => add(evidence, factEvidenceAnchor(fact.id, index), 'fact', `Fact ${base.factNumbers.get(fact.id)} · ${base.cite(fact.articles)}`));
  }
  for (const claim of dossier.singleSource) add(claim.evidence, claimAnchor(claim.id), 'claim', `Only ${base.label(claim.articleId)} reports this`);
  for (const conflict of dossier.conflicts) {
    conflict.values.forEach((value, valueIndex) =>
      value.evidence.forEach((evidence, index) => add(evidence, conflictEvidenceAnchor(conflict.id, valueIndex, index), 'conflict', `Disagreement: ${isolated(conflict.about)} — "${isolated(value.value)}"`)),
    );
  }
  const ids = new Set([...highlights.values()].flat().map((highlight) => highlight.id));
  const rows = new Set([...base.corroborated, ...base.copiesOnly].slice(0, base.limits.listed).map((fact) => fact.id));
  return { ...base, highlights, href: (id) => (ids.has(id) ? `#${id}` : null), factRowHref: (factId) => (rows.has(factId) ? `#${factRowAnchor(factId)}` : null) };
}
