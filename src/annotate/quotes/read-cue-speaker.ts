import { isSubjectless, readParticipleSubject } from './read-participle-subject.ts';
import { readPhraseAfter } from './read-phrase-after.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import type { CueWord, PhraseMatch, SentenceView } from './types.ts';

/**
 * Who a cue gives the words to: the phrase after "according to"; the borrowed subject of a participle
 * ("Trump unleashed a series of tweets saying ..." → Trump, not the tweets); else the subject before it.
 */
export function readCueSpeaker(view: SentenceView, cue: CueWord): PhraseMatch | null {
  if (cue.kinds.includes('phrase')) return readPhraseAfter(view, cue.last + 1);
  if (isSubjectless(view.words, cue)) return readParticipleSubject(view, cue) ?? readSubjectBefore(view, cue.first);
  return readSubjectBefore(view, cue.first);
}
