import type { Span } from '../model/index.ts';
import type { ItemSentence } from 'wink-nlp';
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
 * One wink-nlp pass per paragraph: sentences and tokens with offsets into the text. Paragraphs are read
 * one by one, since wink does not break at line breaks: a heading never runs into the next sentence.
 */
export function readTokens(text: string): TokenizedText {
  const nlp = loadWink();
  const its = nlp.its;
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const document = nlp.readDoc(paragraph[0]);
    const values = document.tokens().out() as string[];
    const tags = document.tokens().out(its.pos) as string[];
    // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
    const lemmas = document.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spaces = document.tokens().out(its.precedingSpaces) as string[];
    const first = tokens.length;
    let offset = paragraph.index;
    values.forEach((value, index) => {
      offset += spaces[index]!.length;
      // wink reproduces the text token by token; if it ever does not, find the token by its characters
      const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
      const at = start < 0 ? offset : start;
      tokens.push({ start: at, end: at + value.length, text: value, pos: tags[index]!, lemma: lemmas[index]!, sentence: -1 });
      offset = at + value.length;
    });
    document.sentences().each((sentence: ItemSentence) => {
      const [from, to] = sentence.out(its.span) as unknown as [number, number];
      const head = tokens[first + from];
      const tail = tokens[first + to];
      if (!head || !tail) return;
      for (let index = first + from; index <= first + to; index++) tokens[index]!.sentence = sentences.length;
      sentences.push({ start: head.start, end: tail.end });
    });
  }
  return { sentences, tokens };
}
