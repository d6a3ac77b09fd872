import { countWords } from '../shared/words.ts';
import type { Edit, Line } from './edit.ts';
import { findInnerCapitalRuns } from './find-inner-capital-runs.ts';
import { hasVerb } from './has-verb.ts';
import { CALENDAR_WORDS, CAMEL_CASE_NAMES, GLUING_FUNCTION_WORDS, PLACE_NAMES, SENTENCE_OPENERS } from './known-words.ts';
import type { Removal } from './removal.ts';
import { ENGLISH, ruleApplies } from './rule-languages.ts';

/** A capital after a lower-case letter, or an upper-case run before a capitalised word: what a letter run glued from two words holds. */
const GLUED_INSIDE = /\p{Ll}\p{Lu}|\p{Lu}{3}\p{Ll}/u;
/** "Caribbean.The" · "said?But": a sentence end whose space was lost. */
const GLUED_SENTENCE = /(\p{Ll}{2}[)”"’]?)([.!?])([)”"’]?)(\p{Lu}\p{Ll}+)/gu;
const TOP_LEVEL_DOMAIN = /^(?:Com|Net|Org|Gov|Edu|Io|Co|Uk|Info|Biz|Html?|Php|Js|Ts)$/;

const SUBHEADING_RULE = 'subheading glued to its paragraph, a line break lost';
const LOWER_CASE_GLUED_TO_NAME = 'lower-case word glued to a name';
const OPENER_GLUED = 'sentence opener glued to the previous word';
/** The splits at a lower-case → capital boundary that may end a heading ("nextNorvania", "rivalryThe"), not "theWashington" nor "MOSCOWDonald". */
const HEADING_BOUNDARY_RULES: ReadonlySet<string> = new Set([LOWER_CASE_GLUED_TO_NAME, OPENER_GLUED]);
/** A subheading is this many words or fewer: "What comes next", "A long rivalry". */
const MAX_SUBHEADING_WORDS = 6;
/** What follows it is a paragraph: this many words or more. */
const MIN_PARAGRAPH_WORDS = 6;
/** Subheadings of explainers ask a question with a verb and no question mark: "What comes next", "Why it matters". */
const QUESTION_HEADING = /^(?:what|why|how|where|who|when)\b/i;
/** "In a statementTrump said": a sentence's opening phrase, not a heading. */
const OPENS_WITH_PREPOSITION = /^(?:in|on|at|to|for|by|with|from|after|before|during|under|over|as|according)\b/i;

export interface GlueSplit {
  edit: Edit;
  message: Removal;
}

/**
 * Finds words glued together where a break was lost, by general rules; returns where to insert a separator.
 * The rules that know English words (function words, months, sentence openers) run on English articles only
 * (`language` null: not known); those of letter case and punctuation run on every article.
 */
export function splitGluedWords(lines: readonly Line[], language: string | null): GlueSplit[] {
  const readsEnglish = ruleApplies(ENGLISH, language);
  const splits: GlueSplit[] = [];
  for (const line of lines) {
    // where the line's first visible character stands (-1: none), read once and not per token of a long line
    const firstVisible = line.text.search(/\S/);
    // a run with no capital after its first letter is glued to nothing: most words are not looked at
    for (const match of findInnerCapitalRuns(line.text)) {
      const token = match.run;
      if (!GLUED_INSIDE.test(token)) continue;
      const tokenStart = line.start + match.index;
      const atLineStart = firstVisible === -1 || match.index <= firstVisible;
      findSplitPoints(token, atLineStart, readsEnglish).forEach((point, order) => {
        // "What comes nextNorvania has offered…": a heading's line break, not a space, was lost
        const lostBreak = order === 0 && readsEnglish && HEADING_BOUNDARY_RULES.has(point.rule) && isSubheadingLost(line.text, match.index + point.at);
        const { at, separator, rule } = lostBreak ? { at: point.at, separator: '\n\n', rule: SUBHEADING_RULE } : point;
        const shown = lostBreak ? ' ¶ ' : separator;
        splits.push(makeSplit(tokenStart + at, separator, `${rule}: "${token}" → "${token.slice(0, at)}${shown}${token.slice(at)}"`, tokenStart, tokenStart + token.length));
      });
    }
    for (const match of line.text.matchAll(GLUED_SENTENCE)) {
      const before = line.text.slice(Math.max(0, match.index - 12), match.index);
      if (/(?:https?:|www\.|@|\.)\S*$/.test(before) || TOP_LEVEL_DOMAIN.test(match[4]!)) continue; // "www.Example.Com"
      const at = line.start + match.index + match[1]!.length + match[2]!.length + match[3]!.length;
      splits.push(makeSplit(at, ' ', `sentence end without a space: "${match[0]}"`, line.start + match.index, line.start + match.index + match[0].length));
    }
  }
  return splits;
}

