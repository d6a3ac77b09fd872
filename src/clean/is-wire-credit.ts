import { countWords } from '../shared/words.ts';

/**
 * Whether a line is only a news agency's staff credit, as wire copies end: "(Reporting by Ines Calder;
 * Additional reporting by Jon Pell; Editing by Mark Doyle)", "Writing by Jane Doe, editing by John Roe",
 * "(Información de Ana Ruiz; Edición de Luis Gil)", "(Reportage Jean Dupont, édité par Marie Roy)".
 * Every part (split at ";" or ".") opens with a credit phrase of the language and names a few people: its
 * lower-case words are joining words ("in", "and", "with"), so "Compiled by the ministry, the report shows
 * that…" is a sentence, not a credit. `language` says whose phrases to read (one of WIRE_CREDIT_LANGUAGES).
 */
export function isWireCredit(line: string, language: string): boolean {
  const phrase = CREDIT_PHRASES[language];
  if (!phrase || line.length > MAX_LENGTH) return false;
  const inner = /^\((.*)\)\.?$/s.exec(line.trim())?.[1] ?? line.trim();
  if (/[()]/.test(inner)) return false;
  // "Reporting by J. Doe; Editing by John Roe, Writing by Ann Lee": pieces that open no phrase go on naming
  const pieces = inner.split(/\s*[;,]\s*|\.\s+|\.$/).filter((piece) => piece.trim());
  if (!pieces.length || !phrase.test(pieces[0]!)) return false;
  let names = 0;
  for (const piece of pieces) {
    const opening = phrase.exec(piece);
    const named = opening ? piece.slice(opening[0].length) : piece;
    names = (opening ? 0 : names) + countWords(named);
    if (!isNames(named) || names > MAX_NAME_WORDS) return false;
  }
  return true;
}

const MAX_LENGTH = 300;
/** A part names this many words or fewer after its phrase: "Ines Calder in Port Alver and Jon Pell in London". */
const MAX_NAME_WORDS = 14;

/** The phrases that open a credit, by language; a comma or ";" may open the next ("Writing by Jane Doe, editing by John Roe"). */
const CREDIT_PHRASES: Readonly<Record<string, RegExp>> = Object.freeze({
  // "Reporting by" · "Additional reporting by" · "Writing by" · "Editing by" · "Compiled by" · "Graphics by"
  en: /^(?:(?:additional |further )?reporting|writing|written|editing|edited|compiled|produced|translated|translation|graphics|research|fact-?checking)(?: and (?:editing|writing|reporting))? by\s+/iu,
  // "Información de" · "Información adicional de" · "Reporte de" · "Edición de" · "Editado en español por" · "Redacción de"
  es: /^(?:informaci[oó]n(?: adicional)?|reporte(?: adicional)?|reportaje|redacci[oó]n|edici[oó]n|editado|traducci[oó]n|traducido|compilado|escrito)(?: en español)? (?:de|por)\s+/iu,
  // "Reportage" · "Reportage de" · "Rédigé par" · "Édité par" · "Version française" · "Avec"
  fr: /^(?:reportage(?: compl[ée]mentaire)?|r[ée]dig[ée]|r[ée]daction|[ée]dit[ée]|[ée]dition|version fran[çc]aise|traduction|traduit|avec)(?: (?:par|de))?\s+/iu,
  // "Bericht von" · "Mitarbeit" · "Redigiert von" · "Geschrieben von"
  de: /^(?:bericht(?:e|erstattung)?|mitarbeit|redigiert|geschrieben|bearbeitet|redaktion|übersetzt)(?: von| durch)?:?\s+/iu,
});

/** The languages whose credit phrases are known: English, Spanish, French, German. */
export const WIRE_CREDIT_LANGUAGES: readonly string[] = Object.freeze(Object.keys(CREDIT_PHRASES));

/** Lower-case words that may stand between the names of a credit: "in", "and", "with", "de", "von". */
const JOINING_WORDS: ReadonlySet<string> = new Set(
  'staff and in with from at for by y e en con por de del la las los et avec à au aux par und von vom aus mit in da do dos das van der den le du des'.split(' '),
);

/** "Ines Calder in Port Alver and Jon Pell" · "Ana Ruiz y Luis Gil" — not "the ministry, the report shows". */
function isNames(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^[\p{Lu}&]/u.test(word) || JOINING_WORDS.has(word.toLowerCase()));
}
