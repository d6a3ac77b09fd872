import type { TemporalExpression } from '../../model/index.ts';
import type { CalendarDay } from './calendar.ts';
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

/** Every match of a global pattern, as exec results (with indices when the pattern has the `d` flag). */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}
