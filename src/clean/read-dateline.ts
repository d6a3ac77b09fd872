import { MONTH_NAMES_BY_LANGUAGE, MONTH_NUMBERS, type CalendarDay, isValidDay, toDayNumber, formatCalendarDay } from '../shared/calendar/index.ts';
import { matchKnownOutlet } from '../shared/outlets.ts';
import { foldText } from '../shared/words.ts';
import { PLACE_NAMES } from './known-words.ts';

/**
 * A wire dateline at the start of a line, as agencies and the papers that print them write it:
 * "MOSCOW, Dec 11 (Reuters) - Russian President…", "CARACAS (AP) — …", "WASHINGTON, Dec. 11 — …",
 * "Mannheim, Germany (Sports Network) - …", or a line that is only "MOSCOW (AP) —" or "MOSCOW".
 */
export interface DatelineReading {
  /** "MOSCOW", "PORTLAND, Ore.", "Mannheim, Germany". */
  place: string;
  /** The bracketed source as written ("Reuters", "AP"), or null. */
  agency: string | null;
  /** The outlet the agency is: the gazetteer's name when it knows it ("AP" → "Associated Press"), else as written. */
  outlet: string | null;
  /** Month and day, and the year when the dateline gives one. */
  date: { month: number; day: number; year: number | null } | null;
  /** The dateline's length in the line, from its first character through its dash. */
  length: number;
  /** Nothing follows the dateline on its line: the story goes on on the next line. */
  standsAlone: boolean;
}

