import { addDays } from '../../shared/calendar/index.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatDay } from './timex-value.ts';
import { PART_OF_DAY_CODES } from './vocabulary.ts';

const RULE = 'relative-days';

const DAY_OFFSETS: Readonly<Record<string, number>> = Object.freeze({
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
});

// "today", "yesterday", "tomorrow", "the day before yesterday", "earlier today", "late yesterday",
// "yesterday afternoon", "tomorrow night"
const NAMED_DAY =
  /\b(?:(?:early|late|earlier|later)\s+)?(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi;
// "this morning", "last night", "this afternoon", "later this evening"
const PART_OF_TODAY = /\b(?:(?:early|late|earlier|later)\s+)?(this|last)\s+(morning|afternoon|evening|night)\b/gi;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const NAMED_DAY_NEEDS = /today|tonight|yesterday|tomorrow/i;
// "this morning", "last night" (not "Monday morning")
const PART_OF_TODAY_NEEDS = /(?:this|last)\s+(?:morning|afternoon|evening|night)/i;

/** Days named relative to publication ("yesterday" → the day before) and parts of them ("last night" → TNI). */
export function findRelativeDays(context: RuleContext): TemporalCandidate[] {
  const { reference } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(NAMED_DAY, context.text, NAMED_DAY_NEEDS)) {
    // "USA Today", "VOA Today": a title, not a day
    if (/^[A-Z][a-z]+$/.test(match[1]!) && /[A-Z]\w*\s+$/.test(context.text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const name = match[1]!.toLowerCase();
    const partOfDay = name === 'tonight' ? 'TNI' : match[2] ? `T${PART_OF_DAY_CODES[match[2].toLowerCase()]}` : '';
    const day = reference ? formatDay(addDays(reference, DAY_OFFSETS[name]!)) : 'XXXX-XX-XX';
    found.push(makeCandidate(context, match.index, match.index + match[0].length, day + partOfDay, RULE));
  }
  for (const match of matchesOf(PART_OF_TODAY, context.text, PART_OF_TODAY_NEEDS)) {
    const part = match[2]!.toLowerCase();
    // "last night" is the evening before publication; "last morning" is no phrase
    const offset = match[1]!.toLowerCase() === 'last' ? (part === 'night' || part === 'evening' ? -1 : null) : 0;
    if (offset === null) continue;
    const day = reference ? formatDay(addDays(reference, offset)) : 'XXXX-XX-XX';
    found.push(makeCandidate(context, match.index, match.index + match[0].length, `${day}T${PART_OF_DAY_CODES[part]}`, RULE));
  }
  return found;
}
