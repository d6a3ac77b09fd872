import type { Article, Dossier, Quote } from '../model/index.ts';
import { findDateConflicts } from './conflicts/find-date-conflicts.ts';
import { alignedClauses, comparedUnits } from './conflicts/conflict-parts.ts';
import { findActorConflicts } from './conflicts/find-actor-conflicts.ts';
import { findNumberConflicts } from './conflicts/find-number-conflicts.ts';
import { findPlaceConflicts } from './conflicts/find-place-conflicts.ts';
import { findSpeakerConflicts } from './conflicts/find-speaker-conflicts.ts';
import { findOmissions, findSingleSourceClaims } from './facts/find-single-source.ts';
import { DEFAULT_ALIGN_OPTIONS, groupStatements, toFacts, type AlignOptions, type StatementGroups } from './facts/index.ts';
import { inferPublished, type PublishedInference } from './infer-published.ts';
import type { MergedEntities } from './merge-entities.ts';
import { findQuoteVariants } from './quotes/find-quote-variants.ts';
import { anchorRelativeDates } from './timeline/anchor-relative-dates.ts';
import { buildTimeline } from './timeline/build-timeline.ts';

/** What the outlets of one story agree on, where they differ, what only one says, and when things happened. */
export type StoryAlignment = Pick<Dossier, 'facts' | 'singleSource' | 'omissions' | 'conflicts' | 'quoteVariants' | 'timeline'> & {
  /** The stories the articles tell, as groups of article ids (several only when the inputs clearly are). */
  stories: string[][];
};

/** The align stage over the annotated articles of one story (their statements grouped already, or grouped here). */
export function alignStory(articles: readonly Article[], entities: MergedEntities, quotes: readonly Quote[], statements: StatementGroups = groupStatements(articles, entities)): StoryAlignment {
  const { features, groups } = statements;
  const anchored = anchorRelativeDates(features, articles);
  const facts = toFacts(statements, articles);
  const factOfClause = new Map<string, string>();
  for (const fact of facts) for (const item of fact.evidence) factOfClause.set(`${item.articleId}:${item.start}`, fact.id);
  const factIdOf = (group: readonly number[]) => factOfClause.get(`${features[group[0]!]!.clause.articleId}:${features[group[0]!]!.clause.start}`) ?? null;
  const quoteVariants = findQuoteVariants(quotes, articles);
  const units = [...groups, ...statements.eventGroups];
  const aligned = alignedClauses(features, groups, statements.links, statements.scoreOf, factIdOf, articles);
  const persons = new Set(entities.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id));
  const readable = new Set(features.map((feature) => feature.clause.articleId));
  return {
    facts,
    singleSource: findSingleSourceClaims(features, groups, articles),
    omissions: findOmissions(facts, articles, readable),
    conflicts: [
      ...findDateConflicts(aligned, persons),
      ...findNumberConflicts(aligned, comparedUnits(aligned, statements.eventGroups), persons, DEFAULT_ALIGN_OPTIONS.minSimilarity),
      ...findActorConflicts(aligned, entities.entities, DEFAULT_ALIGN_OPTIONS.minSimilarity),
      ...findPlaceConflicts(aligned, units, articles, entities),
      ...findSpeakerConflicts(quoteVariants, quotes, entities.entities),
    ],
    quoteVariants,
    timeline: buildTimeline(features, units, anchored, articles),
    stories: statements.stories,
  };
}

/**
 * Publication dates the story gives articles that have none ("Thursday" where a dated article says which),
 * with the statements read to find them: when nothing is inferred, the articles stay as they are and
 * alignStory takes those statements instead of grouping again.
 */
export function inferPublicationDates(articles: readonly Article[], entities: MergedEntities, options: Partial<AlignOptions> = {}): { inferences: PublishedInference[]; statements: StatementGroups | null } {
  if (articles.every((article) => article.published) || articles.every((article) => !article.published)) return { inferences: [], statements: null };
  const statements = groupStatements(articles, entities, options);
  const groupOf: number[] = [];
  statements.groups.forEach((group, groupIndex) => group.forEach((index) => (groupOf[index] = groupIndex)));
  return { inferences: inferPublished(articles, statements.features, groupOf), statements };
}
