import * as chrono from 'chrono-node';
import type { Component, ParsedComponents, ParsedResult } from 'chrono-node';
import { isoWeekday, isValidDay, MONTH_ABBREVIATIONS, MONTH_NUMBERS, type CalendarDay } from '../../shared/calendar/index.ts';
import { followsDeadlineWord, type Tense } from './detect-tense.ts';
import { resolveDayYear } from './resolve-day-year.ts';
import { resolveMonthYear } from './resolve-month-year.ts';
import { resolveWeekday } from './resolve-weekday.ts';
import type { RuleContext, TemporalCandidate } from './rule-context.ts';
import { describePrecision, formatDay, formatMonth, formatTimeOfDay, formatYear } from './timex-value.ts';

const PARSERS_BY_LANGUAGE: Readonly<Record<string, chrono.Chrono>> = Object.freeze({
  en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, ja: chrono.ja.casual, pt: chrono.pt.casual,
  nl: chrono.nl.casual, zh: chrono.zh.casual, ru: chrono.ru.casual, es: chrono.es.casual, uk: chrono.uk.casual,
  it: chrono.it.casual, sv: chrono.sv.casual, fi: chrono.fi.casual, vi: chrono.vi.casual, id: chrono.id.casual,
  ar: chrono.ar.casual,
});

/** Longest piece of text chrono parses at once (see splitIntoChunks). */
const CHUNK_LENGTH = 2000;

/** chrono's reference when the publication day is unknown: only the components it is certain of are read then. */
const UNKNOWN_REFERENCE_INSTANT = Date.UTC(2000, 0, 1, 12);

// "on Friday", "at 10 p.m.", "in June 2018": TIMEX3 spans leave the preposition out
const LEADING_PREPOSITION = /^(?:on|at|in|by|since|from|until|till|before|after|during|of|for|el|la|le|les|am|im|em|no|na|il|op|de|del|du)\s+/i;

// "two days ago", "today", "now", "last week": relative to publication, found by the English rules
const RELATIVE_TAGS = ['result/relativeDate', 'parser/ENCasualDateParser', 'parser/ENTimeUnitCasualRelativeFormatParser'];

export function hasChronoLanguage(language: string): boolean {
  return language in PARSERS_BY_LANGUAGE;
}

/**
 * Dates chrono-node reads well, re-resolved against publication with the past bias chrono lacks
 * (`forwardDate` is never set: news looks back). In English only calendar dates ("December 11, 2025",
 * "Aug. 7", "14/12/2025") and clock times ("10:30 a.m. Thursday") are taken: the English rules own months,
 * weekdays and relative phrases. In another language every result of that language's parser is taken.
 * (chrono's strict parser would be twice as fast, but it drops "10:30 a.m. Thursday" and "noon".)
 */
/**
 * "1:30 a. m." and "7:01 p. m" (a source that spaced its abbreviations) as "1:30 a.m. " and "7:01 p.m.",
 * the same length, so that chrono reads the time with what follows ("1:30 a. m. Feb. 1") and offsets hold.
 */
function joinSpacedMeridiem(text: string): string {
  return text.replace(/\b([ap])\. m\b(\.?)/gi, (_, letter: string, dot: string) => `${letter}.m.${dot ? ' ' : ''}`);
}

export function findWithChrono(context: RuleContext, language: string): TemporalCandidate[] {
  const parser = PARSERS_BY_LANGUAGE[language];
  if (!parser) return [];
  const english = language === 'en';
  const reference = context.reference;
  const instant = new Date(reference ? Date.UTC(reference.year, reference.month - 1, reference.day, 12) : UNKNOWN_REFERENCE_INSTANT);
  const candidates: TemporalCandidate[] = [];
  const chunks = english ? splitIntoChunks(context.text).flatMap(windowsAroundDateWords).filter((window) => MAY_GIVE_KEPT_RESULT.test(window.text)) : splitIntoChunks(context.text);
  const results = chunks.flatMap((chunk) => parser.parse(joinSpacedMeridiem(chunk.text), { instant, timezone: 0 }).map((result) => ({ result, offset: chunk.start })));
  for (const { result, offset } of results) {
    if (english && SLASHED.test(result.text) && !result.start.isCertain('year')) continue;
    // "pedía 14 misiles" read as "a 14" (at 14:00): a bare small number is a count, not a time
    if (BARE_NUMBER.test(result.text)) continue;
    for (const piece of splitRange(result, offset)) {
      if (english && !isCalendarDateOrClockTime(piece.text, piece.components)) continue;
      const trimmed = trimPreposition(piece.text);
      const start = piece.index + (piece.text.length - trimmed.length);
      const end = start + trimmed.trimEnd().length;
      if (end <= start) continue;
      const tense = followsDeadlineWord(context.text, start) ? 'future' : context.tenseAround(start, end);
      const saysClockTime = english ? CLOCK_TIME.test(piece.text) : /\d/.test(piece.text);
      const value = formatComponents(piece.components, reference, tense, isRelative(piece.components), saysClockTime);
      if (value !== null) candidates.push({ start, end, text: context.text.slice(start, end), value, precision: describePrecision(value), rule: 'chrono' });
    }
  }
  return candidates;
}

