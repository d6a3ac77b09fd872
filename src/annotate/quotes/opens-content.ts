import { skipCircumstances } from './skip-circumstances.ts';
import type { CueWord, SentenceView } from './types.ts';

/**
 * Whether content follows a cue (past its hearer and circumstances): a clause or "that" in "Pence said
 * his mate ...", not the end of "..., Smith said on Thursday." or a phrase about the statement
 * ("said of the plan", "said, adding ...").
 */
export function opensContent(view: SentenceView, cue: CueWord): boolean {
  const word = view.words[skipCircumstances(view.words, cue.last + 1, view.lexicon.takesObject.has(cue.lemma))];
  return word !== undefined && !word.isQuoteMark && word.pos !== 'PUNCT' && word.pos !== 'ADP' && word.pos !== 'ADV' && !/ing$/.test(word.lower);
}
