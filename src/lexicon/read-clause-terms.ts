import type { Article, Clause, Span } from '../model/index.ts';
import type { Lexicon } from './load-lexicon.ts';

/** A content word or an actor of a clause, with the concepts it can meet in another clause. */
export interface Term {
  /** The lemma ("seize"), or `e:<entity id>` for an actor. */
  key: string;
  concepts: readonly string[];
  /** Rarity in the background corpus: rare words carry a match (the aligner lowers it to the story's rarity). */
  weight: number;
  /** Rarity in the background corpus alone: what the story split weighs articles by (words the outlets share are its signal). */
  rarity: number;
  /** The event class of the word ("coerce.seize"), when it names an event. */
  eventClass: string | null;
  /** Where the term first occurs in the article's text. */
  start: number;
}

/** The cross-article actor a mention of an article stands for: `entity id`, or null. */
export type EntityIdOf = (articleId: string, entityKey: string) => string | null;

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
/** Verbs of saying and being carry no content of their own: "said", "added", "has been". */
const LIGHT_LEMMAS = new Set(['say', 'tell', 'add', 'be', 'have', 'do', 'get', 'make', 'go', 'come', 'note', 'state', 'continue', 'also', 'other', 'new']);

/** Terms already read, by clause: the cluster stage reads every clause's terms, and align reads them again. */
const readTerms = new WeakMap<Clause, { entityIdOf: EntityIdOf; lexicon: Lexicon; terms: readonly Term[] }>();

/**
 * What a clause says, in terms two clauses (or two articles) can be compared by: its actors first, as
 * their cross-article entity, then its content words (nouns, verbs, adjectives and proper nouns outside
 * names and dates, not a light verb like "say" or "be") through the lexicon, each lemma once.
 */
export function readClauseTerms(clause: Clause, article: Article, entityIdOf: EntityIdOf, lexicon: Lexicon): readonly Term[] {
  const known = readTerms.get(clause);
  if (known && known.entityIdOf === entityIdOf && known.lexicon === lexicon) return known.terms;
  const terms: Term[] = [];
  const entityIds = new Set<string>();
  for (const index of clause.mentions) {
    const mention = article.mentions[index]!;
    const id = entityIdOf(article.id, mention.entityKey);
    if (!id || entityIds.has(id)) continue;
    entityIds.add(id);
    terms.push({ key: `e:${id}`, concepts: [`e:${id}`], weight: lexicon.idf(''), rarity: lexicon.idf(''), eventClass: null, start: mention.start });
  }
  const seen = new Set<string>();
  for (let index = clause.firstToken; index < clause.endToken; index++) {
    const word = article.tokens[index]!;
    if (!CONTENT_POS.has(word.pos) || LIGHT_LEMMAS.has(word.lemma) || !/\p{L}/u.test(word.lemma)) continue;
    if (liesInside(word, clause.mentions, article.mentions) || liesInside(word, clause.dates, article.dates)) continue;
    if (seen.has(word.lemma)) continue;
    seen.add(word.lemma);
    const pos = word.pos === 'NOUN' || word.pos === 'PROPN' ? 'noun' : word.pos === 'VERB' ? 'verb' : 'adj';
    const rarity = lexicon.idf(word.lemma);
    terms.push({ key: word.lemma, concepts: lexicon.conceptsOf(word.lemma, pos), weight: rarity, rarity, eventClass: lexicon.eventClassOf(word.lemma), start: word.start });
  }
  readTerms.set(clause, { entityIdOf, lexicon, terms });
  return terms;
}

/** Whether the word lies inside one of the spans at `indexes` of `layer`: a name's or a date's words are no content words. */
function liesInside(word: Span, indexes: readonly number[], layer: readonly Span[]): boolean {
  for (const at of indexes) if (word.start >= layer[at]!.start && word.end <= layer[at]!.end) return true;
  return false;
}
