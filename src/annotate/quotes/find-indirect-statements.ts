import type { Span } from '../../model/index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { readPhraseAfter } from './read-phrase-after.ts';
import { readCueSpeaker } from './read-cue-speaker.ts';
import { isSubjectless } from './read-participle-subject.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import { skipCircumstances } from './skip-circumstances.ts';
import type { CueWord, PhraseMatch, SentenceView, Word } from './types.ts';
import { isCapitalized } from './word-classes.ts';

/** An attributed statement without quote marks (or with a quote inside): source, cue and content. */
export interface IndirectStatement {
  sentence: number;
  cue: CueWord;
  source: PhraseMatch | null;
  content: Span;
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'how', 'what', 'whether', 'why', 'if', 'when', 'where', 'who', 'which']);
const FINAL_PUNCTUATION = /^[.!?;:]$/;
const LONGEST_HEADLINE_LABEL = 5;

const isVerbal = (word: Word) => word.pos === 'VERB' || word.pos === 'AUX';

/** The last word of a sentence's content: final punctuation is left out, a closing quote mark kept; "..., according to the Roper Center" is another statement. */
function lastContentWord(words: readonly Word[], from: number): number {
  let last = words.length - 1;
  while (last >= from && FINAL_PUNCTUATION.test(words[last]!.text)) last--;
  for (let index = from + 1; index <= last; index++) {
    if (words[index]!.lower === 'according' && words[index - 1]!.text === ',' && words[index + 1]?.lower === 'to') return index - 2;
  }
  return last;
}

/** Whether what follows a cue can be its content: "that ...", a clause, a quote; "called" needs a quote. */
function isContent(words: readonly Word[], first: number, last: number, cue: CueWord): boolean {
  if (last - first < 1) return false;
  const content = words.slice(first, last + 1);
  const opener = content[0]!;
  const hasQuote = content.some((word) => word.isQuoteMark);
  return cue.kinds.some((kind) => {
    if (kind === 'characterization') return hasQuote;
    if (CLAUSE_OPENERS.has(opener.lower) || hasQuote) return true;
    if (kind === 'speech') return cue.lemma.includes(' ') || content.some(isVerbal);
    const clause = content.slice(1, 8).some(isVerbal) && (opener.pos === 'DET' || opener.pos === 'PRON' || opener.pos === 'PROPN' || opener.pos === 'NOUN' || opener.pos === 'NUM');
    return (kind === 'thought' || kind === 'evidence') && clause;
  });
}

const spanOf = (words: readonly Word[], first: number, last: number): Span => ({ start: words[first]!.start, end: words[last]!.end });
const firstContentWord = (words: readonly Word[]) => words.findIndex((word) => word.pos !== 'PUNCT' || word.isQuoteMark);

/** "Clinton beats Trump, according to the poll." / "According to the poll, Clinton beats Trump." */
function readAccordingTo(view: SentenceView, cue: CueWord): { source: PhraseMatch; content: Span } | null {
  const { words } = view;
  const source = readPhraseAfter(view, cue.last + 1);
  if (!source) return null;
  const start = firstContentWord(words);
  if (cue.first === start && words[source.last + 1]?.text === ',') {
    const last = lastContentWord(words, source.last + 2);
    return last > source.last + 2 ? { source, content: spanOf(words, source.last + 2, last) } : null;
  }
  const endsSentence = words.slice(source.last + 1).every((word) => word.pos === 'PUNCT' && !word.isQuoteMark);
  if (words[cue.first - 1]?.text === ',' && endsSentence && cue.first - 2 > start) return { source, content: spanOf(words, start, cue.first - 2) };
  return null;
}

/** One cue's statement in its sentence, in the orders of news prose (source–cue–content and content–cue–source). */
function readStatement(view: SentenceView, cue: CueWord): { source: PhraseMatch | null; content: Span } | null {
  const { words, lexicon } = view;
  if (cue.kinds.includes('phrase')) return readAccordingTo(view, cue);
  const start = firstContentWord(words);
  let source = isSubjectless(words, cue) ? null : readSubjectBefore(view, cue.first);
  const after = skipCircumstances(words, cue.last + 1, lexicon.takesObject.has(cue.lemma));
  const rest = words.slice(after);
  // "The economy is weak, Trump said." / "..., said the minister."
  const inverted = source === null && words[cue.first - 1]?.text === ',' ? readPhraseAfter(view, after) : null;
  const tail = inverted ? words.slice(skipCircumstances(words, inverted.last + 1, false)) : rest;
  if (tail.every((word) => word.pos === 'PUNCT' && !word.isQuoteMark)) {
    const before = source ? source.first - 1 : cue.first - 1;
    if (words[before]?.text !== ',' || before - 1 <= start) return null;
    if (words[start]!.isQuoteMark && words[before - 1]!.isQuoteMark) return null; // a direct quote, read as one
    return { source: source ?? inverted, content: spanOf(words, start, before - 1) };
  }
  // "The economy, he said, is weak."
  if (source && words[source.first - 1]?.text === ',' && words[after]?.text === ',' && source.first - 1 > start) {
    return { source, content: spanOf(words, start, lastContentWord(words, after)) };
  }
  let first = after;
  if (words[first]?.text === ':' || words[first]?.text === ',') first++;
  const last = lastContentWord(words, first);
  if (!isContent(words, first, last, cue)) return null;
  source ??= isSubjectless(words, cue) ? readCueSpeaker(view, cue) : null;
  if (!source) return null;
  return { source, content: spanOf(words, first, last) };
}

/** "Poll: Wealthy Voters Abandon ...", "Pence: Flowers Won't Be at Debate": a short capitalised name, a colon, a statement. */
function readHeadlineLabel(view: SentenceView, sentenceStartsLine: boolean): IndirectStatement | null {
  const { words } = view;
  if (!sentenceStartsLine) return null;
  const colon = words.findIndex((word) => word.text === ':');
  if (colon < 1 || colon > LONGEST_HEADLINE_LABEL || !words.slice(0, colon).every((word) => isCapitalized(word) || word.text === '.')) return null;
  const first = colon + 1;
  if (!words[first] || words[first]!.isQuoteMark) return null;
  const last = lastContentWord(words, first);
  if (last - first < 2) return null;
  const source = readPhraseAfter(view, 0);
  if (!source || source.last !== colon - 1) return null;
  return { sentence: -1, cue: { first: colon, last: colon, kinds: ['label'], lemma: ':' }, source, content: spanOf(words, first, last) };
}

/**
 * Statements attributed without quote marks: "X said (that) ...", "X told reporters ...", "according
 * to X, ...", "..., X said.", "X: ..." at the start of a line. `isTaken` says a cue already
 * introduces a direct quote.
 */
export function findIndirectStatements(reader: SentenceReader, isTaken: (sentence: number, cue: CueWord) => boolean): IndirectStatement[] {
  const statements: IndirectStatement[] = [];
  reader.sentences.forEach((span, sentence) => {
    const view = reader.viewOf(sentence);
    if (view.words.length === 0) return;
    const startsLine = span.start === 0 || view.text[span.start - 1] === '\n';
    const label = readHeadlineLabel(view, startsLine);
    if (label) statements.push({ ...label, sentence });
    for (const cue of view.cues) {
      if (isTaken(sentence, cue)) continue;
      const statement = readStatement(view, cue);
      if (statement) statements.push({ sentence, cue, ...statement });
    }
  });
  return statements;
}
