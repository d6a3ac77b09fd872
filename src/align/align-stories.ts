import type { AlignOptions, Article, Clustering, Dossier, FailedInput, LinkedEntities, Message } from '../model/index.ts';
import { describeError } from '../shared/describe-error.ts';
import { collectQuotes } from './collect-quotes.ts';
import { alignedClauses, comparedPairs } from './conflicts/conflict-parts.ts';
import { findActorConflicts } from './conflicts/find-actor-conflicts.ts';
import { findAgeConflicts } from './conflicts/find-age-conflicts.ts';
import { findBearingConflicts } from './conflicts/find-bearing-conflicts.ts';
import { findDateConflicts } from './conflicts/find-date-conflicts.ts';
import { findNumberConflicts } from './conflicts/find-number-conflicts.ts';
import { findRecordConflicts } from './conflicts/find-record-conflicts.ts';
import { findPlaceConflicts } from './conflicts/find-place-conflicts.ts';
import { findResidenceConflicts } from './conflicts/find-residence-conflicts.ts';
import { findSceneConflicts } from './conflicts/find-scene-conflicts.ts';
import { findSideConflicts } from './conflicts/find-side-conflicts.ts';
import { findSpeakerConflicts } from './conflicts/find-speaker-conflicts.ts';
import { findOmissions, findSingleSourceClaims } from './facts/find-single-source.ts';
import { groupStatements, toFacts, type StatementGroups } from './facts/index.ts';
import { describeFraming } from './framing/index.ts';
import { inferPublished } from './infer-published.ts';
import { findQuoteVariants } from './quotes/find-quote-variants.ts';
import { summarizeStory } from './summarize-story.ts';
import { anchorRelativeDates } from './timeline/anchor-relative-dates.ts';
import { buildTimeline } from './timeline/build-timeline.ts';

/**
 * The annotate stage's reading of an article again with a publication date its story gave it (its
 * relative dates, "Thursday" or "yesterday", then resolve): handed to align by the pipeline, so that
 * align never imports annotate. `message` says why the date was given.
 */
export type RereadWithDate = (article: Article, published: string, message: Message) => Article;

/** What the align stage adds to the dossier, with the articles as it leaves them (some dated by their story). */
export type Alignment = Pick<Dossier, 'story' | 'articles' | 'quotes' | 'facts' | 'singleSource' | 'omissions' | 'conflicts' | 'quoteVariants' | 'timeline' | 'framing'> & {
  /** The articles of a story whose alignment failed: the rest of the batch is aligned all the same. */
  failed: FailedInput[];
};

type StoryAlignment = Pick<Dossier, 'articles' | 'facts' | 'singleSource' | 'omissions' | 'conflicts' | 'quoteVariants' | 'timeline'>;

/**
 * The align stage: each story of the cluster stage aligned on its own (alignStory), one failing story
 * costing only its own findings; then what spans the batch: quotes with their speakers' entities, the
 * story summary and each article's framing.
 */
export function alignStories(articles: readonly Article[], clustering: Clustering, options: AlignOptions, rereadWithDate: RereadWithDate): Alignment {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const failed: FailedInput[] = [];
  const stories: StoryAlignment[] = [];
  for (const story of clustering.stories) {
    try {
      stories.push(alignStory(story.map((id) => byId.get(id)!), clustering.entities, options, rereadWithDate));
    } catch (error) {
      const reason = `align failed on a story of ${story.length} article${story.length === 1 ? '' : 's'}: ${describeError(error)}`;
      for (const id of story) {
        const article = byId.get(id)!;
        byId.set(id, { ...article, messages: [...article.messages, { severity: 'fatal', origin: 'align:story', reason }] });
        failed.push({ source: article.source, reason });
      }
    }
  }
  for (const story of stories) for (const article of story.articles) byId.set(article.id, article);
  const aligned = articles.map((article) => byId.get(article.id)!);
  return {
    story: summarizeStory(aligned, clustering.stories),
    articles: aligned,
    quotes: collectQuotes(aligned, clustering.entities),
    facts: stories.flatMap((story) => story.facts),
    singleSource: stories.flatMap((story) => story.singleSource),
    omissions: stories.flatMap((story) => story.omissions),
    conflicts: stories.flatMap((story) => story.conflicts),
    quoteVariants: stories.flatMap((story) => story.quoteVariants),
    timeline: stories.flatMap((story) => story.timeline),
    framing: describeFraming(aligned, clustering.entities.idOf, clustering.entities.entities),
    failed,
  };
}

