import { readSentenceSubject } from './read-sentence-subject.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import type { CueWord, PhraseMatch, SentenceView, Word } from './types.ts';

/** A participle or an infinitive has no subject of its own: "..., saying ...", "... before asking her", "took to Twitter to accuse ...". */
export function isSubjectless(words: readonly Word[], cue: CueWord): boolean {
  const word = words[cue.first]!;
  return (/ing$/.test(word.lower) && word.lemma !== word.lower) || words[cue.first - 1]?.lower === 'to';
}

/**
 * The subject a participle or infinitive cue borrows: that of the nearest finite verb before it
 * outside quotes ("Trump attacked Clinton for ..., saying ...", "Blige sings to Clinton before asking
 * her"), else the sentence's own subject.
 */
export function readParticipleSubject(view: SentenceView, cue: CueWord): PhraseMatch | null {
  const { words, isQuoted } = view;
  for (let index = cue.first - 1; index > 0; index--) {
    const word = words[index]!;
    if (isQuoted(word.start) || !(word.pos === 'AUX' || (word.pos === 'VERB' && !/ing$/.test(word.lower)))) continue;
    const subject = readSubjectBefore(view, index);
    if (subject) return subject;
  }
  const subject = readSentenceSubject(view);
  return subject && subject.last < cue.first ? subject : null;
}
