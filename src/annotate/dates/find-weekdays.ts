import { addDays, isoWeekday, type CalendarDay, WEEKDAY_NAME, WEEKDAY_NUMBERS } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';
import { resolveWeekday } from './resolve-weekday.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatDay } from './timex-value.ts';
import { PART_OF_DAY_CODES } from './vocabulary.ts';

const RULE = 'weekdays';

// "Thursday", "last Friday", "next Monday", "this Wednesday", "late Sunday", "Friday night", "Thursday morning"
const WEEKDAY = new RegExp(
  String.raw`\b(?:(last|next|this|this past|this coming|coming|past|early|late)\s+)?(${WEEKDAY_NAME})(?!s\b|['’]s\s+(?:edition|issue|paper)\b)(?:\s+(morning|afternoon|evening|night))?\b`,
  'gi',
);

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const WEEKDAY_NEEDS = /M[Oo][Nn]|T[Uu][Ee]|W[Ee][Dd]|T[Hh][Uu]|F[Rr][Ii]|S[Aa][Tt]|S[Uu][Nn]/;

/**
 * Weekdays resolve to the last one on or before publication ("Thursday" in a Sunday article is three days
 * before), or the coming one when the clause is in the future ("will meet on Friday", "next Friday").
 */
export function findWeekdays(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(WEEKDAY, context.text, WEEKDAY_NEEDS)) {
    if (!/^[A-Z]/.test(match[2]!)) continue;
    const weekday = WEEKDAY_NUMBERS[match[2]!.toLowerCase()]!;
    const end = match.index + match[0].length;
    const partOfDay = match[3] ? `T${PART_OF_DAY_CODES[match[3].toLowerCase()]}` : '';
    const reference = context.reference;
    const value = reference
      ? formatDay(dayOfWeekday(weekday, match[1]?.toLowerCase() ?? null, reference, tenseOf(context, match.index, end))) + partOfDay
      : `XXXX-WXX-${weekday}${partOfDay}`;
    found.push(makeCandidate(context, match.index, end, value, RULE));
  }
  return found;
}

// "Wednesday's ruling": an event already named, so past whatever the clause says
const POSSESSIVE_AFTER = /^['’]s\b/;

function tenseOf(context: RuleContext, start: number, end: number): Tense {
  if (POSSESSIVE_AFTER.test(context.text.slice(end, end + 3))) return 'past';
  return context.tenseAround(start, end);
}

function dayOfWeekday(weekday: number, modifier: string | null, reference: CalendarDay, tense: Tense): CalendarDay {
  const today = isoWeekday(reference);
  switch (modifier) {
    case 'last':
    case 'past':
    case 'this past':
      // "last Friday": the latest Friday before publication day
      return addDays(reference, -((today - weekday + 7) % 7 || 7));
    case 'next':
    case 'coming':
    case 'this coming':
      return addDays(reference, (weekday - today + 7) % 7 || 7);
    case 'this':
      // "this Friday": the Friday of the publication week
      return addDays(reference, weekday - today);
    default:
      return resolveWeekday(weekday, reference, tense);
  }
}
