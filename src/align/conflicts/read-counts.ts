/**
 * The counts a clause gives besides its quantities, and the shapes number conflicts compare them in:
 * ordinals of a series ("the fifth Sixers coach") and repeat words ("married twice").
 */
import type { Quantity } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { readMeasure } from './read-measure.ts';

/** The values a quantity allows, as an interval. */
export interface Range {
  low: number;
  high: number;
}

/** A figure of a clause with what it measures: the unit as said, and its range in the measure's base unit. */
export interface Figure {
  quantity: Quantity;
  /** "metre" for "m", "metres" and "feet"; "rifle" for "AK-47 rifles"; "usd". */
  unit: string;
  dimension: string;
  /** The range in the dimension's base unit ("200 feet" → 61 metres). */
  base: Range;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze({
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});
/** "10th", "23rd": an ordinal in digits. */
const ORDINAL_DIGITS = /^(\d{1,3})(?:st|nd|rd|th)$/i;

/**
 * Ordinals that count events of a kind: "the fourth head coach since King took over" against "the fifth
 * Sixers coach in four years", read as figures of their own measure ("#coach"), never set against a
 * count ("four coaches"). From the third on: "first" and "second" mostly tell two things apart ("the
 * second suspect"), not how many there have been. An ordinal before a hyphen or in a compound
 * ("eighth-round decision") names a part of something, not a count.
 */
export function ordinalFigures(feature: ClauseFeatures): Figure[] {
  const { words } = feature.clause;
  const figures: Figure[] = [];
  words.forEach((word, index) => {
    const value = ORDINAL_WORDS[word.text.toLowerCase()] ?? Number(ORDINAL_DIGITS.exec(word.text)?.[1] ?? NaN);
    if (!Number.isFinite(value) || value < 3 || words[index + 1]?.text === '-') return;
    // "in the sixth round", "into the seventh round": where in a series something happened, not how many there have been
    // (but "for the fifth time" counts)
    const placesInSeries = words[index - 1]?.text.toLowerCase() === 'the' && words[index - 2]?.pos === 'ADP' && !/^times?$/i.test(words[index + 1]?.text ?? '');
    // the nouns after it, adjectives and names between: "fifth Sixers coach", "sixth defense"
    let end = index + 1;
    while (end < words.length && end - index <= 3 && ['ADJ', 'PROPN'].includes(words[end]!.pos) && words[end + 1]?.text !== '-') end++;
    let last = end;
    while (last < words.length && last - index <= 4 && words[last]!.pos === 'NOUN') last++;
    if (last === end || placesInSeries) return;
    const counted = words.slice(index + 1, last).map((other) => other.text).join(' ');
    const head = readMeasure(words[last - 1]!.text).unit;
    const quantity: Quantity = { start: word.start, end: words[last - 1]!.end, text: `${word.text} ${counted}`, value, unit: counted, qualifier: null };
    ordinalQuantities.add(quantity);
    figures.push({
      quantity,
      unit: head,
      dimension: `#${head}`,
      base: { low: value, high: value },
    });
  });
  return figures;
}

/** How many words after an ordinal's noun may hold the deed it ranks by: "the fifth coach to be fired". */
const DEED_WORDS = 3;

/**
 * Whether two ordinals rank in one series: both rank by a deed told right after the noun ("the fifth
 * coach fired this season", "the third head coach to get fired") or neither does ("the fourth head
 * coach since King took over", "the fifth Sixers coach in four years"). "The fifth NBA head coach to be
 * fired this season" and "the 21st head coach in team history" rank two things.
 */
export function sameSeries(a: { feature: ClauseFeatures; quantity: Quantity }, b: { feature: ClauseFeatures; quantity: Quantity }): boolean {
  const ranksByDeed = ({ feature, quantity }: typeof a) => {
    const after = feature.clause.words.filter((word) => word.start >= quantity.end).slice(0, DEED_WORDS);
    // "coach fired", "coach to be fired", "coach to get fired": a verb before any preposition or conjunction
    for (const word of after) {
      if (word.pos === 'VERB') return true;
      if (!['PART', 'AUX'].includes(word.pos) && word.text.toLowerCase() !== 'to') return false;
    }
    return false;
  };
  return ranksByDeed(a) === ranksByDeed(b);
}

/** "married twice" counts as "two times" against "married three times". */
const REPEAT_WORDS: Readonly<Record<string, number>> = Object.freeze({ once: 1, twice: 2, thrice: 3 });

/** The clause's "once", "twice", "thrice", read as a count of times. */
export function repeatWords(feature: ClauseFeatures): Quantity[] {
  return feature.clause.words
    .filter((word) => word.text.toLowerCase() in REPEAT_WORDS && !feature.quantities.some((quantity) => quantity.start <= word.start && quantity.end >= word.end))
    .map((word) => ({ start: word.start, end: word.end, text: word.text, value: REPEAT_WORDS[word.text.toLowerCase()]!, unit: 'times', qualifier: null }));
}

/** An ordinal figure: "fifth Sixers coach" (see ordinalFigures). */
const ordinalQuantities = new WeakSet<Quantity>();
export const isOrdinal = (quantity: Quantity) => ordinalQuantities.has(quantity);
