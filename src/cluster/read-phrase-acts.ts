import type { Lexicon } from '../lexicon/index.ts';
import type { Article, Participant } from '../model/index.ts';

/**
 * Kinds of event (see data/event-classes.json) whose noun, before "of", names who the act befell: "the
 * murder of Deputy Juan Abel Escalante", "the arrest of Jose Luis Orozco", "the shooting of Jerry Ortiz",
 * "the election of Kurbanguly Berdymukhamedov". Not "the visit of Putin", "the help of neighbours", "the
 * death of X", whose "of" names the doer.
 */
const BEFALLING_KINDS = [
  'death.kill', 'coerce.', 'assault.attack', 'assault.shoot', 'injury', 'justice.', 'politics.elect', 'politics.appoint', 'politics.oust',
  'release', 'rescue', 'health.hospitalize',
];
/** Words before a gerund whose object is the act's target: "charged with killing", "convicted of murdering", "after shooting". */
const GERUND_PREPOSITIONS = new Set(['of', 'with', 'for', 'after', 'before', 'by', 'in', 'over']);
/** Particles a verb takes before its object: "gunning down Deputy Jerry Ortiz", "beating up", "taking out". */
const PARTICLES = new Set(['down', 'up', 'out', 'off']);
/** Tokens a named target runs over at most: "Los Angeles County Sheriff's Deputy Juan Abel Escalante". */
const MAX_TARGET_TOKENS = 12;
/** Parts of speech a target's words are: names, nouns, their modifiers; "and" between two names. */
const TARGET_PARTS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'CCONJ']);
/** Marks inside a name: "L. A.", "Luis Gerardo (Jerry) Ortiz", "O'Neill". */
const TARGET_MARKS = new Set(['.', '(', ')', "'", '’', '-']);

/** An act a noun or a gerund tells, outside the verbs the clause reader gives acts to, with the words naming who it befell. */
export interface PhraseAct {
  /** Token index of the noun or gerund. */
  act: number;
  partOfSpeech: 'noun' | 'verb';
  target: Participant;
  sentence: number;
}

/**
 * Acts told in a phrase rather than by a clause's verb, with their target: a noun of an act that befalls
 * someone and its "of" ("two men were arrested in the murder of Deputy Juan Abel Escalante" → murder,
 * Juan Abel Escalante), and a gerund after a preposition and its object ("charged with killing Juan Abel
 * Escalante" → kill, Juan Abel Escalante; "accused of gunning down Deputy Jerry Ortiz"). The target is
 * the noun phrase after it, up to a verb, a preposition or a comma; the clash finder keeps the people
 * named in it. One pass over the tokens.
 */
export function readPhraseActs(article: Article, lexicon: Lexicon): PhraseAct[] {
  const { tokens } = article;
  const found: PhraseAct[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.pos === 'NOUN' && tokens[index + 1]!.lemma === 'of' && befalls(token.lemma, lexicon)) {
      const target = readTarget(article, index + 2, token.sentence);
      if (target) found.push({ act: index, partOfSpeech: 'noun', target, sentence: token.sentence });
      continue;
    }
    if (!/ing$/i.test(token.text) || !GERUND_PREPOSITIONS.has(tokens[index - 1]?.lemma ?? '') || (token.pos !== 'VERB' && token.pos !== 'NOUN')) continue;
    const objectStart = PARTICLES.has(tokens[index + 1]!.lemma) ? index + 2 : index + 1;
    const target = readTarget(article, objectStart, token.sentence);
    if (target) found.push({ act: index, partOfSpeech: 'verb', target, sentence: token.sentence });
  }
  return found;
}

/** Whether a noun's act befalls the one its "of" names: its kind, or the kind of the verb it derives from ("slaying" → slay), is one of BEFALLING_KINDS. */
function befalls(lemma: string, lexicon: Lexicon): boolean {
  const kinds = [lexicon.eventClassOf(lemma), ...lexicon.conceptsOf(lemma, 'noun').filter((concept) => concept.startsWith('w:')).map((concept) => lexicon.eventClassOf(concept.slice(2)))];
  return kinds.some((kind) => kind !== null && BEFALLING_KINDS.some((befalling) => kind === befalling || (befalling.endsWith('.') && kind.startsWith(befalling))));
}

/** The noun phrase from `start`: name and noun words, up to a verb, a preposition, a comma or the sentence's end. Null when it opens with none. */
function readTarget(article: Article, start: number, sentence: number): Participant | null {
  const { tokens } = article;
  let end = start;
  while (end < tokens.length && end - start < MAX_TARGET_TOKENS && tokens[end]!.sentence === sentence) {
    const token = tokens[end]!;
    if (!TARGET_PARTS.has(token.pos) && !TARGET_MARKS.has(token.text)) break;
    // "Jerry Ortiz last summer": a date ends the phrase; "L. A. County": a point after an initial only
    if (article.dates.some((date) => token.start >= date.start && token.end <= date.end)) break;
    if (token.text === '.' && !/^\p{Lu}$/u.test(tokens[end - 1]?.text ?? '')) break;
    // "the arrest of Smith and the search": "and" before a name only
    if (token.pos === 'CCONJ' && tokens[end + 1]?.pos !== 'PROPN') break;
    // "gunning down Deputy Jerry Ortiz a month ago": a determiner after a name opens another phrase
    if (token.pos === 'DET' && end > start && tokens[end - 1]!.pos === 'PROPN') break;
    end++;
  }
  return end > start ? { firstToken: start, endToken: end, head: end - 1 } : null;
}
