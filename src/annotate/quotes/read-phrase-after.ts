import { describeSpeaker } from './describe-speaker.ts';
import { extendNounPhraseRight } from './extend-noun-phrase.ts';
import type { PhraseMatch, SentenceView } from './types.ts';
import { SPEAKER_PRONOUNS, TIME_WORDS } from './word-classes.ts';

/** The speaker after a cue: "Caddell" in "said Caddell,", "the poll" in "according to the poll", "he" in "said he". */
export function readPhraseAfter(view: SentenceView, first: number): PhraseMatch | null {
  const { words } = view;
  const word = words[first];
  if (!word) return null;
  if (word.pos === 'PRON' && SPEAKER_PRONOUNS.has(word.lower)) return { first, last: first, speaker: describeSpeaker(view, first, first) };
  const last = extendNounPhraseRight(words, first);
  if (last < first || TIME_WORDS.has(words[last]!.lower)) return null;
  return { first, last, speaker: describeSpeaker(view, first, last) };
}
