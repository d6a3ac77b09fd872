import { describeSpeaker } from './describe-speaker.ts';
import { extendNounPhraseLeft, isNounLike } from './extend-noun-phrase.ts';
import type { PhraseMatch, SentenceView, Word } from './types.ts';
import { isCapitalized, isPossessiveMarker, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, TIME_WORDS } from './word-classes.ts';

/** Words between a subject and its verb: "has also said", "did not say", "would later tell". */
const isBetweenSubjectAndVerb = (word: Word) => word.pos === 'AUX' || word.pos === 'ADV' || word.lower === 'not' || word.lower === "n't";
const LONGEST_APPOSITIVE = 30;

const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'early', 'late', 'earlier']);

/** "Trump on Thursday said", "Trump Thursday said", "McConnell, who in 2010 said": the time words are skipped. */
function skipTimeBefore(words: readonly Word[], index: number): number {
  let at = index;
  while (at >= 0 && (TIME_WORDS.has(words[at]!.lower) || words[at]!.pos === 'NUM' || (at < index && TIME_PREPOSITIONS.has(words[at]!.lower)))) at--;
  if (at === index || at < 0) return index;
  return isNounLike(words, at) || words[at]!.pos === 'PRON' || RELATIVE_PRONOUNS.has(words[at]!.lower) ? at : index;
}

/**
 * The subject before a cue: "Caddell" in "Caddell said", "White House press secretary Karoline Leavitt"
 * in "..., White House press secretary Karoline Leavitt said", "Minyon Moore, a senior adviser to the
 * campaign," in "Minyon Moore, a senior adviser to the campaign, called", "she" in "she added".
 */
export function readSubjectBefore(view: SentenceView, cue: number): PhraseMatch | null {
  const { words } = view;
  let last = cue - 1;
  for (let skipped = 0; last >= 0 && skipped < 4 && isBetweenSubjectAndVerb(words[last]!); skipped++) last--;
  if (last < 0) return null;
  last = skipTimeBefore(words, last);
  const word = words[last]!;
  if (word.lower === ',') return readAppositiveSubject(view, last);
  if (word.pos === 'PRON' || RELATIVE_PRONOUNS.has(word.lower)) {
    if (SPEAKER_PRONOUNS.has(word.lower)) return { first: last, last, speaker: describeSpeaker(view, last, last) };
    // "Fernando Reyes Matta, director of the center, who said ...": the source is "who", the speaker its antecedent
    if (!RELATIVE_PRONOUNS.has(word.lower) || words[last - 1]?.lower !== ',') return null;
    const antecedent = readAppositiveSubject(view, last - 1) ?? readNounPhraseEndingAt(view, last - 2);
    const relative = describeSpeaker(view, last, last);
    return { first: last, last, speaker: antecedent ? { ...antecedent.speaker, phrase: relative.phrase } : relative };
  }
  return widenToModifiedNoun(view, readNounPhraseEndingAt(view, last));
}

/**
 * "Protesters marching through the streets chanted": the noun phrase before the cue closes a participle's
 * phrase, and the subject is the noun the participle follows. The name is that noun, the phrase all of it.
 */
function widenToModifiedNoun(view: SentenceView, found: PhraseMatch | null): PhraseMatch | null {
  const { words } = view;
  if (!found) return null;
  const preposition = words[found.first - 1];
  const participle = words[found.first - 2];
  if (preposition?.pos !== 'ADP' || !participle || participle.pos !== 'VERB' || !/(?:ing|ed)$/.test(participle.lower) || !isNounLike(words, found.first - 3)) return found;
  const noun = readNounPhraseEndingAt(view, found.first - 3);
  if (!noun) return found;
  const whole = describeSpeaker(view, noun.first, found.last);
  return { first: noun.first, last: found.last, speaker: { ...noun.speaker, phrase: whole.phrase } };
}

