import { createHash } from 'node:crypto';
import type { Article, Evidence, Fact, Omission, SingleSourceClaim, Span } from '../../model/index.ts';
import { standsAlone } from './choose-headline.ts';
import { countSupport } from '../../shared/count-support.ts';
import { isQuestion } from './is-question.ts';
import type { ClauseFeatures } from './describe-clauses.ts';

/** Least independent sources, other than the article, that report a fact it leaves out. */
const MIN_OMITTED_SOURCES = 2;
/** Least share of the story's independent sources that report a fact an article leaves out: what many outlets report, not what two of fifty do. */
const OMITTED_SHARE = 1 / 3;
/** A claim says something checkable: enough words, a verb, and an actor, a date or a number. */
const MIN_CLAIM_WORDS = 8;

/**
 * Statements only one article makes: clauses no other article's clause joined, that read as a claim
 * (a verb, eight words or more, and an actor, a date or a quantity in it; questions are not claims).
 * A clause that is evidence of a fact (an event group found it again: "Thursday's call") is shared, so
 * it is never also a claim of one outlet.
 */
export function findSingleSourceClaims(features: readonly ClauseFeatures[], groups: readonly number[][], articles: readonly Article[], facts: readonly Fact[]): SingleSourceClaim[] {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const evidenceOf = new Map<string, Evidence[]>();
  for (const fact of facts) {
    for (const item of fact.evidence) {
      const list = evidenceOf.get(item.articleId);
      if (list) list.push(item);
      else evidenceOf.set(item.articleId, [item]);
    }
  }
  const isEvidence = (clause: Span & { articleId: string }) => (evidenceOf.get(clause.articleId) ?? []).some((item) => item.start < clause.end && clause.start < item.end);
  const claims: SingleSourceClaim[] = [];
  for (const group of groups) {
    if (new Set(group.map((index) => features[index]!.clause.articleId)).size !== 1) continue;
    for (const index of group) {
      const feature = features[index]!;
      const { clause } = feature;
      if (isEvidence(clause)) continue;
      const articleText = texts.get(clause.articleId)!;
      const text = articleText.slice(clause.start, clause.end);
      const sentenceText = articleText.slice(clause.sentence.start, clause.sentence.end).trim();
      const words = clause.words.filter((word) => word.pos !== 'PUNCT');
      const concrete = feature.entities.size > 0 || feature.dates.length > 0 || feature.quantities.length > 0;
      if (words.length < MIN_CLAIM_WORDS || !words.some((word) => word.pos === 'VERB') || !concrete || isQuestion(sentenceText)) continue;
      claims.push({
        id: `s${createHash('sha1').update(`${clause.articleId}:${clause.start}`).digest('hex').slice(0, 10)}`,
        articleId: clause.articleId,
        // "and offered Norvania's help as a mediator" reads as its sentence; the evidence stays the clause
        text: standsAlone(text) ? text : sentenceText,
        evidence: { articleId: clause.articleId, start: clause.start, end: clause.end, text },
      });
    }
  }
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  return claims.sort((a, b) => positionOf.get(a.articleId)! - positionOf.get(b.articleId)! || a.evidence.start - b.evidence.start);
}

/**
 * Widely reported facts an article (one the aligner could read, not a copy of another) leaves out: facts
 * that at least MIN_OMITTED_SOURCES other independent sources report, and at least OMITTED_SHARE of the
 * story's. Of four outlets, a fact two report is left out by the other two; of fifty, a fact two report is
 * not "left out" by the other forty-eight, one seventeen report is. Each article leaves out at most the
 * few facts most outlets share, so a story of thousands of articles gives thousands of omissions, not millions.
 */
export function findOmissions(facts: readonly Fact[], articles: readonly Article[], readable: ReadonlySet<string>): Omission[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const sources = countSupport(articles.filter((article) => readable.has(article.id)).map((article) => article.id), byId).independent;
  const least = Math.max(MIN_OMITTED_SOURCES, Math.ceil(sources * OMITTED_SHARE));
  const reported = facts.filter((fact) => fact.support.independent >= least).map((fact) => ({ fact, articles: new Set(fact.articles) }));
  const omissions: Omission[] = [];
  for (const article of articles) {
    // a copy leaves out what the text it copies leaves out: the original's list says it once
    if (!readable.has(article.id) || (article.kinship && readable.has(article.kinship.copyOf))) continue;
    for (const { fact, articles: reporting } of reported) {
      if (reporting.has(article.id)) continue;
      if (article.kinship && reporting.has(article.kinship.copyOf)) continue;
      omissions.push({ articleId: article.id, factId: fact.id });
    }
  }
  return omissions;
}
