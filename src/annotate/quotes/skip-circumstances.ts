import { extendNounPhraseRight } from './extend-noun-phrase.ts';
import type { Word } from './types.ts';
import { isCapitalized, MEDIUM_NOUNS, TIME_WORDS } from './word-classes.ts';

/** Prepositions of the circumstances of a statement: "on Thursday", "in a statement", "on Fox News", "during the debate". */
const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'from', 'with', 'to', 'earlier', 'late', 'early']);
const HEARER_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/**
 * The first word after a cue's hearer and circumstances, where its content starts: "told reporters
 * on Thursday | that ...", "said in a statement | that ...", "wrote on Twitter: | ...".
 */
export function skipCircumstances(words: readonly Word[], from: number, takesHearer: boolean): number {
  let at = from;
  if (takesHearer && words[at]) {
    if (HEARER_PRONOUNS.has(words[at]!.lower)) at++;
    else {
      const hearer = extendNounPhraseRight(words, at);
      if (hearer >= at) at = hearer + 1;
    }
  }
  for (;;) {
    const word = words[at];
    if (!word) return at;
    if (TIME_WORDS.has(word.lower)) {
      at++;
      continue;
    }
    if (word.pos === 'ADP' && CIRCUMSTANCE_PREPOSITIONS.has(word.lower)) {
      const last = extendNounPhraseRight(words, at + 1);
      const phrase = words.slice(at + 1, last + 1);
      if (last > at && phrase.some((other) => TIME_WORDS.has(other.lower) || MEDIUM_NOUNS.has(other.lower) || other.lower === 'reporters') || (last > at && phrase.every((other) => isCapitalized(other) || other.pos === 'DET'))) {
        at = last + 1;
        continue;
      }
    }
    return at;
  }
}
