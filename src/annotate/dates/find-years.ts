import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatYear } from './timex-value.ts';
import { NUMBER_WORD_VALUES, ORDINAL_NUMBERS } from './vocabulary.ts';

const RULE = 'years';

// "in 2018", "since 2017", "(2017-2021)", "fiscal 1989", "mid-1996", "early 2024", "the end of 1990"
const YEAR =
  /(?<![\p{L}\p{N}$€£#.,/:'’-]|\d[-–]|[$€£#]\s|\bNo\.\s)(?:(?:early|mid|late|the (?:end|beginning|start|middle|first half|second half) of|end of|beginning of|fiscal(?: year)?|calendar(?: year)?|the year|FY)[\s-]?)?([12]\d{3})(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent\b|per\s?cent\b))/giu;
// "(2017-2021)", "1998-99": the second year of a range; a preceding year makes the hyphen no obstacle
const YEAR_AFTER_YEAR = /(?<=\b[12]\d{3}\s?[-–]\s?)([12]\d{3}|\d{2})(?![\p{L}\p{N}%])/gu;
// a bare year lost in other numbers: "2000 troops", "1500 meters", "1999 model"
const COUNTED_NOUN_AFTER = /^\s+(?!(?:and|or|to|was|is|has|had|when|as|after|before|until|through)\b)[a-z]+s\b/;
// words before a year that make it a year ("in 1066", "since 1789")
const YEAR_CUE_BEFORE = /(?:\b(?:in|since|of|by|from|until|till|to|between|and|before|after|during|circa|c\.|year|early|mid|late|fiscal|the end of|through)\s*-?|[(,])\s*$/i;
const TEMPORAL_PREPOSITION_BEFORE = /\b(?:in|since|during|until|till|before|after|through)\s*$/i;
const EARLIEST_BARE_YEAR = 1800;

// "the 1990s" → 199, "the '80s" → 198, "the early 1990s" → 199 (TIMEX3 writes a decade as its first three digits)
const DECADE = /\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?(?:(\d{3})0['’]?s|['’](\d)0['’]?s)\b/gi;
// "the 20th century" → 19, "the eleventh century" → 10
const CENTURY = /\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[\s-]century\b/gi;
// "nineteen ninety-six", "the year two thousand"
const YEAR_IN_WORDS = /\b(?:the year\s+)?(?:(nineteen|twenty)[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:\s+and)?(?:\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?)\b/gi;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
// a year in digits: "in 2018" (half of the texts hold none, and the year pattern is the costliest scan)
const YEAR_NEEDS = /[12]\d{3}/;
const DECADE_NEEDS = /0['’]?s/i;
const CENTURY_NEEDS = /century/i;
const YEAR_IN_WORDS_NEEDS = /nineteen|twenty|two thousand/i;
const YEAR_AFTER_YEAR_NEEDS = /[12]\d{3}\s?[-–]\s?\d\d/;

/** Years, decades and centuries, said in digits or words: they need no publication date. */
export function findYears(context: RuleContext): TemporalCandidate[] {
  return [...findYearNumbers(context), ...findDecades(context), ...findCenturies(context), ...findYearsInWords(context)];
}

function findYearNumbers(context: RuleContext): TemporalCandidate[] {
  const { text } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(YEAR, text, YEAR_NEEDS)) {
    const year = Number(match[1]);
    const end = match.index + match[0].length;
    const hasModifier = match[0].length > 4;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const cued = hasModifier || YEAR_CUE_BEFORE.test(before);
    if (year > 2099 || (!cued && year < EARLIEST_BARE_YEAR)) continue;
    // "2000 troops", "of 1500 meters": a count; "in 1998 troops" still a year
    if (!hasModifier && !TEMPORAL_PREPOSITION_BEFORE.test(before) && COUNTED_NOUN_AFTER.test(text.slice(end, end + 30))) continue;
    found.push(makeCandidate(context, match.index, end, formatYear(year), RULE));
  }
  for (const match of matchesOf(YEAR_AFTER_YEAR, text, YEAR_AFTER_YEAR_NEEDS)) {
    const first = Number(/([12]\d{3})\s?[-–]\s?$/.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1]);
    const second = match[1]!.length === 2 ? Math.floor(first / 100) * 100 + Number(match[1]) : Number(match[1]);
    if (second <= first || second > 2099) continue;
    found.push(makeCandidate(context, match.index, match.index + match[0].length, formatYear(second), RULE));
  }
  return found;
}

function findDecades(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(DECADE, context.text, DECADE_NEEDS)) {
    let decade: number;
    if (match[1]) {
      decade = Number(match[1]);
    } else {
      // "the '80s": the latest such decade not after publication (1980s in 2025; 1920s written in 1929)
      const digit = Number(match[2]);
      const nowDecade = Math.floor((context.reference?.year ?? 2000) / 10);
      decade = Math.floor(nowDecade / 10) * 10 + digit;
      if (decade > nowDecade) decade -= 10;
    }
    found.push(makeCandidate(context, match.index, match.index + match[0].length, String(decade).padStart(3, '0'), RULE, 'year'));
  }
  return found;
}

function findCenturies(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(CENTURY, context.text, CENTURY_NEEDS)) {
    const ordinal = match[1]!.toLowerCase();
    const number = ORDINAL_NUMBERS[ordinal] ?? (/^\d+/.test(ordinal) ? Number(/^\d+/.exec(ordinal)![0]) : undefined);
    if (number === undefined || number < 1 || number > 21) continue;
    found.push(makeCandidate(context, match.index, match.index + match[0].length, String(number - 1).padStart(2, '0'), RULE, 'year'));
  }
  return found;
}

function findYearsInWords(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(YEAR_IN_WORDS, context.text, YEAR_IN_WORDS_NEEDS)) {
    const [, century, rest, afterTwoThousand] = match;
    // "two thousand" alone is a count ("two thousand troops") unless "the year" comes first
    if (!century && !afterTwoThousand && !/^the year/i.test(match[0])) continue;
    const year = century ? (century.toLowerCase() === 'nineteen' ? 1900 : 2000) + sumNumberWords(rest!) : 2000 + sumNumberWords(afterTwoThousand ?? '');
    found.push(makeCandidate(context, match.index, match.index + match[0].length, formatYear(year), RULE));
  }
  return found;
}

/** "ninety-six" → 96, "twenty one" → 21. */
function sumNumberWords(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((sum, word) => sum + (NUMBER_WORD_VALUES[word] ?? 0), 0);
}
