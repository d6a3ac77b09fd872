import type { CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatYear } from './timex-value.ts';
import { SEASON_CODES, SEASON_START_MONTHS } from './vocabulary.ts';

const RULE = 'seasons';

// "this summer", "last fall", "the winter of 1994", "early spring", "summer 2024", "in the fall"
const SEASON = new RegExp(
  String.raw`\b(?:(?<modifier>this past|this coming|this|last|next|the past|the coming|the|early|late|mid|the early|the late)[\s-]+)?` +
    String.raw`(?<season>spring|summer|fall|autumn|winter)\b` +
    String.raw`(?:\s+(?:of\s+)?(?:(?<year>[12]\d{3})\b|(?<relative>last|this|next)\s+year\b))?`,
  'gi',
);
// "the fall of the Berlin Wall", "a fall in prices", "fall sharply": fall is a season only after a determiner and not before "of"/"in"
const NOT_A_SEASON_AFTER = /^\s+(?:of|in|to|from|by|and|or)\b(?!\s+[12]\d{3})/i;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const SEASON_NEEDS = /spring|summer|fall|autumn|winter/i;

/** Seasons (TIMEX3 `SP`, `SU`, `FA`, `WI`), in the year the past bias or the tense gives. */
export function findSeasons(context: RuleContext): TemporalCandidate[] {
  const { text, reference } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(SEASON, text, SEASON_NEEDS)) {
    const groups = match.groups!;
    const season = groups['season']!.toLowerCase();
    const modifier = groups['modifier']?.toLowerCase() ?? null;
    const end = match.index + match[0].length;
    if (season === 'fall' && (modifier === null || NOT_A_SEASON_AFTER.test(text.slice(end, end + 20)))) continue;
    if (modifier === null && !groups['year'] && !groups['relative'] && !/\b(?:in|during|since|until|by|through|this|last|next)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const code = SEASON_CODES[season]!;
    const year = seasonYear(code, groups, modifier, reference, context.tenseAround(match.index, end));
    found.push(makeCandidate(context, match.index, end, `${formatYear(year)}-${code}`, RULE));
  }
  return found;
}

function seasonYear(code: string, groups: Record<string, string | undefined>, modifier: string | null, reference: CalendarDay | null, tense: Tense): number | null {
  if (groups['year']) return Number(groups['year']);
  if (reference === null) return null;
  const relative = groups['relative']?.toLowerCase();
  if (relative) return reference.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0);
  // a season belongs to the year it begins in: the winter begun in December 2024 is 2024-WI
  const startMonth = SEASON_START_MONTHS[code]!;
  const latestBegun = reference.month >= startMonth ? reference.year : reference.year - 1;
  const inProgress = (reference.year - latestBegun) * 12 + reference.month - startMonth < 3;
  switch (modifier) {
    case 'last':
    case 'the past':
    case 'this past':
      // TimeBank and HeidelTime: "last fall" / "last spring" is the one of the year before
      return code === 'WI' ? latestBegun - (inProgress ? 1 : 0) : reference.year - 1;
    case 'next':
    case 'the coming':
    case 'this coming':
      return latestBegun + 1;
    case 'this':
      return inProgress || latestBegun === reference.year ? latestBegun : latestBegun + 1;
    default:
      return tense === 'future' && !inProgress ? latestBegun + 1 : latestBegun;
  }
}