/**
 * One story, step by step: its statements (clauses grouped across articles); the publication dates it
 * gives its undated articles, whose relative dates are then read again (and the statements grouped
 * again); facts; what one outlet alone says and what an outlet leaves out; quote variants; conflicts;
 * the timeline.
 */
function alignStory(storyArticles: readonly Article[], entities: LinkedEntities, options: AlignOptions, rereadWithDate: RereadWithDate): StoryAlignment {
  let articles = storyArticles;
  let statements = groupStatements(articles, entities, options);
  const dated = dateFromStory(articles, statements, rereadWithDate);
  if (dated !== articles) {
    articles = dated;
    statements = groupStatements(articles, entities, options);
  }
  const facts = toFacts(statements, articles);
  const quotes = collectQuotes(articles, entities);
  const quoteVariants = findQuoteVariants(quotes, articles);
  const { features, groups, eventGroups } = statements;
  const readable = new Set(features.map((feature) => feature.clause.articleId));
  return {
    articles: [...articles],
    facts,
    singleSource: findSingleSourceClaims(features, groups, articles, facts),
    omissions: findOmissions(facts, articles, readable),
    conflicts: findConflicts(statements, facts, articles, entities, quoteVariants, quotes, options),
    quoteVariants,
    timeline: buildTimeline(features, [...groups, ...eventGroups], anchorRelativeDates(features, articles), articles),
  };
}

/**
 * Undated articles of a story that calls an event "Thursday" where a dated article of it says which day
 * that was get that publication date (see inferPublished), and their relative dates are read again with
 * it. The same articles when nothing is inferred (every article dated, or none).
 */
function dateFromStory(articles: readonly Article[], statements: StatementGroups, rereadWithDate: RereadWithDate): readonly Article[] {
  if (articles.every((article) => article.published) || articles.every((article) => !article.published)) return articles;
  const groupOf: number[] = [];
  statements.groups.forEach((group, groupIndex) => group.forEach((index) => (groupOf[index] = groupIndex)));
  const inferences = inferPublished(articles, statements.features, groupOf);
  if (!inferences.length) return articles;
  return articles.map((article) => {
    const inference = inferences.find((item) => item.articleId === article.id);
    if (!inference) return article;
    return rereadWithDate(article, inference.published, { severity: 'info', origin: 'align:infer-published', reason: `publication date inferred as ${inference.published}: ${inference.reason}` });
  });
}

/** Aligned statements that disagree: on a date, a number, who did it, a place, who said it; and where a person lives, how old a person is, a person's win-loss record. */
function findConflicts(statements: StatementGroups, facts: Dossier['facts'], articles: readonly Article[], entities: LinkedEntities, quoteVariants: Dossier['quoteVariants'], quotes: Dossier['quotes'], options: AlignOptions): Dossier['conflicts'] {
  // a conflict is two articles disagreeing: one article alone has none to compare (a 4 MB article's 40,000 clauses took a second)
  if (articles.length < 2) return [];
  const { features, groups, eventGroups } = statements;
  const factOfClause = new Map<string, string>();
  for (const fact of facts) for (const item of fact.evidence) factOfClause.set(`${item.articleId}:${item.start}`, fact.id);
  const factIdOf = (group: readonly number[]) => factOfClause.get(`${features[group[0]!]!.clause.articleId}:${features[group[0]!]!.clause.start}`) ?? null;
  const aligned = alignedClauses(features, groups, statements.links, statements.scoreOf, factIdOf, articles);
  // names the annotator left untyped are mostly people's ("Austin Daye finished with 20 points")
  const persons = new Set(entities.entities.filter((entity) => entity.type === 'person' || (entity.type === 'other' && /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+)+$/u.test(entity.name))).map((entity) => entity.id));
  const pairs = comparedPairs(aligned, eventGroups);
  const published = new Map(articles.map((article) => [article.id, article.published]));
  return [
    ...findDateConflicts(aligned, pairs, persons),
    ...findNumberConflicts(aligned, pairs, persons, published, options.minSimilarity),
    ...findActorConflicts(aligned, entities.entities, options.minSimilarity),
    ...findPlaceConflicts(aligned, [...groups, ...eventGroups], articles, entities),
    ...findBearingConflicts(aligned, pairs),
    ...findSideConflicts(aligned, pairs),
    ...findSceneConflicts(aligned, pairs),
    ...findResidenceConflicts(articles, entities),
    ...findAgeConflicts(articles, entities),
    ...findRecordConflicts(articles, entities),
    ...findSpeakerConflicts(quoteVariants, quotes, entities.entities, articles),
  ];
}