function isRelative(result: ParsedResult | ParsedComponents): boolean {
  const tags = result.tags();
  return RELATIVE_TAGS.some((tag) => tags.has(tag)) || [...tags].some((tag) => tag.startsWith('casualReference/'));
}

// "10:30", "6 a.m.", "10 p.m.", "noon", "7 o'clock": a clock time, not "$3,500 a share" or "half and"
const CLOCK_TIME = /\d:\d\d|\d\s*(?:[ap]\.m\b|[ap]m\b|[AP]\.M\b|[AP]M\b)|\bnoon\b|\bmidnight\b|o['’]clock/;
// "6 1/4%", "2 1/2": fractions chrono reads as days of a month; a slashed date needs its year
const SLASHED = /\d\s*\/\s*\d/;

const BARE_NUMBER = /^\p{L}{0,3}\s*\d{1,2}$/u;

/**
 * What every English calendar date or clock time has: a month's name, a numeric date ("14/12", "2025-12"),
 * a clock time ("10:30", "3 p.m.", "noon", "midnight", "o'clock"). A plain number ("3 people") is none.
 * A piece with none of them gives chrono nothing the English rules keep, so it is not parsed.
 */
const MAY_HOLD_DATE_OR_TIME = new RegExp(
  String.raw`\d{1,4}[/.-]\d{1,2}|\d:\d\d|\d\s*[ap]\.?m\b|\b(?:${MONTH_ABBREVIATIONS.join('|')})[a-z]*\b|\bnoon\b|\bmidnight\b|o['’]clock`,
  'gi',
);
/**
 * What a window needs for chrono to give it anything isCalendarDateOrClockTime keeps: a month's name
 * ("Dec11" too, not "decision"), numbers joined by a separator ("14/12", "2025 12 11"), a clock time, or the
 * words of chrono's non-relative periods ("this month", "end of this year"). A window opened by "market"
 * or "decided" alone has none: chrono reads nothing there that is kept, so it is not parsed at all.
 */
const MAY_GIVE_KEPT_RESULT = new RegExp(
  String.raw`(?:${Object.keys(MONTH_NUMBERS).join('|')})(?![a-z])|\d\s*[-./]\s*\d|\d\s\d|\d\s*[ap]\.?m|:\d|noon|midnight|o['’]clock|week|month|year`,
  'i',
);
/** Characters kept on each side of such a word: "Thursday, December 11, 2025 at 10:30 a.m. EST" fits. */
const WINDOW_REACH = 48;

/**
 * The parts of a chunk chrono needs to see: a window around each digit, month name, "noon" or "midnight",
 * cut at word boundaries and merged where they overlap. chrono's cost grows with what it reads, and
 * most of a news text holds no date. A run of digits is one match: the windows of its single digits would
 * overlap and merge into the same window, one match per digit only costs more.
 */
function windowsAroundDateWords(chunk: { start: number; text: string }): { start: number; text: string }[] {
  const windows: { start: number; end: number }[] = [];
  for (const match of chunk.text.matchAll(MAY_HOLD_DATE_OR_TIME)) {
    let start = Math.max(0, match.index - WINDOW_REACH);
    let end = Math.min(chunk.text.length, match.index + match[0].length + WINDOW_REACH);
    while (start > 0 && /\S/.test(chunk.text[start - 1]!)) start--;
    while (end < chunk.text.length && /\S/.test(chunk.text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows.map(({ start, end }) => ({ start: chunk.start + start, text: chunk.text.slice(start, end) }));
}

function isCalendarDateOrClockTime(text: string, components: ParsedComponents): boolean {
  if (isRelative(components) && !CLOCK_TIME.test(text)) return false;
  if (SLASHED.test(text) && !components.isCertain('year')) return false;
  const calendarDate = components.isCertain('month') && (components.isCertain('day') || components.isCertain('year'));
  const clockTime = components.isCertain('hour') && CLOCK_TIME.test(text);
  return calendarDate || clockTime;
}

// what joins the two ends of a range: "March 3 to May 5", "del 3 al 5 de mayo", "3.–5. Mai", "Jan. 14-16"
const RANGE_WORD = /\s+(?:to|through|until|till|and|al|au|bis|a|à|tot|fino al)\s+/i;
const RANGE_DASH = /\s*[–—]\s*|\s+-\s+/;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;

interface RangePiece {
  index: number;
  text: string;
  components: ParsedComponents;
}

/** A range's two ends as two pieces ("Jan. 14-16" → "Jan. 14" and "16"); any other result as one. */
function splitRange(result: ParsedResult, offset: number): RangePiece[] {
  const index = offset + result.index;
  const whole = [{ index, text: result.text, components: result.start }];
  if (!result.end) return whole;
  const separator = RANGE_WORD.exec(result.text) ?? RANGE_DASH.exec(result.text) ?? hyphenOutsideIsoDates(result.text);
  if (!separator) return whole;
  const endStart = separator.index + separator[0].length;
  return [
    { index, text: result.text.slice(0, separator.index), components: result.start },
    { index: index + endStart, text: result.text.slice(endStart), components: result.end },
  ];
}

/**
 * Paragraphs, and long ones cut after a sentence, so that chrono parses pieces of at most CHUNK_LENGTH
 * characters: its refiners slow down more than linearly on long runs of dates (a megabyte of "Friday"
 * takes it 20 s whole, a second in pieces).
 */
function splitIntoChunks(text: string): { start: number; text: string }[] {
  const chunks: { start: number; text: string }[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    let start = 0;
    const line = paragraph[0];
    while (line.length - start > CHUNK_LENGTH) {
      const window = line.slice(start, start + CHUNK_LENGTH);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
      const cut = sentenceEnd > CHUNK_LENGTH / 2 ? sentenceEnd + 2 : Math.max(window.lastIndexOf(' ') + 1, CHUNK_LENGTH / 2);
      chunks.push({ start: paragraph.index + start, text: window.slice(0, cut) });
      start += cut;
    }
    chunks.push({ start: paragraph.index + start, text: line.slice(start) });
  }
  return chunks;
}

function hyphenOutsideIsoDates(text: string): { index: number; 0: string } | null {
  const isoSpans = [...text.matchAll(ISO_DATE)].map((match) => [match.index, match.index + match[0].length] as const);
  for (let index = text.indexOf('-'); index !== -1; index = text.indexOf('-', index + 1)) {
    if (!isoSpans.some(([start, end]) => index > start && index < end)) return { index, 0: '-' };
  }
  return null;
}

function trimPreposition(text: string): string {
  let trimmed = text;
  for (let match = LEADING_PREPOSITION.exec(trimmed); match; match = LEADING_PREPOSITION.exec(trimmed)) trimmed = trimmed.slice(match[0].length);
  return trimmed;
}

/**
 * The TIMEX3 value of chrono's components, as fine as the components it is certain of: a day, a month
 * or a year, with the clock time when the text says one. Missing years and weekdays resolve to the past.
 */
function formatComponents(components: ParsedComponents, reference: CalendarDay | null, tense: Tense, relative: boolean, saysClockTime: boolean): string | null {
  const certain = (name: Component) => components.isCertain(name);
  const read = (name: Component) => components.get(name) ?? 0;
  const weekday = read('weekday') === 0 ? 7 : read('weekday');
  let date: string | null = null;
  if (relative && reference === null) {
    date = certain('day') ? 'XXXX-XX-XX' : certain('month') ? 'XXXX-XX' : certain('year') ? 'XXXX' : null;
  } else if (certain('day') && certain('month')) {
    const [month, day] = [read('month'), read('day')];
    const year =
      certain('year') || relative
        ? read('year')
        : ((certain('weekday') ? yearMatchingWeekday(month, day, weekday, reference) : null) ?? resolveDayYear(month, day, reference, tense));
    date = `${formatMonth(year, month)}-${String(day).padStart(2, '0')}`;
  } else if (certain('weekday')) {
    date = reference ? formatDay(resolveWeekday(weekday, reference, tense)) : `XXXX-WXX-${weekday}`;
  } else if (certain('month')) {
    date = formatMonth(certain('year') ? read('year') : resolveMonthYear(read('month'), reference, tense), read('month'));
  } else if (certain('year')) {
    date = formatYear(read('year'));
  } else if (certain('hour')) {
    date = reference ? formatDay(reference) : 'XXXX-XX-XX';
  }
  if (date === null) return null;
  if (saysClockTime && certain('hour') && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}${formatTimeOfDay(read('hour'), read('minute'))}`;
  return date;
}

/** "Saturday, April 25": the year, near publication, in which April 25 is a Saturday (weekday 1..7, ISO). */
function yearMatchingWeekday(month: number, day: number, weekday: number, reference: CalendarDay | null): number | null {
  if (reference === null) return null;
  for (const year of [reference.year, reference.year - 1, reference.year + 1]) {
    if (isValidDay(year, month, day) && isoWeekday({ year, month, day }) === weekday) return year;
  }
  return null;
}
