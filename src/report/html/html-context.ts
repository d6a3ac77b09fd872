import type { Dossier, Evidence, Relation } from '../../model/index.ts';
import { describeAct } from '../relation-lines.ts';
import { createReportContext, type ReportContext } from '../report-context.ts';
import type { ReportOptions } from '../report-options.ts';

/**
 * One stretch of an article the page highlights with `<mark id>`: a fact's, a claim's or a conflict value's
 * evidence, a relation's sentence, or the words in it that name the act (its trigger).
 */
export interface Highlight {
  start: number;
  end: number;
  /** The element id links jump to. */
  id: string;
  kind: 'fact' | 'claim' | 'conflict' | 'relation' | 'trigger';
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
/** One anchor per sentence, however many relations it tells (an actor-level relation and its country-level roll-up share theirs). */
export const relationEvidenceAnchor = (evidence: Evidence) => `relation-${slug(evidence.articleId)}-${evidence.start}-${evidence.end}`;
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
  for (const highlight of relationHighlights(dossier.relations)) add({ articleId: highlight.articleId, start: highlight.start, end: highlight.end, text: '' }, highlight.id, highlight.kind, highlight.title);
  const ids = new Set([...highlights.values()].flat().map((highlight) => highlight.id));
  const rows = new Set([...base.corroborated, ...base.copiesOnly].slice(0, base.limits.listed).map((fact) => fact.id));
  return { ...base, highlights, href: (id) => (ids.has(id) ? `#${id}` : null), factRowHref: (factId) => (rows.has(factId) ? `#${factRowAnchor(factId)}` : null) };
}

/**
 * Each relation sentence once, with the trigger in it, whatever number of relations it tells: its hover
 * title names them ("Relation: Vladimir Putin —consult (phone)→ Nicolás Maduro").
 */
function relationHighlights(relations: readonly Relation[]): Array<Highlight & { articleId: string }> {
  const marks = new Map<string, Highlight & { articleId: string; acts: Set<string> }>();
  const mark = (articleId: string, start: number, end: number, id: string, kind: 'relation' | 'trigger', act: string) => {
    const found = marks.get(id) ?? { articleId, start, end, id, kind, title: '', acts: new Set<string>() };
    found.acts.add(act);
    marks.set(id, found);
  };
  for (const relation of relations) {
    const act = `${isolated(relation.sourceActor.name)} —${describeAct(relation)}→ ${relation.targetActor ? isolated(relation.targetActor.name) : '(no recipient)'}`;
    for (const evidence of relation.evidence) {
      const id = relationEvidenceAnchor(evidence);
      mark(evidence.articleId, evidence.start, evidence.end, id, 'relation', act);
      const { trigger } = evidence;
      if (trigger.start >= evidence.start && trigger.end <= evidence.end) mark(evidence.articleId, trigger.start, trigger.end, `${id}-trigger-${trigger.start}-${trigger.end}`, 'trigger', act);
    }
  }
  return [...marks.values()].map(({ acts, ...highlight }) => ({ ...highlight, title: `Relation: ${[...acts].join(' · ')}` }));
}
