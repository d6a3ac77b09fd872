import type { Article, Clause, EntityMention, Span } from '../model/index.ts';
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

/** Terms already read, by clause: the align steps each read a clause's terms. */
const readTerms = new WeakMap<Clause, { entityIdOf: EntityIdOf; lexicon: Lexicon; terms: readonly Term[] }>();

/**
 * What a clause says, in terms two clauses (or two articles) can be compared by: its actors first, as
 * their cross-article entity, then its content words (nouns, verbs, adjectives and proper nouns outside
 * names and dates, not a light verb like "say" or "be") through the lexicon, each lemma once.
 */
export function readClauseTerms(clause: Clause, article: Article, entityIdOf: EntityIdOf, lexicon: Lexicon): readonly Term[] {
  const known = readTerms.get(clause);
  if (known && known.entityIdOf === entityIdOf && known.lexicon === lexicon) return known.terms;
  const terms = [...readActorTerms(clause.mentions, article.mentions, article.id, entityIdOf, lexicon), ...readClauseWords(clause, article).map((word) => wordTerm(word, lexicon))];
  readTerms.set(clause, { entityIdOf, lexicon, terms });
  return terms;
}

/**
 * A clause's actors as terms, each cross-article entity once, in the order the clause names them:
 * `mentionIndexes` are the clause's indexes into the article's `mentions`. The cluster stage keeps a
 * clause's mention indexes and its word terms apart, and reads its actors once the batch's entities are known.
 */
export function readActorTerms(
  mentionIndexes: readonly number[],
  mentions: readonly Pick<EntityMention, 'start' | 'entityKey'>[],
  articleId: string,
  entityIdOf: EntityIdOf,
  lexicon: Lexicon,
): Term[] {
  const terms: Term[] = [];
  const entityIds = new Set<string>();
  for (const index of mentionIndexes) {
    const mention = mentions[index]!;
    const id = entityIdOf(articleId, mention.entityKey);
    if (!id || entityIds.has(id)) continue;
    entityIds.add(id);
    terms.push({ key: `e:${id}`, concepts: [`e:${id}`], weight: lexicon.idf(''), rarity: lexicon.idf(''), eventClass: null, start: mention.start });
  }
  return terms;
}

/** A content word of a clause, as the lexicon reads it: its lemma, its part of speech, and where it first occurs (-1 where unknown). */
export interface ClauseWord {
  lemma: string;
  pos: 'noun' | 'verb' | 'adj';
  start: number;
}

/**
 * A clause's content words (nouns, verbs, adjectives and proper nouns outside names and dates, not a light
 * verb like "say" or "be"), each lemma once, in text order: what the clause says whoever its actors turn
 * out to be across the batch.
 */
export function readClauseWords(clause: Clause, article: Pick<Article, 'tokens' | 'mentions' | 'dates'>): ClauseWord[] {
  const words: ClauseWord[] = [];
  const seen = new Set<string>();
  for (let index = clause.firstToken; index < clause.endToken; index++) {
    const word = article.tokens[index]!;
    if (!CONTENT_POS.has(word.pos) || LIGHT_LEMMAS.has(word.lemma) || !/\p{L}/u.test(word.lemma)) continue;
    if (liesInside(word, clause.mentions, article.mentions) || liesInside(word, clause.dates, article.dates)) continue;
    if (seen.has(word.lemma)) continue;
    seen.add(word.lemma);
    words.push({ lemma: word.lemma, pos: word.pos === 'NOUN' || word.pos === 'PROPN' ? 'noun' : word.pos === 'VERB' ? 'verb' : 'adj', start: word.start });
  }
  return words;
}

/** A content word as a term: its concepts, its rarity, the event it names. */
export function wordTerm({ lemma, pos, start }: ClauseWord, lexicon: Lexicon): Term {
  const rarity = lexicon.idf(lemma);
  return { key: lemma, concepts: lexicon.conceptsOf(lemma, pos), weight: rarity, rarity, eventClass: lexicon.eventClassOf(lemma), start };
}

/** Whether the word lies inside one of the spans at `indexes` of `layer`: a name's or a date's words are no content words. */
function liesInside(word: Span, indexes: readonly number[], layer: readonly Span[]): boolean {
  for (const at of indexes) if (word.start >= layer[at]!.start && word.end <= layer[at]!.end) return true;
  return false;
}
