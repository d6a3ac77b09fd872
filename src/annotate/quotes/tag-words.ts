import type { Span } from '../../model/index.ts';
import { readTokens } from '../read-tokens.ts';
import type { Word } from './types.ts';

/** "Ban Ki-moon", "Jean-Claude": the tagger splits some hyphenated names into three words; they are one. */
function joinHyphenatedNames(words: Word[], text: string): void {
  for (let index = words.length - 2; index > 0; index--) {
    const [before, hyphen, after] = [words[index - 1]!, words[index]!, words[index + 1]!];
    if (hyphen.text !== '-' || before.end !== hyphen.start || hyphen.end !== after.start || !/^\p{Lu}/u.test(before.text) || !/\p{L}$/u.test(after.text)) continue;
    const joined = text.slice(before.start, after.end);
    words.splice(index - 1, 3, { ...before, end: after.end, text: joined, lower: joined.toLowerCase(), lemma: joined.toLowerCase(), pos: 'PROPN' });
    index--;
  }
}

/** The marks inside a span, from marks sorted by their start. */
function marksWithin(marks: readonly Span[], span: Span): Span[] {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const inside: Span[] = [];
  for (let index = low; index < marks.length && marks[index]!.end <= span.end; index++) inside.push(marks[index]!);
  return inside;
}

/**
 * The words of one stretch of text (a sentence) with wink-nlp's part of speech and lemma. The quote
 * marks found before are blanked for the tagger and come back as words of their own, so that
 * `''a genius''` gives the words '' a genius ''.
 */
export function tagWords(text: string, span: Span, quoteMarks: readonly Span[]): Word[] {
  const marks = marksWithin(quoteMarks, span);
  const pieces: string[] = [];
  let cursor = span.start;
  for (const mark of marks) {
    pieces.push(text.slice(cursor, mark.start), ' '.repeat(mark.end - mark.start));
    cursor = mark.end;
  }
  pieces.push(text.slice(cursor, span.end));
  const blanked = pieces.join('');
  // the same wink pass as the annotate stage's, over the sentence with its marks blanked (same length)
  const words: Word[] = readTokens(blanked).tokens.map((token) => ({
    start: span.start + token.start,
    end: span.start + token.end,
    text: token.text,
    lower: token.text.toLowerCase(),
    pos: token.pos,
    lemma: token.lemma.toLowerCase(),
    isQuoteMark: false,
  }));
  joinHyphenatedNames(words, text);
  for (const mark of marks) {
    words.push({ start: mark.start, end: mark.end, text: text.slice(mark.start, mark.end), lower: '"', pos: 'PUNCT', lemma: '"', isQuoteMark: true });
  }
  return words.sort((a, b) => a.start - b.start);
}
