import type { Word } from './types.ts';
import { ATTACHING_PREPOSITIONS, isCapitalized, isPossessiveMarker, MEDIUM_NOUNS, POSSESSIVE_DETERMINERS, TIME_WORDS } from './word-classes.ts';

const LONGEST_PHRASE = 25;

/** A noun-like word: "Putin", "officials", "56", and capitalised words the tagger calls verbs ("Ted" Cruz) past the sentence's first word. */
export function isNounLike(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word || word.isQuoteMark) return false;
  if (word.pos === 'PROPN' || word.pos === 'NOUN' || word.pos === 'NUM') return true;
  if (!isCapitalized(word) || !(word.pos === 'VERB' || word.pos === 'ADJ' || word.pos === 'X')) return false;
  // past the first word a capitalised word is a name; the first one only when a verb follows ("Lynch said")
  const next = words[index + 1];
  return index > 0 || (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX'));
}

const isDeterminer = (word: Word) => word.pos === 'DET' || POSSESSIVE_DETERMINERS.has(word.lower);

/** "the director of the institute": a preposition that joins two nouns, not "said on Thursday" or "in an interview". */
function attaches(words: readonly Word[], preposition: number): boolean {
  const word = words[preposition]!;
  if (word.pos !== 'ADP' || !ATTACHING_PREPOSITIONS.has(word.lower) || !isNounLike(words, preposition - 1)) return false;
  let object = preposition + 1;
  while (words[object] && (isDeterminer(words[object]!) || words[object]!.pos === 'ADJ')) object++;
  const objectWord = words[object];
  return objectWord !== undefined && isNounLike(words, object) && !TIME_WORDS.has(objectWord.lower) && !MEDIUM_NOUNS.has(objectWord.lower);
}

/**
 * The first word of the noun phrase that ends at `last`, reading leftwards: "longtime Democratic
 * pollster Pat Caddell", "the director of the Potsdam Institute", "Apple's chief executive", "a
 * statement released by the ministry". A determiner closes the phrase unless a preposition or a
 * participle attaches it to a noun before.
 */
export function extendNounPhraseLeft(words: readonly Word[], last: number): number {
  let first = last;
  let closed = false;
  for (let index = last - 1; index >= 0 && last - index < LONGEST_PHRASE; index--) {
    const word = words[index]!;
    const right = words[index + 1]!;
    if (word.isQuoteMark) break;
    if (attaches(words, index)) {
      first = index;
      closed = false;
      continue;
    }
    // "a statement released by the ministry", "a poll conducted by Gallup"
    if (word.lower === 'by' && words[index - 1]?.pos === 'VERB' && /ed$/.test(words[index - 1]!.lower) && isNounLike(words, index - 2)) {
      first = index - 1;
      index--;
      closed = false;
      continue;
    }
    // "Jeff Merkley and Robert Menendez", "state and local leaders", "RT and its defenders"
    const before = words[index - 1];
    const coordinated = isNounLike(words, index + 1) || right.pos === 'ADJ' || isDeterminer(right);
    if ((word.lower === 'and' || word.lower === '&') && (isNounLike(words, index - 1) || before?.pos === 'ADJ') && coordinated) {
      first = index;
      closed = false;
      continue;
    }
    if (closed) break;
    if (isNounLike(words, index) || word.pos === 'ADJ') {
      first = index;
      continue;
    }
    if (isPossessiveMarker(word) && isNounLike(words, index - 1)) {
      first = index;
      continue;
    }
    if (isDeterminer(word)) {
      first = index;
      closed = true;
      continue;
    }
    // "a very brief statement", "his running mate"
    if (word.pos === 'ADV' && right.pos === 'ADJ' && before && (isDeterminer(before) || before.pos === 'ADJ')) {
      first = index;
      continue;
    }
    if (word.pos === 'VERB' && /(?:ing|ed)$/.test(word.lower) && isNounLike(words, index + 1) && before && (isDeterminer(before) || before.pos === 'ADJ')) {
      first = index;
      continue;
    }
    break;
  }
  return first;
}

/** The last word of the noun phrase that starts at `first`, reading rightwards: "Caddell" in "said Caddell, speaking of ...". */
export function extendNounPhraseRight(words: readonly Word[], first: number): number {
  let index = first;
  while (words[index] && (isDeterminer(words[index]!) || (words[index]!.pos === 'ADV' && words[index + 1]?.pos === 'ADJ'))) index++;
  let last = -1;
  for (; words[index] && index - first < LONGEST_PHRASE; index++) {
    const word = words[index]!;
    if (isNounLike(words, index) || word.pos === 'ADJ') {
      last = index;
      continue;
    }
    if (isPossessiveMarker(word) && last === index - 1) continue;
    // "Jo-Renee Formicola": a hyphen with no space either side joins the parts of one name
    if (word.text === '-' && last === index - 1 && words[index - 1]!.end === word.start && word.end === words[index + 1]?.start) continue;
    if (word.pos === 'ADV' && words[index + 1]?.pos === 'ADJ') continue;
    if (last === index - 1 && attaches(words, index)) {
      while (words[index + 1] && (isDeterminer(words[index + 1]!) || words[index + 1]!.pos === 'ADJ')) index++;
      continue;
    }
    // "Rep. G.K. Butterfield (D-N.C.)"
    if (word.text === '(' && last === index - 1) {
      let closing = index + 1;
      while (closing < words.length && closing - index <= 6 && words[closing]!.text !== ')') closing++;
      if (words[closing]?.text === ')' && closing - index <= 6) {
        last = closing;
        index = closing;
        continue;
      }
    }
    break;
  }
  return last;
}