interface SplitPoint {
  at: number;
  separator: string;
  rule: string;
}

function findSplitPoints(token: string, atLineStart: boolean, readsEnglish: boolean): SplitPoint[] {
  const bare = token.replace(/['’]s$/, '');
  if (CAMEL_CASE_NAMES.has(token) || CAMEL_CASE_NAMES.has(bare)) return [];
  const points: SplitPoint[] = [];
  for (let at = 1; at < token.length; at++) {
    // "x𐐀Bo": never between the two halves of a letter outside the Basic Multilingual Plane
    if (isLowSurrogate(token.charCodeAt(at))) continue;
    const left = token.slice(0, at);
    const right = token.slice(at);
    const rule = whyGlued(left, right, atLineStart && points.length === 0, readsEnglish);
    if (!rule) continue;
    points.push({ at, separator: rule === 'dateline glued to the first sentence' ? ' — ' : ' ', rule });
  }
  return points;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function whyGlued(left: string, right: string, atLineStart: boolean, readsEnglish: boolean): string | null {
  const leftWord = /(\p{L}+)$/u.exec(left)?.[1];
  if (!leftWord) return null;
  const rightWord = /^(\p{Lu}\p{Ll}+|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu})/u.exec(right)?.[1];
  if (!rightWord) return null;
  const boundary = /\p{Ll}$/u.test(left) || (/\p{Lu}{3}$/u.test(left) && /^\p{Lu}\p{Ll}/u.test(right));
  if (!boundary) return null;
  // "theWashington Post" — a lower-case function word glued to a name
  if (readsEnglish && left === leftWord && GLUING_FUNCTION_WORDS.has(leftWord) && /^\p{Lu}\p{Ll}/u.test(right)) return 'function word glued to a name';
  // "in JunePutin is" — a month or weekday glued to the next sentence
  if (readsEnglish && CALENDAR_WORDS.has(leftWord) && /^\p{Lu}\p{Ll}/u.test(right)) return 'date word glued to the next word';
  // "PostIn mid-October" — a sentence opener glued to the last word of a sentence whose end was lost
  if (readsEnglish && leftWord.length >= 3 && SENTENCE_OPENERS.has(rightWord) && right.length === rightWord.length && !/ed$/.test(leftWord)) return OPENER_GLUED;
  // "MoscowDonald Trump's" · "MOSCOWDonald" — a dateline glued to the first sentence
  if (atLineStart && left === leftWord && (PLACE_NAMES.has(leftWord) || /^\p{Lu}{3,}$/u.test(leftWord)) && /^\p{Lu}\p{Ll}/u.test(right)) {
    return 'dateline glued to the first sentence';
  }
  // "reportedlyTrump" — a lower-case word of four letters or more glued to a name
  if (left === leftWord && /^\p{Ll}{4,}$/u.test(leftWord) && /^\p{Lu}\p{Ll}{2,}/u.test(right)) return LOWER_CASE_GLUED_TO_NAME;
  return null;
}

/**
 * "What comes nextNorvania has offered to host talks, but…": the line opens with a short phrase without
 * punctuation, glued at a lower-case → capital boundary to a paragraph: the subheading's line break was lost
 * (the page's <h2> and <p> ran together). A verbless phrase ("A long rivalry") or an explainer's question
 * ("What comes next") is a heading; "In a statementTrump said…" is a sentence and only gets its space.
 */
function isSubheadingLost(line: string, at: number): boolean {
  const heading = line.slice(0, at).trim();
  const paragraph = line.slice(at);
  if (!/^\p{Lu}/u.test(heading) || !/\p{Ll}$/u.test(heading) || /[^\p{L}\p{N}\s'’-]/u.test(heading) || OPENS_WITH_PREPOSITION.test(heading)) return false;
  if (countWords(heading) > MAX_SUBHEADING_WORDS || countWords(paragraph) < MIN_PARAGRAPH_WORDS) return false;
  return QUESTION_HEADING.test(heading) || !hasVerb(heading);
}

function makeSplit(at: number, separator: string, reason: string, start: number, end: number): GlueSplit {
  return { edit: { start: at, end: at, text: separator }, message: { start, end, rule: 'split-glued-words', reason: `split glued words (${reason})` } };
}
