import * as chrono from 'chrono-node';

export interface DateLine {
  /** `YYYY-MM-DD`, or null when the line is a date that cannot be read safely. */
  value: string | null;
  /** The line says the date is an update ("Updated 3:14 PM"), not the publication. */
  isUpdate: boolean;
  /** Why `value` is null although the line is a date ("03/04/2025" is 3 April or 4 March). */
  problem: string | null;
}

const PARSERS = [chrono.strict, chrono.es.strict, chrono.fr.strict, chrono.de.strict, chrono.pt.strict, chrono.it.strict];
/** Words that may stand around a date on a date line: "Published on", "Updated:", "Fecha:", "ET". */
const LABEL = /\b(published|posted|updated|last updated|modified|date|dated|first published|on|at|am|pm|a\.m\.|p\.m\.|et|est|edt|pt|pst|gmt|utc|cet|cest|bst|msk|hrs?|h|fecha|publicado|actualizado|el|le|publié|mis à jour|veröffentlicht|aktualisiert|am|um|uhr|publicada|atualizado|em|pubblicato|aggiornato|il)\b/gi;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a line that is only a date ("14/12/2025", "Thursday, December 11, 2025",
 * "Published: Dec. 11, 2025 10:30 AM ET", "11 de diciembre de 2025"); returns null for any other line.
 */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim().replace(/^[-–—•|]\s*/, '');
  if (text.length > 80 || !/\d/.test(text)) return null;
  const isUpdate = /\b(updated|modified|actualizado|mis à jour|aktualisiert|atualizado|aggiornato)\b/i.test(text);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return readNumericDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), text, isUpdate);
  for (const parser of PARSERS) {
    const results = parser.parse(text);
    const full = results.find((result) => result.start.isCertain('day') && result.start.isCertain('month') && result.start.isCertain('year'));
    if (!full) continue;
    const leftover = text.replace(full.text, ' ').replace(LABEL, ' ').replace(/[\d:.,|()\-–—/\s]+/g, '');
    if (leftover.length > 3) continue; // a sentence that contains a date, not a date line
    const { year, month, day } = { year: full.start.get('year')!, month: full.start.get('month')!, day: full.start.get('day')! };
    return { value: formatDate(year, month, day), isUpdate, problem: null };
  }
  return null;
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
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { value: formatDate(year, month, day), isUpdate, problem: null };
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
