import type { Span } from './span.ts';

/** A word or mark of an article's cleaned text, as wink-nlp reads it. */
export interface Token extends Span {
  text: string;
  /** Universal part of speech: PROPN, NOUN, VERB, AUX, ADJ, DET, ADP, PUNCT, ... */
  pos: string;
  /** wink-nlp's lemma, in lower case: "said" → "say", "Deaths" → "death". */
  lemma: string;
  /** Index of its sentence in the article's `sentences`. */
  sentence: number;
}

/**
 * A clause of one sentence: what facts are aligned from and relations read from. "Putin expressed
 * solidarity ... and endorsed Maduro’s policies" is two clauses; a piece shorter than four words stays
 * with its neighbour. A stand-off span like every other layer, with the other layers it holds as indexes.
 */
export interface Clause extends Span {
  /** Index of its sentence in the article's `sentences`. */
  sentence: number;
  /** Its words and marks: the article's `tokens` from `firstToken` up to (not including) `endToken`. */
  firstToken: number;
  endToken: number;
  /** Indexes of the article's `mentions`, `dates` and `quantities` that lie inside the clause. */
  mentions: number[];
  dates: number[];
  quantities: number[];
}
