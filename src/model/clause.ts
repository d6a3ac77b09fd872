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
  /** Who does what to whom, as a shallow reading of its words gives it (see ClauseRoles). */
  roles: ClauseRoles;
}

/** Who or what takes part in a clause's act: a stretch of the article's tokens, and the word it is named by. */
export interface Participant {
  /** Token range `[firstToken, endToken)` of the noun phrase: "Most of its oil", "the leader of the gang". */
  firstToken: number;
  endToken: number;
  /** Token index of its head word: "oil" in "Most of its oil", "leader" in "the leader of the gang". */
  head: number;
}

/**
 * The act of a clause, its doer and its target, read from parts of speech (no parse): "The tanker was
 * seized by US forces" → act "seized", doer "US forces", target "The tanker"; "Officials said police
 * arrested three men" → the reported act "arrested", doer "police", target "three men".
 */
export interface ClauseRoles {
  /** Token index of the main verb, or null when the clause has none (a heading, "is" alone). */
  act: number | null;
  doer: Participant | null;
  target: Participant | null;
  /** "did not", "never", "no one": the act is said not to have happened. */
  negated: boolean;
  /** "was seized by": the grammatical subject is the target. */
  passive: boolean;
}
