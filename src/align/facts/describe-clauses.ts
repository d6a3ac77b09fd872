import type { Article, Participant, Quantity, TemporalExpression, LinkedEntities } from '../../model/index.ts';
import { readClauseTerms, type Lexicon, type Term } from '../../lexicon/index.ts';
import type { StoryClause } from './collect-clauses.ts';
import { spanLookup } from '../../shared/span-lookup.ts';

export type { Term } from '../../lexicon/index.ts';

/** What a clause says, in terms the aligner compares. */
export interface ClauseFeatures {
  clause: StoryClause;
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
  /** Months the article could not give a year without a publication date: "in December" → XXXX-12. */
  unresolvedMonths: TemporalExpression[];
  /** Durations: "one day" in "one day after the seizure". */
  durations: TemporalExpression[];
  quantities: Quantity[];
  /** Who does what to whom, in terms another article's clause can be compared by (see readRoleTerms). */
  roles: RoleTerms;
}

/** A clause's act as the lexicon reads it: "seized" → lemma "seize", its concepts, class "coerce.seize". */
export interface ActTerm {
  lemma: string;
  concepts: readonly string[];
  eventClass: string | null;
}

/** A doer or target: the actors named in it, and its head word's concepts and rarity. */
export interface ParticipantTerm {
  entities: readonly string[];
  head: string;
  concepts: readonly string[];
  weight: number;
}

export interface RoleTerms {
  act: ActTerm | null;
  doer: ParticipantTerm | null;
  target: ParticipantTerm | null;
  negated: boolean;
}

/** Fewest clauses a story's rarity is counted over. */
const MIN_STORY_CLAUSES = 64;

/**
 * The terms of every clause: content words through the lexicon (lemma, WordNet concepts, event class),
 * actors as their merged entity, dates and quantities kept aside for the compatibility checks.
 * Weights are the lower of the background rarity and the rarity among the story's clauses, so that a
 * word every outlet repeats ("Venezuela" in a Venezuela story) cannot carry a match on its own.
 */
export function describeClauses(clauses: readonly StoryClause[], articles: readonly Article[], entities: LinkedEntities, lexicon: Lexicon): ClauseFeatures[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const raw = clauses.map((clause) => readTerms(clause, byId.get(clause.articleId)!, entities, lexicon));
  // how many clauses hold each term
  const frequency = new Map<string, number>();
  for (const { terms } of raw) {
    const counted = new Set<string>();
    for (const { key } of terms) {
      if (counted.has(key)) continue;
      counted.add(key);
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  // two short reports of one event share their words in 2 of 8 clauses: that is the statement they share,
  // not a word the story repeats, so a small story is weighed as if it had MIN_STORY_CLAUSES clauses
  const storySize = Math.max(clauses.length, MIN_STORY_CLAUSES);
  const storyIdfs = new Map<string, number>();
  const storyIdf = (key: string) => {
    let value = storyIdfs.get(key);
    if (value === undefined) storyIdfs.set(key, (value = Math.log((storySize + 1) / ((frequency.get(key) ?? 0) + 1)) + 1));
    return value;
  };
  return raw.map(({ clause, terms: backgroundTerms, entities, dates, unresolvedDays, unresolvedMonths, durations, quantities, roles }) => {
    const terms: Term[] = [];
    const eventClasses = new Set<string>();
    let totalWeight = 0;
    for (const { key, concepts, weight, rarity, eventClass, start } of backgroundTerms) {
      const term = { key, concepts, weight: Math.min(weight, storyIdf(key)), rarity, eventClass, start };
      terms.push(term);
      totalWeight += term.weight;
      if (eventClass !== null) eventClasses.add(eventClass);
    }
    // gathered when first read: only a clause scored against another's needs them, and a story of one article scores none
    let concepts: Set<string> | undefined;
    return {
      clause, terms, entities, dates, unresolvedDays, unresolvedMonths, durations, quantities, roles, totalWeight,
      get concepts() {
        concepts ??= new Set(terms.flatMap((term) => term.concepts));
        return concepts;
      },
      eventClasses,
    };
  });
}

/** Acts too light to compare: "is", "has"; "Kroon said" and "the minister said" are two statements whatever they share. */
const LIGHT_ACTS = new Set(['be', 'have', 'do', 'say', 'tell', 'add', 'state', 'note', 'report', 'continue', 'write', 'speak']);
/** Pronouns name nobody another article can be matched with. */
const PRONOUN = 'PRON';

/**
 * The clause's roles (the annotate stage's reading) through the lexicon and the merged entities: the act
 * as lemma, concepts and event class; each participant as its actors and its head word. "He", "they":
 * a participant with a pronoun head and no actor is unknown (null).
 */
function readRoleTerms(clause: StoryClause, article: Article, entities: LinkedEntities, lexicon: Lexicon): RoleTerms {
  const { act, doer, target, negated } = clause.layer.roles;
  const actWord = act === null ? null : article.tokens[act]!;
  const participant = (phrase: Participant | null): ParticipantTerm | null => {
    if (!phrase) return null;
    const start = article.tokens[phrase.firstToken]!.start;
    const end = article.tokens[phrase.endToken - 1]!.end;
    const actors = new Set<string>();
    for (const mention of spanLookup(article.mentions).within(start, end)) {
      const id = entities.idOf(article.id, mention.entityKey);
      if (id) actors.add(id);
    }
    const head = article.tokens[phrase.head]!;
    if (head.pos === PRONOUN && !actors.size) return null;
    const pos = head.pos === 'NUM' ? null : 'noun';
    return { entities: [...actors], head: head.lemma, concepts: lexicon.conceptsOf(head.lemma, pos), weight: lexicon.idf(head.lemma) };
  };
  return {
    act: actWord && !LIGHT_ACTS.has(actWord.lemma) ? { lemma: actWord.lemma, concepts: lexicon.conceptsOf(actWord.lemma, 'verb'), eventClass: lexicon.eventClassOf(actWord.lemma) } : null,
    doer: participant(doer),
    target: participant(target),
    negated,
  };
}

function readTerms(clause: StoryClause, article: Article, entities: LinkedEntities, lexicon: Lexicon): Omit<ClauseFeatures, 'totalWeight' | 'concepts' | 'eventClasses'> {
  const terms = [...readClauseTerms(clause.layer, article, entities.idOf, lexicon)];
  const dates = clause.layer.dates.map((index) => article.dates[index]!);
  return {
    clause,
    terms,
    entities: new Set(clause.layer.mentions.map((index) => entities.idOf(article.id, article.mentions[index]!.entityKey)).filter((id): id is string => id !== null)),
    dates: dates.filter((date) => date.precision !== 'duration' && date.precision !== 'set' && !date.value.includes('X')),
    unresolvedDays: dates.filter((date) => date.precision === 'day' && date.value.startsWith('XXXX')),
    unresolvedMonths: dates.filter((date) => date.precision === 'month' && /^XXXX-\d{2}$/.test(date.value)),
    durations: dates.filter((date) => date.precision === 'duration'),
    quantities: clause.layer.quantities.map((index) => article.quantities[index]!),
    roles: readRoleTerms(clause, article, entities, lexicon),
  };
}
