import type { Token } from '../../model/index.ts';

/** Words that open a new clause after a comma or inside a sentence: ", while Maduro maintains", ", although". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'but', 'however', 'yet']);
/** Relative openers after a comma: "Maduro, who faces narcoterrorism charges". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whom', 'whose']);
const MIN_CLAUSE_WORDS = 4;
/** The longest word of CLAUSE_OPENERS and RELATIVE_OPENERS ("although", "whereas"). */
const MAX_OPENER_LENGTH = Math.max(...[...CLAUSE_OPENERS, ...RELATIVE_OPENERS].map((word) => word.length));

/**
 * The clauses of the sentence `tokens[from..to)`, as token ranges `[first, end)`: cut at ";", at a dash
 * between two stretches of words ("...near Venezuela’s coastline—the latest aggressive maneuver"),
 * before "while", "although", "but" after a comma, before a relative "who"/"which" after a comma, and at
 * "and" joining two predicates ("expressed solidarity ... and endorsed Maduro’s policies", "to reaffirm
 * ... and to express"). A piece shorter than four words stays with its neighbour.
 */
export function cutSentence(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const cuts: number[] = [];
  for (let index = from + 1; index < to - 1; index++) {
    if (opensClause(tokens, from, to, index)) cuts.push(index);
  }
  const pieces: Array<[number, number]> = [];
  let start = from;
  for (const cut of [...cuts, to]) {
    let words = 0;
    for (let index = start; index < cut; index++) if (tokens[index]!.pos !== 'PUNCT') words++;
    const short = words < MIN_CLAUSE_WORDS;
    // a short piece joins the clause before it ("..., he added."); a short first piece, the one after it
    if (short && pieces.length) pieces[pieces.length - 1]![1] = cut;
    else if (short && cut < to) continue; // `start` stays put: the next piece starts at it
    else pieces.push([start, cut]);
    start = cut;
  }
  return pieces;
}

/** Whether a new clause starts at `index` of the sentence `tokens[from..to)` (the cut falls before that word). */
function opensClause(tokens: readonly Token[], from: number, to: number, index: number): boolean {
  const word = tokens[index]!;
  const before = tokens[index - 1]!;
  if (before.text === ';') return true;
  if (/^[—–]$/.test(before.text) && index - 2 >= from && tokens[index - 2]!.pos !== 'PUNCT') return true;
  const twoBefore = index - 2 >= from ? tokens[index - 2]!.text : '';
  const afterComma = before.text === ',' || (/^["”’]$/.test(before.text) && /,$/.test(twoBefore));
  // every opener is a short word: most tokens are not lower-cased at all (a 4 MB article has 800,000)
  if (word.text.length > MAX_OPENER_LENGTH) return false;
  const lower = word.text.toLowerCase();
  if (afterComma && CLAUSE_OPENERS.has(lower)) return true;
  if (afterComma && RELATIVE_OPENERS.has(lower) && word.pos === 'PRON') return true;
  if (lower === 'and' && joinsPredicates(tokens, to, index)) return true;
  return false;
}

/** "and endorsed ...", "and to express ...", "and reaffirmed ...": "and" followed by a verb, not by a noun. */
function joinsPredicates(tokens: readonly Token[], to: number, index: number): boolean {
  const next = index + 1 < to ? tokens[index + 1] : undefined;
  const after = index + 2 < to ? tokens[index + 2] : undefined;
  if (!next) return false;
  if (next.pos === 'VERB' && !/ing$/.test(next.text)) return true;
  if (next.text.toLowerCase() === 'to' && after?.pos === 'VERB') return true;
  return false;
}
