import type { Article, Quantity, TemporalExpression } from '../../model/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { MergedEntities } from '../merge-entities.ts';
import type { Clause } from './read-clauses.ts';

/** A content word or an actor of a clause, with the concepts it can meet in another clause. */
export interface Term {
  /** The lemma ("seize"), or `e:<entity id>` for an actor. */
  key: string;
  concepts: readonly string[];
  /** Rarity, from the background corpus and from the story: rare words carry a match. */
  weight: number;
  /** Rarity in the background corpus alone: what the story split weighs articles by (words the outlets share are its signal). */
  rarity: number;
  /** The event class of the word ("coerce.seize"), when it names an event. */
  eventClass: string | null;
  /** Where the term first occurs in the article's text. */
  start: number;
}

/** What a clause says, in terms the aligner compares. */
export interface ClauseFeatures {
  clause: Clause;
  terms: Term[];
  totalWeight: number;
  /** Every concept of every term: for the inverted index and for matching. */
  concepts: Set<string>;
  entities: Set<string>;
  eventClasses: Set<string>;
  /** Concrete dates of the clause (no placeholder, no duration or set). */
  dates: TemporalExpression[];
  /** Days the article could not resolve without a publication date: "Thursday", "today". */
  unresolvedDays: TemporalExpression[];
  /** Durations: "one day" in "one day after the seizure". */
  durations: TemporalExpression[];
  quantities: Quantity[];
}

/** Fewest clauses a story's rarity is counted over. */
const MIN_STORY_CLAUSES = 64;
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
/** Verbs of saying and being carry no content of their own: "said", "added", "has been". */
const LIGHT_LEMMAS = new Set(['say', 'tell', 'add', 'be', 'have', 'do', 'get', 'make', 'go', 'come', 'note', 'state', 'continue', 'also', 'other', 'new']);

/**
 * The terms of every clause: content words through the lexicon (lemma, WordNet concepts, event class),
 * actors as their merged entity, dates and quantities kept aside for the compatibility checks.
 * Weights are the lower of the background rarity and the rarity among the story's clauses, so that a
 * word every outlet repeats ("Venezuela" in a Venezuela story) cannot carry a match on its own.
 */
export function describeClauses(clauses: readonly Clause[], articles: readonly Article[], entities: MergedEntities, lexicon: Lexicon): ClauseFeatures[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const raw = clauses.map((clause) => readTerms(clause, byId.get(clause.articleId)!, entities, lexicon));
  const frequency = new Map<string, number>();
  for (const { terms } of raw) for (const key of new Set(terms.map((term) => term.key))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  // two short reports of one event share their words in 2 of 8 clauses: that is the statement they share,
  // not a word the story repeats, so a small story is weighed as if it had MIN_STORY_CLAUSES clauses
  const storySize = Math.max(clauses.length, MIN_STORY_CLAUSES);
  const storyIdf = (key: string) => Math.log((storySize + 1) / ((frequency.get(key) ?? 0) + 1)) + 1;
  return raw.map((features) => {
    const terms = features.terms.map((term) => ({ ...term, weight: Math.min(term.weight, storyIdf(term.key)) }));
    return {
      ...features,
      terms,
      totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
      concepts: new Set(terms.flatMap((term) => term.concepts)),
      eventClasses: new Set(terms.map((term) => term.eventClass).filter((value): value is string => value !== null)),
    };
  });
}

function readTerms(clause: Clause, article: Article, entities: MergedEntities, lexicon: Lexicon): Omit<ClauseFeatures, 'totalWeight' | 'concepts' | 'eventClasses'> {
  const inClause = <T extends { start: number; end: number }>(span: T) => span.start >= clause.start && span.end <= clause.end;
  const mentions = article.mentions.filter(inClause);
  const dates = article.dates.filter(inClause);
  const terms: Term[] = [];
  const entityIds = new Set<string>();
  for (const mention of mentions) {
    const id = entities.idOf(article.id, mention.entityKey);
    if (!id || entityIds.has(id)) continue;
    entityIds.add(id);
    terms.push({ key: `e:${id}`, concepts: [`e:${id}`], weight: lexicon.idf(''), rarity: lexicon.idf(''), eventClass: null, start: mention.start });
  }
  const seen = new Set<string>();
  for (const word of clause.words) {
    if (!CONTENT_POS.has(word.pos) || LIGHT_LEMMAS.has(word.lemma) || !/\p{L}/u.test(word.lemma)) continue;
    if (mentions.some((mention) => word.start >= mention.start && word.end <= mention.end)) continue;
    if (dates.some((date) => word.start >= date.start && word.end <= date.end)) continue;
    if (seen.has(word.lemma)) continue;
    seen.add(word.lemma);
    const pos = word.pos === 'NOUN' || word.pos === 'PROPN' ? 'noun' : word.pos === 'VERB' ? 'verb' : 'adj';
    const rarity = lexicon.idf(word.lemma);
    terms.push({ key: word.lemma, concepts: lexicon.conceptsOf(word.lemma, pos), weight: rarity, rarity, eventClass: lexicon.eventClassOf(word.lemma), start: word.start });
  }
  return {
    clause,
    terms,
    entities: entityIds,
    dates: dates.filter((date) => date.precision !== 'duration' && date.precision !== 'set' && !date.value.includes('X')),
    unresolvedDays: dates.filter((date) => date.precision === 'day' && date.value.startsWith('XXXX')),
    durations: dates.filter((date) => date.precision === 'duration'),
    quantities: article.quantities.filter(inClause),
  };
}
