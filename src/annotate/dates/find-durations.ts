import { parseCount } from './parse-count.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatDuration } from './timex-value.ts';
import { COUNT, readUnit, SINGULAR_TIME_UNIT, TIME_UNIT } from './vocabulary.ts';

const RULE = 'durations';

const APPROXIMATION = String.raw`(?:about|around|approximately|roughly|nearly|almost|more than|less than|fewer than|at least|at most|up to|no more than|over|under|some|just|only|barely|another|an additional|a further|the better part of|the|the past|the last|the next|the first|the final|the previous|the coming|the following|the remaining|the latest|the same|each of the past|each of the last)`;
// "one day", "two weeks", "for two decades", "about two weeks", "the past three months", "the first nine
// months", "more than four hours", "2 1/2 years", "a minute and a half", "two to three weeks",
// "eight trading days"
const COUNTED_DURATION = new RegExp(
  String.raw`\b(?:${APPROXIMATION}\s+){0,3}(?<count>${COUNT})(?:\s+(?:to|or)\s+(?:${COUNT}))?\s+(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|short)\s+)?(?<unit>${TIME_UNIT})(?<half>\s+and\s+a\s+half)?\b(?!\s+(?:ago|old)\b)(?!-)`,
  'gid',
);
// "a two-week visit", "the 10-year note", "an eight-year war", "an 8-month-old truce", "a 24-hour strike";
// not "a 44-year-old protester" (an age) nor "three-quarters" (a share)
const HYPHENATED_DURATION = new RegExp(String.raw`\b(?<count>${COUNT})-(?<unit>${SINGULAR_TIME_UNIT})(?:-long|-old(?<!year-old))?\b(?!-)`, 'gi');
// "for years", "within weeks", "over decades", "for centuries", "recent months"
// ("in recent years" and "in recent days" are PAST_REF in TimeBank)
const UNCOUNTED_DURATION = /\b(?:(?:for|within|over|in|after|lasting|since)\s+(?:many\s+)?(?<unit>minutes|hours|days|weeks|months|quarters|years|decades|centuries)|recent\s+(?<recentUnit>weeks|months|quarters))\b(?!\s+(?:ago|old|later|earlier)\b)/gid;
// "half an hour", "a year and a half", "a half-hour show"
const HALF_UNIT = /\b(?:half an? (?<unit>hour|day|year|minute)|(?:an? |one )?(?<whole>hour|day|week|month|year|minute)s? and a half|half-(?<adjective>hour|day|year))\b/gi;
// words that make a count no duration: "two days ago" is a date, "52 years old" an age
const AGE_OR_DATE_AFTER = /^\s+(?:ago|old|from now|hence)\b/i;

/**
 * "a second group" is an ordinal, "more than a quarter of" a share, "the 1988 quarter" a year, "60
 * Minutes" a title: counted units that are no durations.
 */
function isNoDuration(unitWord: string, countWords: string, count: number | null, after: string): boolean {
  const unit = unitWord.toLowerCase();
  if (/^[A-Z]/.test(unitWord)) return true;
  if (unit === 'second' && /^(?:a|one)$/i.test(countWords)) return true;
  if (unit.startsWith('quarter') && (/^\s+of\b/.test(after) || (count !== null && count >= 1000))) return true;
  return false;
}

/** "two weeks" → P2W; a fortnight counts as two weeks. */
function formatCountedDuration(count: number | null, unitWord: string): string {
  if (/^fortnight/i.test(unitWord)) return formatDuration(count === null ? null : count * 2, 'week');
  return formatDuration(count, readUnit(unitWord) ?? 'day');
}

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const HYPHENATED_DURATION_NEEDS = /-(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|millennium)/i;
const UNCOUNTED_DURATION_NEEDS = /minutes|hours|days|weeks|months|quarters|years|decades|centuries/i;
// "half an hour", "a year and a half", "half-day" (not "half of")
const HALF_UNIT_NEEDS = /half an? |and a half|half-/i;

/** Durations in ISO 8601: "one day after the seizure" → P1D, "for two decades" → P20Y, "about two weeks" → P2W. */
export function findDurations(context: RuleContext): TemporalCandidate[] {
  const { text } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(COUNTED_DURATION, text)) {
    const groups = match.groups!;
    const countWords = groups['count']!;
    const count = parseCount(countWords);
    const end = match.index + match[0].length;
    if (AGE_OR_DATE_AFTER.test(text.slice(end, end + 12)) || isNoDuration(groups['unit']!, countWords, count, text.slice(end, end + 4))) continue;
    const value = formatCountedDuration(count === null ? null : count + (groups['half'] ? 0.5 : 0), groups['unit']!);
    found.push(makeCandidate(context, match.index, end, value, RULE));
  }
  for (const match of matchesOf(HYPHENATED_DURATION, text, HYPHENATED_DURATION_NEEDS)) {
    const countWords = match.groups!['count']!;
    const count = parseCount(countWords);
    // "a several-year tenure" is vague on purpose; "a some-day plan" is no duration
    if (count === null && !/several|few/i.test(countWords)) continue;
    found.push(makeCandidate(context, match.index, match.index + match[0].length, formatCountedDuration(count, match.groups!['unit']!), RULE));
  }
  for (const match of matchesOf(UNCOUNTED_DURATION, text, UNCOUNTED_DURATION_NEEDS)) {
    const unit = readUnit((match.groups!['unit'] ?? match.groups!['recentUnit'])!)!;
    const span = match.indices?.groups?.['unit'];
    const start = span?.[0] ?? match.index;
    found.push(makeCandidate(context, start, match.index + match[0].length, formatDuration(null, unit), RULE));
  }
  for (const match of matchesOf(HALF_UNIT, text, HALF_UNIT_NEEDS)) {
    const groups = match.groups!;
    const unit = readUnit((groups['unit'] ?? groups['whole'] ?? groups['adjective'])!)!;
    const value = groups['whole'] ? formatDuration(1.5, unit) : formatDuration(0.5, unit);
    found.push(makeCandidate(context, match.index, match.index + match[0].length, value, RULE));
  }
  return found;
}
