import { createHash } from 'node:crypto';
import type { Article, Evidence, Fact } from '../../model/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { mergeEntities, type MergedEntities } from '../merge-entities.ts';
import { clusterClauses, type ScoredPair } from './cluster-clauses.ts';
import { countSupport } from './count-support.ts';
import { describeClauses, type ClauseFeatures } from './describe-clauses.ts';
import { findCandidatePairs } from './find-candidate-pairs.ts';
import { findCentralClause } from './find-central-clause.ts';
import { findEventGroups } from './find-event-groups.ts';
import { findStories } from '../stories/find-stories.ts';
import { readClauses } from './read-clauses.ts';
import { createPairScorer, type PairScorer } from './score-kinds.ts';

/** Settings of the aligner; the defaults were tuned on ECB+ train topics and checked on dev. */
export interface AlignOptions {
  /** Least weighted overlap for two clauses sharing two rare words to be one statement. */
  minSimilarity: number;
  /** Least weighted overlap when the two clauses name the same kind of event ("seized" / "interception"). */
  minEventSimilarity: number;
  /** Least average link for two groups of clauses to join. */
  minLink: number;
}

export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = Object.freeze({ minSimilarity: 0.3, minEventSimilarity: 0.2, minLink: 0.2 });

/** The statements of a story, each with the clauses that carry it, and the clauses no other article shares. */
export interface StatementGroups {
  features: ClauseFeatures[];
  /** Every clause in exactly one group: a group of one article is a statement no other article makes. */
  groups: number[][];
  /** Event-centric groups across articles, which may reuse clauses of `groups`. */
  eventGroups: number[][];
  /** The stories the articles tell, as groups of article ids: one unless the inputs are clearly several; nothing is aligned across them. */
  stories: string[][];
  /** The pairs of clauses judged one statement, with their similarity: what `groups` were made of. */
  links: ScoredPair[];
  /** scorePair by clause index, cached by kind of clause (see score-kinds.ts). */
  scoreOf: PairScorer;
}

/** Statements aligned across the articles of one story, each with its evidence from every article that carries it. */
export function alignFacts(articles: readonly Article[], entities: MergedEntities = mergeEntities(articles), options: Partial<AlignOptions> = {}): Fact[] {
  return toFacts(groupStatements(articles, entities, options), articles);
}

/** The groups of two or more articles, as facts with their evidence and support. */
export function toFacts({ features, groups, eventGroups }: StatementGroups, articles: readonly Article[]): Fact[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  return [...groups, ...eventGroups]
    .filter((group) => new Set(group.map((index) => features[index]!.clause.articleId)).size >= 2)
    .map((group) => toFact(group.map((index) => features[index]!), byId, positionOf));
}

/** Clauses of the story grouped into statements (a group of one is a statement no other article makes). */
export function groupStatements(articles: readonly Article[], entities: MergedEntities, options: Partial<AlignOptions> = {}): StatementGroups {
  const settings = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const clauses = readClauses(articles);
  const features = describeClauses(clauses, articles, entities, loadLexicon());
  const stories = findStories(features, articles.map((article) => article.id));
  const storyOfArticle = new Map(stories.flatMap((story, index) => story.map((id) => [id, index] as const)));
  const storyOf = Int32Array.from(features, (feature) => storyOfArticle.get(feature.clause.articleId) ?? -1);
  const sameStory = (indices: readonly number[]) => indices.every((index) => storyOf[index] === storyOf[indices[0]!]);
  const scoreOf = createPairScorer(features);
  const edges: ScoredPair[] = [];
  findCandidatePairs(features, (a, b) => {
    if (storyOf[a] !== storyOf[b]) return;
    const score = scoreOf(a, b);
    const sameStatement =
      (score.sharedRare >= 2 && score.similarity >= settings.minSimilarity) ||
      (score.sharedEvents >= 1 && score.sharedRare >= 1 && score.similarity >= settings.minEventSimilarity);
    if (sameStatement) edges.push({ a, b, score: score.similarity });
  });
  const groups = clusterClauses(features.map((feature) => feature.clause.articleId), edges, settings.minLink);
  // an event group is cut at story lines: "a quake hit" in two unrelated stories is two events
  const eventGroups = findEventGroups(features, groups, settings.minSimilarity, scoreOf).flatMap((group) =>
    sameStory(group) ? [group] : stories.map((_, story) => group.filter((index) => storyOf[index] === story)).filter((part) => new Set(part.map((index) => features[index]!.clause.articleId)).size >= 2),
  );
  return { features, groups, eventGroups, stories, links: edges, scoreOf };
}

function toFact(members: readonly ClauseFeatures[], articles: ReadonlyMap<string, Article>, positionOf: ReadonlyMap<string, number>): Fact {
  const evidence: Evidence[] = members
    .map(({ clause }) => ({ articleId: clause.articleId, start: clause.start, end: clause.end, text: articles.get(clause.articleId)!.text.slice(clause.start, clause.end) }))
    .sort((a, b) => positionOf.get(a.articleId)! - positionOf.get(b.articleId)! || a.start - b.start);
  const articleIds = [...new Set(evidence.map((item) => item.articleId))];
  return {
    id: `f${createHash('sha1').update(evidence.map((item) => `${item.articleId}:${item.start}`).join(' ')).digest('hex').slice(0, 10)}`,
    text: headline(members, evidence),
    articles: articleIds,
    evidence,
    support: countSupport(articleIds, articles),
  };
}

/** The fact's wording: the clause that shares most with the others (the most central one). */
function headline(members: readonly ClauseFeatures[], evidence: readonly Evidence[]): string {
  const clause = members[findCentralClause(members)]!.clause;
  return evidence.find((item) => item.articleId === clause.articleId && item.start === clause.start)!.text;
}