/** "RIO DE JANEIRO", "ST. LOUIS", "WASHINGTON": upper-case words, up to four. */
const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?(?:\s+\p{Lu}[\p{Lu}'’.-]*\.?){0,3}`;
/** "Mannheim", "Buenos Aires", "Rio de Janeiro": capitalised words, with the particles of place names. */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:(?:de|del|da|do|di|la|le|los|las|el|am|upon)\s+)?\p{Lu}[\p{Ll}'’.-]+){0,3}`;
/** ", Venezuela", ", Ore.", ", D.C.", ", Dec 11", ", Dec. 11, 2025", ", 11 dic": a region or a date after the place. */
const PART = String.raw`,\s*[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,30}?`;
/** "(Reuters)", "(AP)", "(Sports Network)". */
const AGENCY = String.raw`\((?<agency>\p{Lu}[\p{L}\p{N}.&'’ -]{0,38})\)`;
/** "—", "–", "--", " - ", "(EFE).-": a plain hyphen needs a space after it (or the brackets before it). */
const DASH = String.raw`\.?\s*(?:—|–|--|-(?=\s|$))`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${UPPER_PLACE}|${TITLE_PLACE})(?<parts>(?:${PART}){0,3})\s*(?:${AGENCY})?(?:(?<dash>${DASH})\s*|$)`,
  'u',
);

/** Words set in capitals above a story that are no place: "BREAKING — …", "EXCLUSIVE - …", "ÚLTIMA HORA — …". */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'breaking', 'breaking news', 'update', 'updated', 'exclusive', 'watch', 'video', 'photos', 'photo', 'live', 'analysis',
  'opinion', 'editorial', 'comment', 'review', 'alert', 'news alert', 'urgent', 'flash', 'correction', 'news', 'just in', 'developing',
  'ultima hora', 'urgente', 'exclusiva', 'directo', 'en direct', 'exclusif', 'opinion', 'analisis', 'foto', 'fotos', 'breaking news alert',
]);

export function readDateline(line: string): DatelineReading | null {
  // "WASHINGTON-April 27 -": a hyphen between a place in capitals and a date reads as the comma (one character for one)
  const text = line.trimEnd().replace(/^(\p{Lu}{3,}(?:\s\p{Lu}{2,})*)-(?=\p{L}+\.?\s+\d{1,2}\b)/u, '$1,');
  const match = DATELINE.exec(text);
  if (!match?.groups) return null;
  const { place, parts = '', agency: agencyText, dash } = match.groups as { place: string; parts?: string; agency?: string; dash?: string };
  // "MOSCOW Russian President…" is no dateline: a dash sets it off, or the end of its line
  const standsAlone = match[0].length === text.length;
  const reading = readParts(parts);
  if (!reading) return null;
  const agency = agencyText ? readAgency(agencyText) : null;
  if (agencyText && !agency) return null;
  const isUpper = !/\p{Ll}/u.test(place);
  const hasMarker = agency !== null || reading.date !== null;
  if (!isUpper && !hasMarker && !(standsAlone && isKnownPlace(place))) return null; // "Moscow" alone, or "Moscow, Russia (AP) —"
  if (isUpper && NOT_PLACES.has(foldText(place))) return null;
  if (isUpper && !hasMarker && [...place].filter((character) => /\p{Lu}/u.test(character)).length < 3) return null; // "US - …", "EU — …"
  // A line that is only a name in capitals is a place when it is a known one or the dateline says more ("MOSCOW (AP)").
  if (standsAlone && !dash && !hasMarker && !isKnownPlace(place)) return null;
  return {
    place: `${place}${reading.regions.map((region) => `, ${region}`).join('')}`,
    agency: agency?.written ?? null,
    outlet: agency?.outlet ?? null,
    date: reading.date,
    length: standsAlone ? text.length : match[0].trimEnd().length,
    standsAlone,
  };
}

/** The year of a dateline's "Dec 11": the one that puts the day nearest the day the article is known by, or none. */
export function dateOfDateline(date: NonNullable<DatelineReading['date']>, known: CalendarDay | null): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  if (date.year !== null) return formatCalendarDay({ year: date.year, month: date.month, day: date.day });
  if (!known) return `--${pad(date.month)}-${pad(date.day)}`;
  const distance = (year: number) => Math.abs(toDayNumber({ year, month: date.month, day: date.day }) - toDayNumber(known));
  const candidates = [known.year - 1, known.year, known.year + 1].filter((year) => isValidDay(year, date.month, date.day));
  const year = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return year === undefined ? `--${pad(date.month)}-${pad(date.day)}` : formatCalendarDay({ year, month: date.month, day: date.day });
}

/** ", Venezuela, Dec 11": regions first, then at most one date (its year may follow as a part of its own). */
function readParts(parts: string): { regions: string[]; date: DatelineReading['date'] } | null {
  const pieces = parts.split(',').map((piece) => piece.trim()).filter(Boolean);
  const regions: string[] = [];
  let date: DatelineReading['date'] = null;
  for (const piece of pieces) {
    if (date !== null) {
      // "Dec. 11, 2025": the year after the date
      if (date.year !== null || !/^(?:19|20)\d\d$/.test(piece)) return null;
      date = { month: date.month, day: date.day, year: Number(piece) };
      continue;
    }
    const day = readMonthDay(piece);
    if (day) date = day;
    else if (isRegion(piece)) regions.push(piece);
    else return null;
  }
  return { regions, date };
}

/** "Venezuela", "Ore.", "D.C.", "Germany", "New South Wales". */
function isRegion(piece: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(piece);
}

/** "Dec 11", "Dec. 11", "December 11", "11 December", "11 dic", "11 de diciembre", "11 décembre", "Dec 11 2025". */
function readMonthDay(piece: string): DatelineReading['date'] {
  const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+((?:19|20)\d\d))?$/u.exec(piece);
  const dayFirst = /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?(?:\s+((?:19|20)\d\d))?$/u.exec(piece);
  const [monthWord, dayText, yearText] = monthFirst ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]] : dayFirst ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]] : [];
  if (!monthWord || !dayText) return null;
  const month = monthNumber(monthWord);
  const day = Number(dayText);
  const year = yearText ? Number(yearText) : null;
  if (!month || !isValidDay(year ?? 2024, month, day)) return null;
  return { month, day, year };
}

/** Month numbers by every listed language's full names and by the prefixes (three letters or more) that name one month only. */
const MONTHS_BY_PREFIX: ReadonlyMap<string, number> = (() => {
  const byPrefix = new Map<string, Set<number>>();
  for (const names of Object.values(MONTH_NAMES_BY_LANGUAGE)) {
    names.forEach((name, index) => {
      for (let length = 3; length <= name.length; length++) {
        const prefix = name.slice(0, length);
        byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(index + 1));
      }
    });
  }
  const months = new Map<string, number>();
  for (const [prefix, numbers] of byPrefix) if (numbers.size === 1) months.set(prefix, [...numbers][0]!);
  for (const [name, number] of Object.entries(MONTH_NUMBERS)) months.set(name, number);
  return months;
})();

function monthNumber(word: string): number | null {
  return MONTHS_BY_PREFIX.get(word.toLowerCase()) ?? null;
}

/** "Reuters" → the known outlet; an unknown name in capitals ("Sports Network", "KABC") stands as written; a place or a date does not. */
function readAgency(text: string): { written: string; outlet: string } | null {
  const written = text.trim();
  const known = matchKnownOutlet(written);
  if (known) return { written, outlet: known };
  if (/\d/.test(written) || written.split(/\s+/).length > 4 || isKnownPlace(written)) return null;
  if (!written.split(/\s+/).every((word) => /^[\p{Lu}&]/u.test(word))) return null;
  return { written, outlet: written };
}

const FOLDED_PLACE_NAMES: ReadonlySet<string> = new Set([...PLACE_NAMES].map((name) => foldText(name)));

/** Countries and capitals (world-countries): "MOSCOW", "Caracas". */
function isKnownPlace(text: string): boolean {
  return FOLDED_PLACE_NAMES.has(foldText(text));
}
