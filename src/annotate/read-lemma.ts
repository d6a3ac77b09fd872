import type { Tokens } from 'wink-nlp';
import { loadWink } from '../shared/wink.ts';

/** What a token needs to ask wink for its lemma: the document's tokens, and which of them are parts of contractions. */
export interface LemmaSource {
  readonly tokens: Tokens;
  readonly contractions: readonly boolean[];
}

/**
 * Lemmas already worked out, by part of speech and then a word's exact text: outside a contraction
 * ("ca|n't") wink's lemma depends on nothing else, and lemmatizing a verb ("said" → "say") is the costly part.
 */
const lemmasByTag = new Map<string, Map<string, string>>();
/** Enough for a news vocabulary's verbs; past it a tag's memo starts again rather than grow without end. */
const MAX_REMEMBERED_LEMMAS = 50_000;

/**
 * wink-nlp's lemma of its token `winkIndex` (`text`, tagged `pos`), in lower case: "said" → "say". Each
 * word is lemmatized once per tag (a contraction's part every time), so that reading every token's lemma
 * costs little more than reading its tag.
 */
export function readLemma(source: LemmaSource, winkIndex: number, text: string, pos: string): string {
  if (source.contractions[winkIndex]) return askWink(source, winkIndex);
  let lemmas = lemmasByTag.get(pos);
  if (lemmas === undefined) lemmasByTag.set(pos, (lemmas = new Map()));
  let lemma = lemmas.get(text);
  if (lemma === undefined) {
    if (lemmas.size >= MAX_REMEMBERED_LEMMAS) lemmas.clear();
    lemma = askWink(source, winkIndex);
    lemmas.set(text, lemma);
  }
  return lemma;
}

function askWink(source: LemmaSource, winkIndex: number): string {
  const its = loadWink().its;
  // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
  return source.tokens.itemAt(winkIndex).out(its.lemma as unknown as typeof its.value).toLowerCase();
}
