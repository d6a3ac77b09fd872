import type { Span } from '../../model/index.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import type { Word } from './types.ts';

/** A token the annotate stage already tagged: words come from it instead of a second wink pass. */
export interface TaggedToken extends Span {
  text: string;
  pos: string;
  lemma: string;
}

/**
 * A word read from a token: its place, text, tag and lemma are the token's, read through it, so that the
 * word of each of a long article's 800,000 tokens holds two fields, not eight.
 */
class TokenWord implements Word {
  readonly lower: string;

  constructor(private readonly token: TaggedToken) {
    this.lower = token.text.toLowerCase();
  }

  get start(): number {
    return this.token.start;
  }

  get end(): number {
    return this.token.end;
  }

  get text(): string {
    return this.token.text;
  }

  get pos(): string {
    return this.token.pos;
  }

  get lemma(): string {
    return this.token.lemma.toLowerCase();
  }

  get isQuoteMark(): boolean {
    return false;
  }
}

/**
 * The words of one sentence from tokens tagged before, with the quote marks found before as words of
 * their own. Null when a mark falls inside a token (`''a`, `'90s` read as one token): the sentence is
 * then tagged again with its marks blanked.
 */
export function wordsFromTokens(tokens: readonly TaggedToken[], text: string, span: Span, marks: readonly Span[]): Word[] | null {
  const inside = spanLookup(marks).within(span.start, span.end);
  const words: Word[] = [];
  for (let index = firstTokenAt(tokens, span.start); index < tokens.length && tokens[index]!.start < span.end; index++) {
    const token = tokens[index]!;
    const mark = inside.length ? inside.find((candidate) => candidate.start < token.end && candidate.end > token.start) : undefined;
    if (mark) {
      if (mark.start > token.start || mark.end < token.end) return null; // the mark is part of a longer token
      continue; // the mark comes back below, as a word of its own
    }
    words.push(new TokenWord(token));
  }
  if (!inside.length) return words;
  for (const mark of inside) {
    words.push({ start: mark.start, end: mark.end, text: text.slice(mark.start, mark.end), lower: '"', pos: 'PUNCT', lemma: '"', isQuoteMark: true });
  }
  return words.sort((a, b) => a.start - b.start);
}

function firstTokenAt(tokens: readonly TaggedToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
