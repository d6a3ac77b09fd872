import type { Participant } from '../model/index.ts';
import type { ClauseWords } from './clause-words.ts';

/** Words a phrase pattern may leave out of the text: "hold a meeting with" matches "held meetings with". */
const OPTIONAL_WORDS = new Set(['a', 'an', 'the']);
/** Words the text may add between a pattern's words: "expressed his solidarity with", "held lengthy talks with". */
const INSERTABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON']);
const MAX_INSERTED = 3;

export interface PhraseMatch {
  /** The token after the last word the pattern matched. */
  end: number;
  slots: { target?: Participant; object?: Participant; source?: Participant };
}

/**
 * A lexicon phrase ("express solidarity with {target}") matched at token `start` over lemmas: a slot takes
 * the noun phrase there, words of the pattern match a token's lemma or its text, and up to three
 * determiners, adjectives or adverbs may stand between them in the text.
 */
export function matchPhrase(words: ClauseWords, start: number, pattern: readonly string[]): PhraseMatch | null {
  const slots: PhraseMatch['slots'] = {};
  let at = start;
  for (let position = 0; position < pattern.length; position++) {
    const word = pattern[position]!;
    const slot = /^\{(target|object|source)\}$/.exec(word)?.[1] as 'target' | 'object' | 'source' | undefined;
    if (slot) {
      const phrase = words.phraseAt(at);
      if (!phrase) return null;
      slots[slot] = phrase;
      at = phrase.endToken;
      continue;
    }
    let inserted = 0;
    while (position > 0 && at < words.to && !matchesWord(words, at, word) && inserted < MAX_INSERTED && insertable(words, at)) {
      at++;
      inserted++;
    }
    if (at < words.to && matchesWord(words, at, word)) {
      at++;
      continue;
    }
    if (position > 0 && OPTIONAL_WORDS.has(word)) {
      at -= inserted;
      continue;
    }
    return null;
  }
  return { end: at, slots };
}

/** A determiner, adjective, adverb, number or pronoun, or a hyphenated compound's parts ("a 30-day state of siege"). */
function insertable(words: ClauseWords, index: number): boolean {
  const token = words.tokens[index]!;
  if (INSERTABLE_POS.has(token.pos)) return true;
  const hyphen = token.text === '-' ? index : words.tokens[index - 1]?.text === '-' ? index - 1 : -1;
  return hyphen > 0 && words.tokens[hyphen]!.start === words.tokens[hyphen - 1]!.end;
}

function matchesWord(words: ClauseWords, index: number, word: string): boolean {
  const token = words.tokens[index]!;
  const lower = words.lower(index);
  // "staged" read by wink as "stag": a verb's regular forms of the pattern's word match it too
  const inflected = token.pos === 'VERB' && (lower === `${word}d` || lower === `${word}ed` || lower === `${word}s` || lower === `${word.replace(/e$/, '')}ing`);
  return token.lemma === word || lower === word || inflected || (word.endsWith('s') && token.lemma === word.slice(0, -1)) || lower === `${word}s`;
}
