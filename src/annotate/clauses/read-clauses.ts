import type { Clause, Span, Token } from '../../model/index.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import { cutSentence } from './cut-sentence.ts';
import { lastPhraseOf, readRoles, type PreviousClause } from './read-roles.ts';

/** The layers a clause points into by index: whatever lies wholly inside it. */
export interface ClauseLayers {
  mentions: readonly Span[];
  dates: readonly Span[];
  quantities: readonly Span[];
  /** A wire dateline the text opens with ("PORT ALVER, March 4 (Reuters) -"): where it is, no clause holds it. */
  dateline?: Span | null;
}

/**
 * Every sentence cut into clauses (see cutSentence), each a span from its first word to its last word or
 * closing mark, with the range of its tokens, the mentions, dates and quantities inside it, and its roles
 * (see readRoles): a clause reads the one before it in its sentence for a subject it leaves out.
 */
export function readClauses(tokens: readonly Token[], sentenceCount: number, layers: ClauseLayers): Clause[] {
  const clauses: Clause[] = [];
  let cursor = 0;
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    while (cursor < tokens.length && tokens[cursor]!.sentence < sentence) cursor++;
    const from = cursor;
    while (cursor < tokens.length && tokens[cursor]!.sentence === sentence) cursor++;
    let previous: PreviousClause | null = null;
    for (const [pieceFrom, pieceTo] of cutSentence(tokens, from, cursor)) {
      const clause = toClause(tokens, sentence, pieceFrom, pieceTo, layers, previous);
      if (!clause) continue;
      clauses.push(clause);
      previous = { roles: clause.roles, lastPhrase: lastPhraseOf(tokens, pieceFrom, pieceTo, layers.dates) };
    }
  }
  return clauses;
}

/** "Q:", "A:", "Question:", "Answer:" opening a line of a transcript. */
const TRANSCRIPT_LABEL = /^(?:Q|A|Question|Answer)$/;

/** A piece of a sentence as a clause, or null when it holds marks only. */
function toClause(tokens: readonly Token[], sentence: number, from: number, to: number, layers: ClauseLayers, previous: PreviousClause | null): Clause | null {
  // "PORT ALVER, March 4 (Reuters) - Valdoria's navy seized ...": the clause opens after the dateline, which is no word of it
  const dateline = layers.dateline;
  while (from < to && dateline && tokens[from]!.start >= dateline.start && tokens[from]!.end <= dateline.end) from++;
  // "A: The ship was off the coast ...": a transcript's label is no word of the answer
  if (from + 2 < to && TRANSCRIPT_LABEL.test(tokens[from]!.text) && tokens[from + 1]!.text === ':' && (from === 0 || tokens[from - 1]!.sentence !== sentence)) from += 2;
  let first = from;
  while (first < to && tokens[first]!.pos === 'PUNCT') first++;
  if (first === to) return null;
  // the clause ends at its last word, or at a closing mark after it: `... “blatant theft”`, `(Reuters)`
  let last = to - 1;
  while (last > first && tokens[last]!.pos === 'PUNCT' && !/["”’)]/.test(tokens[last]!.text)) last--;
  // “The future of Europe is at stake,” she told: a quotation the clause closes opens with its mark
  if (first > from && /^[“"]$/.test(tokens[first - 1]!.text) && closesQuotation(tokens, first, last + 1)) first--;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  return {
    start: span.start,
    end: span.end,
    sentence,
    firstToken: from,
    endToken: to,
    mentions: indexesWithin(layers.mentions, span),
    dates: indexesWithin(layers.dates, span),
    quantities: indexesWithin(layers.quantities, span),
    roles: readRoles(tokens, from, to, layers.dates, previous),
  };
}

/** The words hold a closing quotation mark they do not open: `The future ... at stake,” she told`. */
function closesQuotation(tokens: readonly Token[], from: number, to: number): boolean {
  let open = 0;
  let straight = 0;
  for (let index = from; index < to; index++) {
    const mark = tokens[index]!.text;
    if (mark === '"') straight++;
    else if (mark === '“') open++;
    else if (mark === '”') {
      if (open === 0) return true;
      open--;
    }
  }
  // straight marks open and close alike: an odd count closes one opened before
  return straight % 2 === 1;
}

function indexesWithin(layer: readonly Span[], span: Span): number[] {
  return spanLookup(layer).indexesWithin(span.start, span.end);
}
