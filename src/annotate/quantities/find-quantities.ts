import type { Quantity, TemporalExpression } from '../../model/index.ts';
import type { Token } from '../read-tokens.ts';
import { isNumberWord, parseNumber } from './parse-number.ts';

/** "more than one million barrels": what stands before a number and makes it a bound or an estimate. */
const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'no more than', 'nearly', 'almost',
  'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'an estimated', 'close to', 'just over', 'just under',
];
/** "thousands of personnel", "billions of dollars": a magnitude without an exact value. */
const VAGUE_MAGNITUDES: Readonly<Record<string, number>> = Object.freeze({ dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10 });
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR' });
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|weekends?)$/i;
const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'percentage']);

/**
 * Quantities with what they count: "more than one million barrels", "fourteen missiles", "8 aircraft engines",
 * "$11.99", "40 percent", "thousands of personnel". Numbers inside dates ("in 2018", "December 11") are not quantities.
 */
export function findQuantities(text: string, tokens: readonly Token[], dates: readonly TemporalExpression[], options: { english: boolean } = { english: true }): Quantity[] {
  const quantities: Quantity[] = [];
  // "one day after", "for two decades" are temporal expressions (durations), not counts
  const dated = markTokensInDates(tokens, dates);
  const inDate = (token: Token) => dated.has(token);
  let index = 0;
  while (index < tokens.length) {
    if (!mayStartQuantity(tokens[index]!, tokens[index + 1]) || (!options.english && !/^\d/.test(tokens[index]!.text) && !(tokens[index]!.text in CURRENCY_SYMBOLS))) {
      index++;
      continue;
    }
    const start = index;
    const currency = CURRENCY_SYMBOLS[tokens[index]!.text];
    let cursor = currency ? index + 1 : index;
    const numberStart = cursor;
    const vague = VAGUE_MAGNITUDES[tokens[cursor]?.text.toLowerCase() ?? ''];
    if (vague && tokens[cursor + 1]?.text === 'of') cursor += 2;
    else {
      while (cursor < tokens.length && isNumberToken(tokens, cursor) && tokens[cursor]!.sentence === tokens[numberStart]!.sentence && continuesNumber(tokens, numberStart, cursor)) {
        cursor++;
        while (isSpacedThousands(tokens, cursor)) cursor += 2;
      }
      if (cursor === numberStart) {
        index++;
        continue;
      }
      if (isHyphenedScale(tokens, cursor)) cursor += 2;
    }
    // "$137-million": the hyphen is no part of the number's words
    const numberTokens = tokens.slice(numberStart, cursor).filter((token) => token.text !== '-');
    if (numberTokens.some(inDate) || isYear(numberTokens) || tokens[cursor]?.text.toLowerCase().startsWith('th') && /^\d+$/.test(numberTokens[0]!.text)) {
      index = cursor;
      continue;
    }
    const value = vague && !numberTokens.some((token) => isNumberWord(token.text)) ? null : parseNumber(joinSpacedThousands(numberTokens));
    // In another language the tags are English guesses: the word after the numeral is what it counts ("14 misiles")
    const { unit, end } = options.english ? readRichterScale(tokens, cursor) ?? readUnit(tokens, cursor, currency) : readNextWord(tokens, cursor, currency);
    const split = unit === 'magnitude' ? readSplitDecimal(tokens, numberStart, cursor) : null;
    const qualifier = options.english ? readQualifier(text, tokens[split?.start ?? start]!.start) : null;
    const from = qualifier ? tokens[split?.start ?? start]!.start - qualifier.length - 1 : tokens[split?.start ?? start]!.start;
    const spanEnd = end > cursor ? tokens[end - 1]!.end : tokens[cursor - 1]!.end;
    // A bare number with nothing counted ("on the 11") says nothing a reader can compare; "two weeks" is a duration
    if ((value === null && !vague) || (unit === null && !qualifier) || (unit !== null && TIME_UNITS.test(unit))) {
      index = cursor;
      continue;
    }
    quantities.push({ start: from, end: spanEnd, text: text.slice(from, spanEnd), value: split?.value ?? value, unit, qualifier: qualifier ?? (vague ? tokens[numberStart]!.text.toLowerCase() : null) });
    index = Math.max(end, cursor);
  }
  return quantities;
}

