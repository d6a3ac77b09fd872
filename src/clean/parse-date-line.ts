import * as chrono from 'chrono-node';
import { formatCalendarDay, isValidDay, MONTH_NAMES_BY_LANGUAGE, WEEKDAY_NAMES, WEEKDAY_NAMES_BY_LANGUAGE } from '../shared/calendar/index.ts';

export interface DateLine {
  /** `YYYY-MM-DD`, or null when the line is a date that cannot be read safely. */
  value: string | null;
  /** The line says the date is an update ("Updated 3:14 PM"), not the publication. */
  isUpdate: boolean;
  /** Why `value` is null although the line is a date ("03/04/2025" is 3 April or 4 March). */
  problem: string | null;
}

const PARSERS = [chrono.strict, chrono.es.strict, chrono.fr.strict, chrono.de.strict, chrono.pt.strict, chrono.it.strict];
/** Words that may stand around a date on a date line: "First Posted", "Updated:", "Fecha:", "Wednesday". */
const LABEL_WORDS = new Set([
  'published', 'posted', 'updated', 'last', 'first', 'modified', 'date', 'dated', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'hrs', 'h',
  ...WEEKDAY_NAMES, // "Wednesday" and "Wed"
  ...WEEKDAY_NAMES.map((name) => name.slice(0, 3)),
  'fecha', 'publicado', 'actualizado', 'el', 'le', 'publié', 'mis', 'à', 'jour', 'veröffentlicht', 'aktualisiert', 'um', 'uhr',
  'publicada', 'atualizado', 'em', 'pubblicato', 'aggiornato', 'il', 'de', 'del', 'time', 'timestamp',
  // Romanian, Bulgarian, Dutch, Russian: "publicat", "actualizat", "ora" · "г." (year), "ч." (hours) · "bijgewerkt", "om"
  'publicat', 'actualizat', 'ora', 'la', 'публикувано', 'обновено', 'г', 'ч', 'gepubliceerd', 'bijgewerkt', 'om', 'опубликовано', 'обновлено', 'в',
  ...Object.values(WEEKDAY_NAMES_BY_LANGUAGE).flat(), // "mercredi", "miercuri", "сряда"
]);
/** Month numbers by the lower-case names of every listed language: "martie" and "март" → 3. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(Object.values(MONTH_NAMES_BY_LANGUAGE).flatMap((names) => names.map((name, index) => [name, index + 1] as const)));
/** "5 martie 2025" · "5 март 2025 г." · "5. März 2025" · "5 de março de 2025" · "5 maart 2025": day, month name, year. */
const NAMED_MONTH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\p{L})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`,
  'iu',
);
/** "7:00pm" · "23:37:00" · "1:41 PM" · "4:08 p. m." · "1052 GMT" */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?=$|[^\p{L}])|\b\d{3,4}\s*(?=[A-Z]{2,4}\b)/giu;
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/;

/**
 * Reads a line that is only a date ("14/12/2025", "Thursday, December 11, 2025",
 * "Published: Dec. 11, 2025 10:30 AM ET", "7:00pm UK, Wednesday 05 May 2010", "11 de diciembre de 2025",
 * "5 martie 2025, 14:20", "5 март 2025 г.");
 * returns null for any other line.
 */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim().replace(/^[-–—•|]\s*/, '');
  if (text.length > 160 || !/\d/.test(text)) return null;
  // "on September 14, 2013 11:41am | Updated on September 14, 2013 11:41am": a stamp of two dates, each a date line
  const parts = text.split(/\s+\|\s+/);
  if (parts.length > 1) {
    const dates = parts.map(parseDateLine);
    if (!dates.every((date): date is DateLine => date !== null)) return null;
    return dates.find((date) => !date.isUpdate && date.value) ?? dates.find((date) => date.value) ?? dates[0]!;
  }
  if (text.length > 80) return null;
  const isUpdate = /(?<!\p{L})(updated|modified|actualizado|mis à jour|aktualisiert|atualizado|aggiornato|actualizat|bijgewerkt|обновено|обновлено)(?!\p{L})/iu.test(text);
  // "Updated 4:08 p. m. ET", "Updated 9:06 AM": an update stamp that gives the time of day alone
  if (isUpdate && text.search(CLOCK_TIME) >= 0 && !/\d/.test(text.replace(CLOCK_TIME, ' ')) && onlyLabelsAround(text, '')) return { value: null, isUpdate, problem: null };
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    if (!onlyLabelsAround(text, numeric[0])) return null;
    return readNumericDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[0], isUpdate);
  }
  for (const parser of PARSERS) {
    const full = parser.parse(text).find((result) => result.start.isCertain('day') && result.start.isCertain('month') && result.start.isCertain('year'));
    if (!full || !onlyLabelsAround(text, full.text)) continue;
    return { value: formatCalendarDay({ year: full.start.get('year')!, month: full.start.get('month')!, day: full.start.get('day')! }), isUpdate, problem: null };
  }
  // chrono reads English, Spanish, French, German, Portuguese and Italian; the calendar's names read the rest
  const named = NAMED_MONTH_DATE.exec(text);
  if (named && onlyLabelsAround(text, named[0])) return validDate(Number(named[3]), MONTH_BY_NAME.get(named[2]!.toLowerCase())!, Number(named[1]), isUpdate);
  return null;
}

/** What is left once the date and clock times are out: label words, zone abbreviations ("UK", "GMT", "HKT"), punctuation. */
function onlyLabelsAround(text: string, dateText: string): boolean {
  const rest = text.replace(dateText, ' ').replace(CLOCK_TIME, ' ');
  return rest
    .split(/[\s,;()|@–—/:-]+/)
    .filter(Boolean)
    .every((word) => /^\d+$/.test(word) || /^\p{Lu}{2,4}$/u.test(word) || LABEL_WORDS.has(word.toLowerCase().replace(/\.$/, '').replace(/ţ/g, 'ț').replace(/ş/g, 'ș')));
}

/** "14/12/2025" is day-first; "12/14/2025" month-first; "03/04/2025" cannot be told apart without the outlet's locale. */
function readNumericDate(first: number, second: number, year: number, text: string, isUpdate: boolean): DateLine | null {
  if (year < 1900 || year > 2100) return null;
  if (first > 12 && second <= 12) return validDate(year, second, first, isUpdate);
  if (second > 12 && first <= 12) return validDate(year, first, second, isUpdate);
  if (first === second) return validDate(year, first, second, isUpdate);
  if (first > 12 || second > 12) return null;
  return { value: null, isUpdate, problem: `ambiguous date "${text}": day-first and month-first readings differ` };
}

function validDate(year: number, month: number, day: number, isUpdate: boolean): DateLine | null {
  return isValidDay(year, month, day) ? { value: formatCalendarDay({ year, month, day }), isUpdate, problem: null } : null;
}
