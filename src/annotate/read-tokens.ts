import type { ItemSentence } from 'wink-nlp';
import type { Span } from '../model/index.ts';
import { loadWink } from '../shared/wink.ts';

/** A word or mark of the cleaned text, with wink-nlp's part of speech and lemma. */
export interface Token extends Span {
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADJ, DET, ADP, PUNCT, ... */
  pos: string;
  lemma: string;
  /** Index of its sentence in `sentences`. */
  sentence: number;
}

export interface TokenizedText {
  sentences: Span[];
  tokens: Token[];
}

/**
 * One wink-nlp pass over the article: tokens with offsets into the text, and sentences. wink does not
 * break sentences at line breaks, so a sentence is cut wherever a line break lies between two of its
 * tokens: a heading, a byline or a caption never runs into the next sentence.
 */
export function readTokens(text: string): TokenizedText {
  const nlp = loadWink();
  const its = nlp.its;
  const document = nlp.readDoc(text);
  const values = document.tokens().out() as string[];
  const tags = document.tokens().out(its.pos) as string[];
  // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
  const lemmas = document.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = document.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  /** wink's token index → ours: wink gives line breaks tokens of their own ("\n\n"), which we drop. */
  const ours: number[] = [];
  let offset = 0;
  values.forEach((value, index) => {
    offset += spaces[index]!.length;
    ours.push(tokens.length);
    if (!value.trim()) {
      offset += value.length;
      return;
    }
    // wink keeps no line breaks in its spacing: find the token by its characters when it is not where spacing says
    const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const at = start < 0 ? offset : start;
    tokens.push({ start: at, end: at + value.length, text: value, pos: tags[index]!, lemma: lemmas[index]!, sentence: -1 });
    offset = at + value.length;
  });
  const sentences: Span[] = [];
  document.sentences().each((sentence: ItemSentence) => {
    const [winkFrom, winkTo] = sentence.out(its.span) as unknown as [number, number];
    const from = ours[winkFrom]!;
    const to = (winkTo + 1 < ours.length ? ours[winkTo + 1]! : tokens.length) - 1;
    if (to < from) return;
    let first = from;
    for (let index = from; index <= to; index++) {
      const next = tokens[index + 1];
      const breaksHere = index === to || !next || text.slice(tokens[index]!.end, next.start).includes('\n');
      if (!breaksHere) continue;
      for (let member = first; member <= index; member++) tokens[member]!.sentence = sentences.length;
      sentences.push({ start: tokens[first]!.start, end: tokens[index]!.end });
      first = index + 1;
    }
  });
  return { sentences, tokens };
}
