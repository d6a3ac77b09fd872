import { readPhraseAfter } from './read-phrase-after.ts';
import type { PhraseMatch, SentenceView, Word } from './types.ts';

const LONGEST_OPENING = 20;

/** "During a speech on Friday, | Trump said", "Asked about it, | she said", "On Wednesday, | he told": where the main clause starts. */
function skipOpeningPhrase(words: readonly Word[], first: number): number {
  const opener = words[first];
  if (!opener || !(opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV' || (opener.pos === 'VERB' && /(?:ed|ing)$/.test(opener.lower)))) return first;
  // "On “Face the Nation,” Sen. Bernie Sanders ...": a quoted title inside the phrase, its comma before the closing mark
  for (let index = first + 1; index < words.length && index - first <= LONGEST_OPENING; index++) {
    if (words[index]!.text === ',' && words[index + 1]?.isQuoteMark && words.slice(first, index).some((word) => word.isQuoteMark)) return index + 2;
    // "After saying her foot was “so swollen I could barely get my shoe on,” | she was": a quote that ends the phrase with its comma
    if (words[index]!.isQuoteMark) {
      let closing = index + 1;
      while (closing < words.length && closing - first <= LONGEST_OPENING && !words[closing]!.isQuoteMark) closing++;
      if (words[closing]?.isQuoteMark && closing - first <= LONGEST_OPENING && words[closing - 1]!.text === ',') return closing + 1;
    }
    if (words[index]!.isQuoteMark && !words.slice(index + 1, index + 8).some((word) => word.isQuoteMark)) return first;
    if (words[index]!.text === ',') return index + 1;
  }
  return first;
}

const LONGEST_ASIDE = 15;
const HEADING_WORDS = 3;

/** "CONGRESS HAS INVESTIGATED HIM — ...": a line that opens in capitals is a heading, not a clause. */
const isHeading = (words: readonly Word[], first: number) =>
  words.length >= first + HEADING_WORDS && words.slice(first, first + HEADING_WORDS).every((word) => /\p{Lu}{2}/u.test(word.text) && word.text === word.text.toUpperCase());

/**
 * "Aaron Kall, the director of debate, | compared", "Harry Reid, in particular, | has been": an aside
 * between commas with no verb of its own; "Bernie Sanders, who lost the primaries to Clinton, |
 * identified": a relative clause, whatever its verb.
 */
function skipAside(words: readonly Word[], comma: number): number {
  if (words[comma]?.text !== ',') return comma;
  const relative = words[comma + 1]?.lower === 'who' || words[comma + 1]?.lower === 'which';
  for (let index = comma + 1; index < words.length && index - comma <= LONGEST_ASIDE; index++) {
    const word = words[index]!;
    if (word.isQuoteMark || (!relative && (word.pos === 'AUX' || (word.pos === 'VERB' && !/(?:ed|ing)$/.test(word.lower))))) return comma;
    if (word.text === ',') return index + 1;
  }
  return comma;
}

/** The noun phrase a sentence's main clause opens with when a verb follows it: "Trump" in "On Monday, Trump spoke, calling ...". */
export function readSentenceSubject(view: SentenceView): PhraseMatch | null {
  const { words } = view;
  let first = 0;
  while (words[first] && (words[first]!.pos === 'PUNCT' || words[first]!.pos === 'CCONJ') && !words[first]!.isQuoteMark) first++;
  first = skipOpeningPhrase(words, first);
  if (isHeading(words, first)) return null;
  const subject = readPhraseAfter(view, first);
  if (!subject) return null;
  let verb = skipAside(words, subject.last + 1);
  let auxiliary = false;
  for (; words[verb] && (words[verb]!.pos === 'ADV' || words[verb]!.pos === 'AUX' || words[verb]!.lower === 'not'); verb++) auxiliary ||= words[verb]!.pos === 'AUX';
  // "it referenced “political tensions”": after a personal pronoun a word in -ed is a verb, whatever its tag
  const pastAfterPronoun = subject.speaker.standsFor === 'pronoun' && /\p{L}ed$/u.test(words[verb]?.lower ?? '');
  return words[verb]?.pos === 'VERB' || auxiliary || pastAfterPronoun ? subject : null;
}