/** The ASCII letters, in lower case, that open a number word or vague magnitude: "a", "one"…"ninety", "zero", "hundred", "dozens", "bn", "k". */
const OPENS_NUMBER_WORD = new Uint8Array(128);
for (const letter of 'aotfsenhmbdkz') OPENS_NUMBER_WORD[letter.charCodeAt(0)] = 1;

/** Cheap first look: a numeral, a currency sign, a number word or a vague magnitude ("a" only before "dozen", "million"…). */
function mayStartQuantity(token: Token, next: Token | undefined): boolean {
  const first = token.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  if (Object.hasOwn(CURRENCY_SYMBOLS, token.text)) return true;
  // most words open with another character: no lower-case copy of them is made (`| 32` lowers an ASCII capital)
  if (first >= 128 || OPENS_NUMBER_WORD[first | 32] === 0) return token.pos === 'NUM';
  const lower = token.text.toLowerCase();
  if (lower === 'a' || lower === 'an') return !!next && /^(dozen|hundred|thousand|million|billion|half)$/i.test(next.text);
  return token.pos === 'NUM' || Object.hasOwn(VAGUE_MAGNITUDES, lower) || isNumberWord(lower);
}

/** The tokens inside a temporal expression, in one sweep over both sorted lists. */
function markTokensInDates(tokens: readonly Token[], dates: readonly TemporalExpression[]): Set<Token> {
  const marked = new Set<Token>();
  let dateIndex = 0;
  for (const token of tokens) {
    while (dateIndex < dates.length && dates[dateIndex]!.end <= token.start) dateIndex++;
    const date = dates[dateIndex];
    if (date && token.start < date.end && token.end > date.start) marked.add(token);
  }
  return marked;
}

/** "1.1 million" continues; "2018 two" does not: after a numeral only a scale word ("million") continues the number. */
function continuesNumber(tokens: readonly Token[], first: number, index: number): boolean {
  if (index === first) return true;
  const previous = tokens[index - 1]!;
  return !/^\d/.test(previous.text) || /^(hundred|thousand|million|billion|trillion|bn|mn|m|k|tn)$/i.test(tokens[index]!.text);
}

function isNumberToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (/^(a|an)$/i.test(token.text)) return /^(dozen|hundred|thousand|million|billion|half)$/i.test(tokens[index + 1]?.text ?? '');
  if (token.text.toLowerCase() === 'and') return index > 0 && isNumberWord(tokens[index - 1]!.text) && isNumberWord(tokens[index + 1]?.text ?? '');
  return isNumberWord(token.text) && (token.pos === 'NUM' || !/^\d/.test(token.text) || /^[\d,.]+$/.test(token.text));
}

const SCALE_WORDS = /^(hundred|thousand|million|billion|trillion)$/i;

/**
 * "fell 2, 000ft", "$1, 250": a thousands comma a source spaced out. At a comma glued to a numeral of one to
 * three digits, followed after one space by exactly three digits (not "3, 4 and 5 apples").
 */
function isSpacedThousands(tokens: readonly Token[], index: number): boolean {
  const [numeral, comma, group] = [tokens[index - 1], tokens[index], tokens[index + 1]];
  if (!numeral || !comma || !group || comma.text !== ',' || numeral.end !== comma.start || group.start !== comma.end + 1) return false;
  return /^\d{1,3}$/.test(numeral.text) && /^\d{3}$/.test(group.text) && numeral.sentence === group.sentence;
}

/** The words of a number, a spaced thousands group glued back: "2", ",", "000" → "2000". */
function joinSpacedThousands(numberTokens: readonly Token[]): string[] {
  const words: string[] = [];
  numberTokens.forEach((token, index) => {
    if (token.text === ',' && index > 0 && index + 1 < numberTokens.length) return;
    if (index > 0 && numberTokens[index - 1]!.text === ',' && words.length) words[words.length - 1] += token.text;
    else words.push(token.text);
  });
  return words;
}

/** "$137-million", "2-million-euro": a numeral, a hyphen and a scale word written as one word. */
function isHyphenedScale(tokens: readonly Token[], index: number): boolean {
  const hyphen = tokens[index];
  const scale = tokens[index + 1];
  const numeral = tokens[index - 1];
  return !!hyphen && !!scale && !!numeral && hyphen.text === '-' && /^\d/.test(numeral.text) && SCALE_WORDS.test(scale.text) && numeral.end === hyphen.start && hyphen.end === scale.start;
}

