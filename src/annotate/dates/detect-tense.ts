import type { ClauseBounds } from './find-clause-bounds.ts';

export type Tense = 'past' | 'present' | 'future';

// "will meet", "is expected to", "plans to", "is scheduled": the clause speaks of what is to come
// "the measures to be voted on Thursday" (not "appeared to be injured on Monday"), "the deal, which expires in December",
// "talks resume on Monday": a schedule told in the present
const FUTURE_CUE =
  /\b(?:will|won't|wo|shall|'ll|going to|plans? to|planned (?:to|for)|planning to|scheduled|expected to|expects? to|is to|are to|due to|set to|intends? to|would|wouldn't|(?<!\b(?:appeared|appears|seemed|seems|believed|reported|thought|known|found|said|claimed|alleged|understood|confirmed|proved|turned out)\s)to be [a-z]+ed|expires|begins|resumes|takes effect|comes into force|runs out)\b/gi;
// "said", "was", "had", "ago", "announced", "held": the clause reports what happened (irregular past forms
// that are not also present or participle forms)
const PAST_CUE =
  /\b(?:was|wasn't|were|weren't|had|hadn't|did|didn't|said|told|ago|last|[a-z]{3,}ed|held|met|took|gave|came|went|began|left|made|found|saw|fell|rose|won|lost|led|sent|spent|struck|fought|brought|bought|thought|became|broke|chose|drove|flew|got|grew|knew|ran|sold|stood|wrote|kept|paid|shot|fled|spoke|heard|felt|meant|sank|threw|withdrew|underwent|overtook|arose|sought|caught|taught|swore|stole|froze|hid|rode|shook|slid|spun|sprang|swam|tore|wept)\b/gi;
// -ed words that are no past tense
const NOT_PAST = /^(?:scheduled|expected|planned|need|indeed|proceed|exceed|succeed|speed|seed|feed|bed|red|hundred|united|limited|related|based|concerned|interested|detailed|advanced|assorted|supposed)$/i;
// "will be held", "is expected": a participle after a form of "be" takes its tense from the auxiliary
const PASSIVE_AUXILIARY_BEFORE = /\b(?:be|been|being|is|are|am)\s+$/i;
// "by Dec. 15", "payable Jan. 2", "effective Feb. 1", "until March 6": a deadline, most often ahead
const DEADLINE_BEFORE = /\b(?:by|until|till|through|as soon as|as early as|no later than|effective|payable|expires?|expiring|record|due)\s+(?:about\s+|around\s+)?$/i;

type Span = readonly [start: number, end: number];

/**
 * Reads the tense of the clause around an expression from the cue nearest to it: "will meet on Friday" →
 * future, "met on Friday" / "said Friday" → past, a clause with neither → present. Cues are words (modals,
 * auxiliaries, past forms), as HeidelTime reads tense from the verbs of the sentence; no tagger runs. The
 * cues of the whole text are found once, so that each question costs a binary search.
 */
export function detectTense(text: string, clauseAround: (start: number, end: number) => ClauseBounds): (start: number, end: number) => Tense {
  const futureCues = spansOf(text, FUTURE_CUE, () => true);
  const pastCues = spansOf(text, PAST_CUE, (word, at) => !NOT_PAST.test(word) && !PASSIVE_AUXILIARY_BEFORE.test(text.slice(Math.max(0, at - 8), at)));
  return (start, end) => {
    const clause = clauseAround(start, end);
    const future = nearestDistance(futureCues, clause, start, end);
    const past = nearestDistance(pastCues, clause, start, end);
    if (future === null && past === null) return 'present';
    if (past === null) return 'future';
    if (future === null) return 'past';
    return future < past ? 'future' : 'past';
  };
}

/** The words just before an expression set a deadline ("payable Jan. 2", "by Dec. 15"). */
export function followsDeadlineWord(text: string, start: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

function spansOf(text: string, cue: RegExp, accept: (word: string, at: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(cue)) {
    if (accept(match[0], match.index)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Characters between [start, end) and the nearest cue inside the clause that does not overlap it. */
function nearestDistance(cues: readonly Span[], clause: ClauseBounds, start: number, end: number): number | null {
  // the first cue that starts at or after the expression's end; the one before it is the nearest before
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cues[middle]![0] < end) low = middle + 1;
    else high = middle;
  }
  let nearest: number | null = null;
  const after = cues[low];
  if (after && after[1] <= clause.end) nearest = after[0] - end;
  for (let index = low - 1; index >= 0; index--) {
    const [cueStart, cueEnd] = cues[index]!;
    if (cueStart < clause.start) break;
    if (cueEnd > start) continue;
    const distance = start - cueEnd;
    if (nearest === null || distance < nearest) nearest = distance;
    break;
  }
  return nearest;
}
