import { createHash } from 'node:crypto';
import { loadLexicon } from '../../lexicon/index.ts';
import type { AlignOptions, Article, Evidence, Fact, FactHeadline, LinkedEntities } from '../../model/index.ts';
import { foldText } from '../../shared/words.ts';
import { chooseHeadline } from './choose-headline.ts';
import { clusterClauses, type ScoredPair } from './cluster-clauses.ts';
import { countSupport } from '../../shared/count-support.ts';
import { describeClauses, type ClauseFeatures } from './describe-clauses.ts';
import { findCandidatePairs } from './find-candidate-pairs.ts';
import { findEventGroups } from './find-event-groups.ts';
import { pickFactGroups } from './pick-fact-groups.ts';
import { collectClauses } from './collect-clauses.ts';
import { createPairScorer, type PairScorer } from './score-kinds.ts';
import type { PairScore } from './score-pair.ts';

/** The statements of a story, each with the clauses that carry it, and the clauses no other article shares. */
export interface StatementGroups {
  features: ClauseFeatures[];
  /** Every clause in exactly one group: a group of one article is a statement no other article makes. */
  groups: number[][];
  /** Event-centric groups across articles, which may reuse clauses of `groups`. */
  eventGroups: number[][];
  /** The pairs of clauses judged one statement, with their similarity: what `groups` were made of. */
  links: ScoredPair[];
  /** scorePair by clause index, cached by kind of clause (see score-kinds.ts). */
  scoreOf: PairScorer;
}

/**
 * The statements of two or more articles, as facts with their evidence and support: one fact per
 * statement (see pickFactGroups), each worded so that no two facts of the story read the same.
 */
export function toFacts({ features, groups, eventGroups }: StatementGroups, articles: readonly Article[]): Fact[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  // each fact's wording, folded: a wording taken gives way to another (see chooseHeadline)
  const taken = new Set<string>();
  return pickFactGroups(features, groups, eventGroups, texts).flatMap((group) => {
    const members = group.map((index) => features[index]!);
    const wording = chooseHeadline(members, texts, taken);
    if (!wording) return [];
    taken.add(foldText(wording.text));
    return [toFact(members, wording, byId, positionOf)];
  });
}

/** Clauses of one story grouped into statements (a group of one is a statement no other article makes). */
export function groupStatements(articles: readonly Article[], entities: LinkedEntities, settings: AlignOptions): StatementGroups {
  const features = describeClauses(collectClauses(articles), articles, entities, loadLexicon());
  const scoreOf = createPairScorer(features);
  const edges: ScoredPair[] = [];
  findCandidatePairs(features, (a, b) => {
    const score = scoreOf(a, b);
    // roles that disagree keep two clauses apart however many words they share ("X backs Y" / "Y asks X")
    if (score.roles.conflict) return;
    const sameStatement =
      (score.sharedRare >= 2 && score.similarity >= settings.minSimilarity) ||
      (score.sharedEvents >= 1 && score.sharedRare >= 1 && score.similarity >= settings.minEventSimilarity) ||
      // "phoned" / "called": acts that meet through WordNet count as one kind of event
      (score.roles.sameAct && score.sharedRare >= 1 && score.similarity >= settings.minEventSimilarity) ||
      // the same act on the same participants in the same roles, in however few shared words
      score.roles.sameStatement;
    if (sameStatement) edges.push({ a, b, score: Math.min(1, score.similarity + roleBonus(score)) });
  });
  const groups = clusterClauses(features.map((feature) => feature.clause.articleId), edges, settings.minLink);
  const eventGroups = findEventGroups(features, groups, settings.minSimilarity, scoreOf);
  return { features, groups, eventGroups, links: edges, scoreOf };
}

/**
 * What agreeing roles add to a link's similarity: two clauses with the same act and a participant in the
 * same role say one thing even in few shared words, so they hold together in a group (see clusterClauses)
 * where words alone would not. Tuned on the ECB+ train stories (bench/align-quality.ts --split train).
 */
const SAME_STATEMENT_BONUS = 0.3;
const SAME_ACT_BONUS = 0.1;

function roleBonus({ roles }: PairScore): number {
  if (roles.sameStatement) return SAME_STATEMENT_BONUS;
  return roles.sameAct ? SAME_ACT_BONUS : 0;
}

function toFact(members: readonly ClauseFeatures[], wording: FactHeadline, articles: ReadonlyMap<string, Article>, positionOf: ReadonlyMap<string, number>): Fact {
  const evidence: Evidence[] = members
    .map(({ clause }) => ({ articleId: clause.articleId, start: clause.start, end: clause.end, text: articles.get(clause.articleId)!.text.slice(clause.start, clause.end) }))
    .sort((a, b) => positionOf.get(a.articleId)! - positionOf.get(b.articleId)! || a.start - b.start);
  const articleIds = [...new Set(evidence.map((item) => item.articleId))];
  return {
    id: `f${createHash('sha1').update(evidence.map((item) => `${item.articleId}:${item.start}`).join(' ')).digest('hex').slice(0, 10)}`,
    ...wording,
    articles: articleIds,
    evidence,
    support: countSupport(articleIds, articles),
  };
}
