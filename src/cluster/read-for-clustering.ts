import { readActorTerms, readClauseWords, wordTerm, type ClauseWord, type EntityIdOf, type Lexicon, type Term } from '../lexicon/index.ts';
import type { Article, EntityMention } from '../model/index.ts';
import { readActParticipants, type ActPeople } from './find-participant-clashes.ts';
import { readCrossLanguageMarks } from './place-unread-articles.ts';
import { readNumberAndYearAnchors } from './read-anchors.ts';

/** A mention as the cluster stage keeps it: the article's own key for the actor, its name and type. */
export type ReadMention = Pick<EntityMention, 'start' | 'entityKey' | 'name' | 'text' | 'type' | 'country'>;

/**
 * A clause as the cluster stage keeps it: which mentions it holds (indexes into the reading's `mentions`),
 * and its content words (see readClauseWords) as their lemmas and one letter each for their part of speech
 * ("nva": noun, verb, adjective): a fifth of the memory of their terms, which are read again when asked for.
 */
export interface ReadClause {
  mentions: readonly number[];
  lemmas: readonly string[];
  parts: string;
}

const PART_LETTERS: Readonly<Record<ClauseWord['pos'], string>> = { noun: 'n', verb: 'v', adj: 'a' };
const PART_OF_LETTER: Readonly<Record<string, ClauseWord['pos']>> = { n: 'noun', v: 'verb', a: 'adj' };

/**
 * All the cluster stage reads of one article, read right after annotate: its actors by the article's own
 * keys, the numbers and years that pin its event, its clauses' words, its acts with their people, and the
 * marks that cross languages. Small beside the article (a tenth of its memory or less: no tokens, no
 * text), so that a batch of 100,000 articles is clustered while the articles themselves wait on disk.
 * Which actor a key stands for across the batch is known only once every article is read (mergeEntities):
 * the steps after resolve keys then.
 */
export interface ClusterReading {
  id: string;
  source: string;
  published: string | null;
  /** Whether annotate read its clauses (English): an article with none is placed by its marks alone (placeUnreadArticles). */
  read: boolean;
  mentions: readonly ReadMention[];
  /** "number:10 people", "year:2013", … (see readNumberAndYearAnchors), in the order readAnchors counts them. */
  numberAndYearAnchors: readonly string[];
  clauses: readonly ReadClause[];
  acts: readonly ActPeople[];
  /** Its marks that cross languages (see readCrossLanguageMarks), each once: a list, a tenth of a set's memory. */
  marks: readonly string[];
}

/**
 * The cluster stage's reading of one annotated article (see ClusterReading). An article `alone` in its
 * batch is one story whatever it says: only its actors are read (a 4 MB article's 40,000 clauses took a second).
 */
export function readForClustering(article: Article, lexicon: Lexicon, { alone = false } = {}): ClusterReading {
  if (alone) {
    return { id: article.id, source: article.source, published: article.published, read: article.clauses.length > 0, mentions: readMentions(article), numberAndYearAnchors: [], clauses: [], acts: [], marks: [] };
  }
  return {
    id: article.id,
    source: article.source,
    published: article.published,
    read: article.clauses.length > 0,
    mentions: readMentions(article),
    numberAndYearAnchors: readNumberAndYearAnchors(article),
    clauses: article.clauses.map((clause) => {
      const words = readClauseWords(clause, article);
      return { mentions: clause.mentions, lemmas: words.map((word) => word.lemma), parts: words.map((word) => PART_LETTERS[word.pos]).join('') };
    }),
    acts: readActParticipants(article, lexicon),
    marks: [...readCrossLanguageMarks(article)],
  };
}

function readMentions(article: Article): ReadMention[] {
  return article.mentions.map(({ start, entityKey, name, text, type, country }) => ({ start, entityKey, name, text, type, country }));
}

/**
 * A read clause's terms once the batch's actors are known: its actors (each entity once), then its words,
 * as readClauseTerms gives them (a word's `start` is not kept: -1).
 */
export function clauseTerms(reading: ClusterReading, clause: ReadClause, entityIdOf: EntityIdOf, lexicon: Lexicon): Term[] {
  // a clause's words read the same every time (the stories and their events both ask): read once per reading
  let words = wordTermsOf.get(clause);
  if (!words) {
    words = clause.lemmas.map((lemma, index) => wordTerm({ lemma, pos: PART_OF_LETTER[clause.parts[index]!]!, start: -1 }, lexicon));
    wordTermsOf.set(clause, words);
  }
  const actors = readActorTerms(clause.mentions, reading.mentions, reading.id, entityIdOf, lexicon);
  return actors.length ? actors.concat(words) : words;
}

/** The terms of a clause's words, read once (the terms are not changed by those who read them). */
const wordTermsOf = new WeakMap<ReadClause, Term[]>();