/** The noun phrase that ends at `last`; "Rep. Jim Jordan (R-Ohio)" ends with its bracket. */
function readNounPhraseEndingAt(view: SentenceView, last: number): PhraseMatch | null {
  const { words } = view;
  if (words[last]?.text === ')') {
    let opening = last - 1;
    while (opening >= 0 && words[opening]!.text !== '(') opening--;
    if (opening <= 0 || last - opening > 6 || !isNounLike(words, opening - 1)) return null;
    const first = extendNounPhraseLeft(words, opening - 1);
    return { first, last, speaker: describeSpeaker(view, first, last) };
  }
  if (!isNounLike(words, last) || TIME_WORDS.has(words[last]!.lower)) return null;
  const first = extendNounPhraseLeft(words, last);
  return { first, last, speaker: describeSpeaker(view, first, last) };
}

/** "Pyongyang's only ally", "its closest ally": a word the tagger read as a verb after a determiner or a possessive is a noun. */
function followsDeterminer(words: readonly Word[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (words[before]!.pos === 'ADV' || words[before]!.pos === 'ADJ')) before--;
  const word = words[before];
  return word !== undefined && (word.pos === 'DET' || POSSESSIVE_DETERMINERS.has(word.lower) || isPossessiveMarker(word));
}

/**
 * "Minyon Moore, a senior adviser to the campaign, called ...", "The campaign's chairman, Phil Lovas,
 * said", "Schiff, who has served for a decade, said": the phrase runs from the name to the comma
 * before the cue, and the name is the part that is a proper name. "Trump, however, said" and
 * "Clinton, at a later press gaggle, said" skip the aside. What stands between the commas is an
 * appositive when it opens with a determiner, an adjective or a number and has no finite verb, is a
 * name, or is a relative clause.
 */
function readAppositiveSubject(view: SentenceView, comma: number): PhraseMatch | null {
  const { words } = view;
  let opening = comma - 1;
  while (opening >= 0 && comma - opening < LONGEST_APPOSITIVE && words[opening]!.lower !== ',' && !words[opening]!.isQuoteMark) opening--;
  if (opening <= 0 || words[opening]!.lower !== ',') return null;
  const inner = words.slice(opening + 1, comma);
  if (inner.length === 0) return null;
  const innerFirst = inner[0]!;
  if (inner.every((word) => word.pos === 'ADV') || innerFirst.pos === 'ADP') return readSubjectBefore(view, opening);
  const relative = RELATIVE_PRONOUNS.has(innerFirst.lower) && innerFirst.lower !== 'that';
  const isName = inner.every((word) => isCapitalized(word) || word.text === '.' || word.text === '(' || word.text === ')' || word.text === '-');
  const hasRelativeClause = inner.some((word) => word.lower === 'who' || word.lower === 'whose' || word.lower === 'which');
  const hasFiniteVerb = inner.some((word, offset) => word.pos === 'AUX' || (word.pos === 'VERB' && !/(?:ing|ed)$/.test(word.lower) && !isNounLike(words, opening + 1 + offset) && !followsDeterminer(words, opening + 1 + offset)));
  const opensLikeNoun = innerFirst.pos === 'DET' || innerFirst.pos === 'ADJ' || innerFirst.pos === 'NUM' || POSSESSIVE_DETERMINERS.has(innerFirst.lower) || isNounLike(words, opening + 1);
  if (!relative && !isName && !(opensLikeNoun && (hasRelativeClause || !hasFiniteVerb))) return null;
  const head = readNounPhraseEndingAt(view, opening - 1);
  // "less than 1, 000 euros a month, said": a number split at its thousands is no speaker
  if (!head || words.slice(head.first, head.last + 1).every((word) => word.pos === 'NUM')) return null;
  const headLast = head.last;
  const first = head.first;
  const described = describeSpeaker(view, first, comma);
  const headIsName = words.slice(first, headLast + 1).some((word) => word.pos === 'PROPN');
  const innerIsName = !relative && inner.every((word) => word.pos === 'PROPN' || /^\p{Lu}/u.test(word.text) || word.text === '.');
  // "The mayor of Springfield, Maria Lopez, said": a role noun's phrase before the name is no name, whatever proper noun it holds
  const nameRange: [number, number] = (!headIsName || head.speaker.standsFor === 'role') && innerIsName ? [opening + 1, comma - 1] : [first, headLast];
  const name = describeSpeaker(view, nameRange[0], nameRange[1]);
  return { first, last: comma, speaker: { ...name, phrase: described.phrase } };
}
