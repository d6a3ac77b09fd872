import type { Article, Span } from '../../model/index.ts';
import { loadWink } from '../../shared/wink.ts';

/** A word of a clause, with wink-nlp's universal part of speech and its lemma in lower case. */
export interface ClauseWord extends Span {
  text: string;
  lemma: string;
  pos: string;
}

/** The unit facts are made of: a clause of one sentence, with the sentence kept as its context. */
export interface Clause extends Span {
  articleId: string;
  /** Index of the clause among all clauses of the story. */
  index: number;
  sentence: Span;
  words: ClauseWord[];
}

/** Words that open a new clause after a comma or inside a sentence: ", while Maduro maintains", ", although". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'but', 'however', 'yet']);
/** Relative openers after a comma: "Maduro, who faces narcoterrorism charges". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whom', 'whose']);
const MIN_CLAUSE_WORDS = 4;

/**
 * Every sentence of every article cut into clauses: at ";", at a dash between two stretches of words
 * ("...near Venezuela’s coastline—the latest aggressive maneuver"), before "while", "although", "but"
 * after a comma, before a relative "who"/"which" after a comma, and at "and" joining two predicates
 * ("expressed solidarity ... and endorsed Maduro’s policies", "to reaffirm ... and to express").
 * A piece shorter than four words stays with its neighbour.
 */
export function readClauses(articles: readonly Article[]): Clause[] {
  const clauses: Clause[] = [];
  for (const article of articles) {
    if (article.language && article.language !== 'en') continue;
    const words = readWords(article.text);
    let cursor = 0;
    for (const sentence of article.sentences) {
      while (cursor < words.length && words[cursor]!.start < sentence.start) cursor++;
      const from = cursor;
      while (cursor < words.length && words[cursor]!.end <= sentence.end) cursor++;
      for (const piece of cutSentence(words.slice(from, cursor))) {
        if (!piece.some((word) => word.pos !== 'PUNCT')) continue;
        const first = piece.find((word) => word.pos !== 'PUNCT') ?? piece[0]!;
        const last = [...piece].reverse().find((word) => word.pos !== 'PUNCT' || /["”’)]/.test(word.text)) ?? piece[piece.length - 1]!;
        clauses.push({ articleId: article.id, index: clauses.length, start: first.start, end: last.end, sentence, words: piece });
      }
    }
  }
  return clauses;
}

function readWords(text: string): ClauseWord[] {
  const nlp = loadWink();
  const its = nlp.its;
  const document = nlp.readDoc(text);
  const values = document.tokens().out() as string[];
  const tags = document.tokens().out(its.pos) as string[];
  // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
  const lemmas = document.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const words: ClauseWord[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    if (!value.trim()) continue;
    const start = text.indexOf(value, offset);
    if (start < 0) continue;
    words.push({ start, end: start + value.length, text: value, lemma: lemmas[index]!.toLowerCase(), pos: tags[index]! });
    offset = start + value.length;
  }
  return words;
}

function cutSentence(words: readonly ClauseWord[]): ClauseWord[][] {
  const cuts: number[] = [];
  for (let index = 1; index < words.length - 1; index++) {
    if (opensClause(words, index)) cuts.push(index);
  }
  const pieces: ClauseWord[][] = [];
  let from = 0;
  for (const cut of [...cuts, words.length]) {
    const piece = words.slice(from, cut);
    const short = piece.filter((word) => word.pos !== 'PUNCT').length < MIN_CLAUSE_WORDS;
    // a short piece joins the clause before it ("..., he added."); a short first piece, the one after it
    if (short && pieces.length) pieces[pieces.length - 1]!.push(...piece);
    else if (short && cut < words.length) continue; // `from` stays put: the next piece starts at it
    else pieces.push(piece);
    from = cut;
  }
  return pieces;
}

/** Whether a new clause starts at `index` (the cut falls before that word). */
function opensClause(words: readonly ClauseWord[], index: number): boolean {
  const word = words[index]!;
  const before = words[index - 1]!;
  const lower = word.text.toLowerCase();
  if (before.text === ';') return true;
  if (/^[—–]$/.test(before.text) && index >= 2 && words[index - 2]!.pos !== 'PUNCT') return true;
  const afterComma = before.text === ',' || (/^["”’]$/.test(before.text) && /,$/.test(words[index - 2]?.text ?? ''));
  if (afterComma && CLAUSE_OPENERS.has(lower)) return true;
  if (afterComma && RELATIVE_OPENERS.has(lower) && word.pos === 'PRON') return true;
  if (lower === 'and' && joinsPredicates(words, index)) return true;
  return false;
}

/** "and endorsed ...", "and to express ...", "and reaffirmed ...": "and" followed by a verb, not by a noun. */
function joinsPredicates(words: readonly ClauseWord[], index: number): boolean {
  const next = words[index + 1];
  const after = words[index + 2];
  if (!next) return false;
  if (next.pos === 'VERB' && !/ing$/.test(next.text)) return true;
  if (next.text.toLowerCase() === 'to' && after?.pos === 'VERB') return true;
  return false;
}