/** "measuring 5.6 on the Richter scale": the number is a magnitude, though no noun follows it. */
function readRichterScale(tokens: readonly Token[], from: number): { unit: string; end: number } | null {
  const words = tokens.slice(from, from + 4).map((token) => token.text.toLowerCase());
  return words.join(' ') === 'on the richter scale' ? { unit: 'magnitude', end: from + 4 } : null;
}

/**
 * "measuring 5. 8 on the Richter scale": a magnitude whose decimal point a source spaced out (and the
 * sentence splitter took for a full stop) is 5.8, not 8: a digit, a point glued to it, one space, one
 * digit. Read for magnitudes only: "in room 3. 8 people died" is two sentences.
 */
function readSplitDecimal(tokens: readonly Token[], numberStart: number, numberEnd: number): { start: number; value: number } | null {
  const fraction = tokens[numberStart];
  const point = tokens[numberStart - 1];
  const whole = tokens[numberStart - 2];
  if (numberEnd - numberStart !== 1 || !fraction || !point || !whole) return null;
  if (!/^\d$/.test(fraction.text) || point.text !== '.' || !/^\d$/.test(whole.text)) return null;
  if (whole.end !== point.start || fraction.start !== point.end + 1) return null;
  return { start: numberStart - 2, value: Number(`${whole.text}.${fraction.text}`) };
}

/** "2018", "2022" alone: a year, not a count. */
function isYear(tokens: readonly Token[]): boolean {
  return tokens.length === 1 && /^(1[89]|20)\d{2}$/.test(tokens[0]!.text);
}

/** What the number counts: the nouns after it, skipping adjectives ("two nuclear-capable bombers" → "bombers"). */
function readUnit(tokens: readonly Token[], from: number, currency: string | undefined): { unit: string | null; end: number } {
  if (currency) return { unit: currency, end: from };
  const first = tokens[from];
  if (!first) return { unit: null, end: from };
  if (PERCENT_WORDS.has(first.text.toLowerCase())) return { unit: 'percent', end: from + 1 };
  let cursor = from;
  if (first.text === 'of' && /^(the|its|their)$/.test(tokens[from + 1]?.text ?? '') === false && tokens[from + 1]?.pos !== 'NUM') cursor = from + 1; // "thousands of personnel"
  let nounStart = -1;
  let end = cursor;
  while (end < tokens.length && end - cursor < 6 && tokens[end]!.sentence === first.sentence) {
    const token = tokens[end]!;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      if (nounStart < 0) nounStart = end;
    } else if (isModelNumber(tokens, end, nounStart)) {
      // "12 AK 47 guns", "four F 16 jets": a model's letters and its number name one thing
    } else if ((token.pos === 'ADJ' || token.pos === 'VERB' && /ed$/.test(token.text) || token.text === '-') && nounStart < 0) {
      // "nuclear-capable", "armed", "anti-aircraft" before the noun
    } else break;
    end++;
  }
  if (nounStart < 0) return { unit: null, end: from };
  const words = tokens.slice(nounStart, end).map((token) => token.text).join(' ').replace(/ - /g, '-');
  return { unit: words, end };
}

/** The number of a model written apart from its letters: "47" in "AK 47", "16" in "F 16" (letters in capitals, right after the figure). */
function isModelNumber(tokens: readonly Token[], index: number, nounStart: number): boolean {
  const token = tokens[index]!;
  const letters = tokens[index - 1];
  return nounStart === index - 1 && !!letters && /^\d{1,3}$/.test(token.text) && /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}$/u.test(letters.text) && /\p{Lu}$/u.test(letters.text) && letters.end + 1 >= token.start;
}

function readNextWord(tokens: readonly Token[], from: number, currency: string | undefined): { unit: string | null; end: number } {
  if (currency) return { unit: currency, end: from };
  const next = tokens[from];
  if (next && PERCENT_WORDS.has(next.text.toLowerCase())) return { unit: 'percent', end: from + 1 };
  return next && /^\p{L}+$/u.test(next.text) ? { unit: next.text, end: from + 1 } : { unit: null, end: from };
}

function readQualifier(text: string, numberStart: number): string | null {
  const before = text.slice(Math.max(0, numberStart - 20), numberStart).toLowerCase();
  return QUALIFIERS.find((qualifier) => before.endsWith(`${qualifier} `)) ?? null;
}

