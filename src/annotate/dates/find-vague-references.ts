import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';

const RULE = 'vague-references';

// TIMEX3's vague points: "now", "currently" → PRESENT_REF; "recently", "in the past" → PAST_REF;
// "the future", "the near term" → FUTURE_REF. Longer readings win over these ("the past three months" is a
// duration), so "the past" needs no guard against what follows it.
// each with what a text needs for the pattern to find anything there (see matchesOf)
const REFERENCES: readonly (readonly [RegExp, string, RegExp])[] = Object.freeze([
  [/\b(?:right now|just now|now|currently|at present|presently|nowadays|these days|at the moment|at this time)\b/gi, 'PRESENT_REF', /now|current|present|these days|moment|this time/i],
  [/\b(?:(?:more |most |until |only |very |as )?recently|(?:in )?recent (?:years|days)|(?:in )?the (?:recent |distant )?past(?! (?:and|or) (?:present|future))|the old days|once upon a time|years ago)\b/gi, 'PAST_REF', /recent|past|old days|once upon|years ago/i],
  [/\b(?:the (?:near |distant |foreseeable |immediate |not-too-distant |not too distant )?future|(?:in )?(?:the )?(?:coming|upcoming) (?:weeks|months|years|days|quarters)|the (?:near|short|long|longer|medium) term|future (?:quarters|years)|as soon as possible|(?:at )?a later date)\b/gi, 'FUTURE_REF', /future|coming|term|possible|later date/i],
]);

export function findVagueReferences(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  for (const [pattern, value, needs] of REFERENCES) {
    for (const match of matchesOf(pattern, context.text, needs)) {
      let start = match.index;
      const leading = /^(?:in|until|as|only|very) /i.exec(match[0]);
      if (leading && value !== 'FUTURE_REF') start += leading[0].length;
      found.push(makeCandidate(context, start, match.index + match[0].length, value, RULE));
    }
  }
  return found;
}
