import { describeSpeaker } from './describe-speaker.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import { TIME_WORDS } from './word-classes.ts';
import type { CueWord, PhraseMatch, SentenceView, Word } from './types.ts';

/** A participle or an infinitive has no subject of its own: "..., saying ...", "... before asking her", "took to Twitter to accuse ...". */
export function isSubjectless(words: readonly Word[], cue: CueWord): boolean {
  const word = words[cue.first]!;
  return (/ing$/.test(word.lower) && word.lemma !== word.lower) || words[cue.first - 1]?.lower === 'to';
}

/**
 * "footage of Hillary Clinton asking, “...”", "a video of Trump saying": a participle right after the name
 * a recording is "of" (no comma between) tells what that person says. After a statement ("a series of tweets saying") the
 * participle is the statement's, and its author is read as before.
 */
function readNamedNounBefore(view: SentenceView, cue: CueWord): PhraseMatch | null {
  const before = view.words[cue.first - 1];
  // not "tweets early Friday saying"
  if (!before || before.pos !== 'PROPN' || TIME_WORDS.has(before.lower) || !/ing$/.test(view.words[cue.first]!.lower)) return null;
  let first = cue.first - 1;
  while (first > 0 && view.words[first - 1]!.pos === 'PROPN') first--;
  // "of Trump saying": the clip or the footage shows him; not "sent a letter to Moscow requesting", which the letter does
  if (view.words[first - 1]?.lower !== 'of') return null;
  const speaker = describeSpeaker(view, first, cue.first - 1);
  return speaker.named === 'person' && speaker.standsFor === null ? { first, last: cue.first - 1, speaker } : null;
}

/**
 * The subject a participle or infinitive cue borrows: that of the nearest finite verb before it
 * outside quotes ("Trump attacked Clinton for ..., saying ...", "Blige sings to Clinton before asking
 * her"), else the sentence's own subject.
 */
export function readParticipleSubject(view: SentenceView, cue: CueWord): PhraseMatch | null {
  const { words, isQuoted } = view;
  const named = readNamedNounBefore(view, cue);
  if (named) return named;
  for (let index = cue.first - 1; index > 0; index--) {
    const word = words[index]!;
    // "looping the streets around the stadium - where the Panthers played the Vikings - while chanting": the aside's verb is not the clause's
    if (isSpacedDash(view, word)) {
      let opening = index - 1;
      while (opening > 0 && !isSpacedDash(view, words[opening]!)) opening--;
      if (opening > 0) index = opening;
      continue;
    }
    if (isQuoted(word.start) || !(word.pos === 'AUX' || (word.pos === 'VERB' && !/ing$/.test(word.lower)))) continue;
    const subject = readSubjectBefore(view, index);
    // "the mayor said that it was too early to tell": an "it" of "be" is no one, the verb before it tells who
    if (subject && word.lemma === 'be' && subject.speaker.phrase.text.toLowerCase() === 'it') continue;
    if (subject) return subject;
  }
  // "After saying her foot was “so swollen ...,” she was whisked off": a cue in the opening phrase takes the main clause's subject
  const subject = readSentenceSubject(view);
  return subject && (subject.last < cue.first || subject.first > cue.last) ? subject : null;
}

const DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);

/** " - " or " — " between words, not the hyphen of "flag-showing". */
const isSpacedDash = (view: SentenceView, word: Word) => DASHES.has(word.text) && /\s/u.test(view.text[word.start - 1] ?? '') && /\s/u.test(view.text[word.end] ?? '');
