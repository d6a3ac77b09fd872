import type { TemporalExpression } from '../../model/index.ts';
import type { CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';
import type { ClauseBounds } from './find-clause-bounds.ts';
import { describePrecision, type Precision } from './timex-value.ts';

/** What every rule reads: the text, the publication day the values resolve against, and the tense around a span. */
export interface RuleContext {
  readonly text: string;
  /** The publication day; null leaves relative expressions unresolved (`XXXX` placeholders). */
  readonly reference: CalendarDay | null;
  tenseAround(start: number, end: number): Tense;
  /** The sentence, or the clause after a semicolon, holding [start, end). */
  clauseAround(start: number, end: number): ClauseBounds;
}

/** A rule's find, before overlaps are settled: `rule` names the file that made it (benchmarks group errors by it). */
export interface TemporalCandidate extends TemporalExpression {
  readonly rule: string;
}

export type FindRule = (context: RuleContext) => TemporalCandidate[];

/** A candidate over [start, end) of the context's text. */
export function makeCandidate(context: RuleContext, start: number, end: number, value: string, rule: string, precision: Precision = describePrecision(value)): TemporalCandidate {
  return { start, end, text: context.text.slice(start, end), value, precision, rule };
}

/**
 * Every match of a global pattern, as exec results (with indices when the pattern has the `d` flag).
 * `needs`, when given, is a cheaper pattern that every text with a match the caller keeps also matches
 * (most often the words one of which every match holds): a text it does not match is not scanned at all,
 * which spares most texts most patterns.
 */
export function* matchesOf(pattern: RegExp, text: string, needs?: RegExp): Generator<RegExpExecArray> {
  if (needs && !mentions(text, needs)) return;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

let askedText: string | null = null;
const answers = new Map<RegExp, boolean>();

/**
 * Whether a non-global pattern matches the text, remembered for the last text asked about (the rules ask
 * about one text in turn, and some share a pattern).
 */
export function mentions(text: string, pattern: RegExp): boolean {
  if (text !== askedText) {
    askedText = text;
    answers.clear();
  }
  let answer = answers.get(pattern);
  if (answer === undefined) {
    answer = pattern.test(text);
    answers.set(pattern, answer);
  }
  return answer;
}
