import type { Span } from '../../model/index.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import { findCueWords } from './find-cue-words.ts';
import { createLowerCaseWordTest } from './find-lower-case-word.ts';
import type { ReportingLexicon } from './reporting-lexicon.ts';
import { tagWords } from './tag-words.ts';
import { wordsFromTokens, type TaggedToken } from './words-from-tokens.ts';
import type { CueWord, QuotedPiece, SentenceView, Word } from './types.ts';

/** The sentences of a text, tagged on first use. */
export interface SentenceReader {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** The sentence that holds the offset. */
  indexAt(offset: number): number;
  wordsOf(sentence: number): readonly Word[];
  /** Cues outside quote marks. */
  cuesOf(sentence: number): readonly CueWord[];
  viewOf(sentence: number): SentenceView;
  /** The offset is inside a quoted piece (marks included). */
  isQuoted(offset: number): boolean;
}

/** Splits the text into the given sentences, and each line that no sentence covers into a sentence of its own. */
function coverLines(text: string, sentences: readonly Span[]): Span[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const covered: Span[] = [];
  let next = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineEnd = line.index + line[0].length;
    const inside: Span[] = [];
    while (next < sorted.length && sorted[next]!.start < lineEnd) {
      const sentence = sorted[next]!;
      if (sentence.end > line.index) inside.push({ start: Math.max(sentence.start, line.index), end: Math.min(sentence.end, lineEnd) });
      next++;
    }
    if (inside.length === 0 && /\S/.test(line[0])) inside.push({ start: line.index, end: lineEnd });
    // "Sen. Claire McCaskill (D-Mo.) | said.", "Harry Reid (D-Nev.) | , in particular, has been": a sentence that starts in
    // lower case, with a bracket or with a comma continues the one before
    const merged: Span[] = [];
    for (const span of inside) {
      const previous = merged.at(-1);
      if (previous && /^[\p{Ll})\],;]/u.test(text.slice(span.start, span.start + 1))) previous.end = span.end;
      else merged.push({ ...span });
    }
    covered.push(...merged);
  }
  return covered;
}

/**
 * The sentences of a text for the quote readers: the given ones (a line no sentence covers becomes one,
 * a sentence that opens in lower case joins the one before), each tagged on first use with the quote
 * marks as words of their own.
 */
export function prepareSentences(
  text: string,
  sentences: readonly Span[],
  pieces: readonly QuotedPiece[],
  lexicon: ReportingLexicon,
  tokens: readonly TaggedToken[] | null = null,
): SentenceReader {
  const covered = coverLines(text, sentences);
  const quoted = pieces.map((piece) => ({ start: piece.open.start, end: piece.close?.end ?? piece.end }));
  const marks = pieces.flatMap((piece) => (piece.close ? [piece.open, piece.close] : [piece.open])).sort((a, b) => a.start - b.start);
  const words = new Map<number, Word[]>();
  const cues = new Map<number, CueWord[]>();
  const views = new Map<number, SentenceView>();
  const isQuoted = (offset: number) => {
    let low = 0;
    let high = quoted.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = quoted[middle]!;
      if (offset < span.start) high = middle - 1;
      else if (offset >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  };
  /** Whether a quoted piece holds any offset from `first` to `last` (both included): if none does, isQuoted says no to each. */
  const anyQuotedFrom = (first: number, last: number) => spanLookup(quoted).anyOverlapping(first, last + 1);
  const writesInLowerCase = createLowerCaseWordTest(text);
  const wordsOf = (sentence: number): Word[] => {
    let found = words.get(sentence);
    if (!found) {
      const span = covered[sentence];
      found = span ? (tokens && wordsFromTokens(tokens, text, span, marks)) || tagWords(text, span, marks) : [];
      words.set(sentence, found);
    }
    return found;
  };
  return {
    text,
    sentences: covered,
    indexAt(offset) {
      let low = 0;
      let high = covered.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (covered[middle]!.start <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    },
    wordsOf,
    cuesOf(sentence) {
      let found = cues.get(sentence);
      if (!found) {
        const sentenceWords = wordsOf(sentence);
        // most sentences hold no quote: their words are not each looked up
        const quotedWithin = sentenceWords.length > 0 && anyQuotedFrom(sentenceWords[0]!.start, sentenceWords[sentenceWords.length - 1]!.start);
        found = findCueWords(sentenceWords, lexicon, quotedWithin ? (word) => !isQuoted(word.start) : () => true);
        cues.set(sentence, found);
      }
      return found;
    },
    isQuoted,
    viewOf(sentence) {
      // one view per sentence, however many readers ask for it (each new one cost a closure)
      let view = views.get(sentence);
      if (!view) {
        const sentenceWords = wordsOf(sentence);
        const wordIndexAt = (offset: number) => {
          let low = 0;
          let high = sentenceWords.length;
          while (low < high) {
            const middle = (low + high) >> 1;
            if (sentenceWords[middle]!.start < offset) low = middle + 1;
            else high = middle;
          }
          return low;
        };
        view = { text, sentence, words: sentenceWords, cues: this.cuesOf(sentence), isQuoted, wordIndexAt, writesInLowerCase, lexicon };
        views.set(sentence, view);
      }
      return view;
    },
  };
}
