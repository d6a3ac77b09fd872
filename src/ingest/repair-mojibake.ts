import iconv from 'iconv-lite';
import type { Message } from '../model/index.ts';

const ORIGIN = 'ingest:repair-mojibake';
/** Rounds of repair per run: "ÃƒÂ©" (UTF-8 read as windows-1252, twice) needs two, to "Ã©" then "é". */
const MAX_ROUNDS = 3;

/** The characters windows-1252 gives bytes 0x80–0x9F: "€" is 0x80, "™" is 0x99 (derived from iconv-lite, not typed). */
const WINDOWS_1252_PUNCTUATION = new Map<string, number>();
for (let byte = 0x80; byte <= 0x9f; byte += 1) {
  const character = iconv.decode(Uint8Array.of(byte), 'windows-1252');
  if (character !== '\ufffd') WINDOWS_1252_PUNCTUATION.set(character, byte);
}
const PUNCTUATION_CLASS = [...WINDOWS_1252_PUNCTUATION.keys()].join('');

/**
 * A UTF-8 continuation byte (0x80–0xBF) as windows-1252 or latin-1 shows it: "©" (0xA9), "€" (0x80),
 * or the C1 control U+0081 where a decoder kept the bytes windows-1252 leaves undefined.
 */
const CONTINUATION = `[\\u0080-\\u00BF${PUNCTUATION_CLASS}]`;
/** A whole UTF-8 sequence seen as windows-1252: "Ã©" (C3 A9 = é), "â€™" (E2 80 99 = ’), "ðŸ˜€" (F0 9F 98 80 = 😀). */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`, 'gu');
/** A run of characters that each stand for one byte, with a lost byte (U+FFFD) at its end. */
const RUN = new RegExp(`[\\u0080-\\u00FF${PUNCTUATION_CLASS}]+\\uFFFD?`, 'gu');
/** "â€" with its last byte lost: 0x9D is undefined in windows-1252, so "”" (E2 80 9D) loses it most. */
const QUOTE_MISSING_LAST_BYTE = new RegExp(`â€(?!${CONTINUATION})\\uFFFD?`, 'gu');
/**
 * Continuations that may follow a word-final letter in correct text: "AMANHÃ”" (Portuguese in capitals,
 * then a closing quote) must stay. A sequence made only of these is repaired only with more evidence.
 */
const WEAK = '\u00A0’”»›…–—•·™®‘“«‹‚„';
const WEAK_CONTINUATIONS = new Set(WEAK);
/** Surely mojibake when left after repair: "Ã" + a lost byte ("Ã�", once Á, Í, Ï, Ð or Ý), "Â€", "ï¿½". */
const LEFTOVER = new RegExp(`[ÂÃ](?:(?![${WEAK}])${CONTINUATION}|\\uFFFD)|â€|ï¿½`, 'gu');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface MojibakeRepair {
  text: string;
  /** Runs repaired plus quotes restored. */
  repairs: number;
  messages: Message[];
}

interface RepairCount {
  count: number;
  example: { before: string; after: string; start: number } | null;
}

/**
 * Repairs UTF-8 that was read as windows-1252 or latin-1, run by run: "NicolÃ¡s" → "Nicolás",
 * "donâ€™t" → "don’t", "ÃƒÂ©" (twice) → "é". A sequence is replaced only when its bytes are valid
 * UTF-8 and decode to a character text plausibly holds; correct text ("SÃO PAULO", "„Spaß“",
 * "café »") is left as it is. Leftover mojibake and U+FFFD are warnings.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const hasStrongEvidence = containsStrongSequence(text);
  const once: RepairCount = { count: 0, example: null };
  const twice: RepairCount = { count: 0, example: null };
  const quotes: RepairCount = { count: 0, example: null };
  let shift = 0;
  const repaired = text.replace(RUN, (run: string, offset: number) => {
    const following = text[offset + run.length] ?? '';
    const { repaired: current, rounds } = repairRun(run, following, hasStrongEvidence);
    const withQuotes = current.replace(QUOTE_MISSING_LAST_BYTE, '”');
    const start = offset + shift;
    if (rounds > 0) record(rounds > 1 ? twice : once, run, withQuotes, start);
    if (withQuotes !== current) record(quotes, current, withQuotes, start, (current.match(QUOTE_MISSING_LAST_BYTE) ?? []).length);
    shift += withQuotes.length - run.length;
    return withQuotes;
  });
  const messages: Message[] = [
    ...describe(once, 'run of UTF-8 read as windows-1252', 'runs of UTF-8 read as windows-1252'),
    ...describe(twice, 'run of UTF-8 read as windows-1252 twice', 'runs of UTF-8 read as windows-1252 twice'),
    ...describe(quotes, 'closing quote whose last byte was lost', 'closing quotes whose last byte was lost'),
    ...warnAbout(repaired, LEFTOVER, (count) => `mojibake left in text: ${count} suspicious sequence${count === 1 ? '' : 's'} could not be repaired`),
    ...warnAbout(repaired, /\uFFFD/gu, (count) => `${count} replacement character${count === 1 ? '' : 's'} (U+FFFD): bytes were lost before or while decoding`),
  ];
  return { text: repaired, repairs: once.count + twice.count + quotes.count, messages };
}

/**
 * Rounds of repair until nothing changes. Read as latin-1 twice, "’" is "Ã¢Â\u0080Â\u0099": its first
 * round gives C1 controls ("â\u0080\u0099") that only the second makes "’". Controls are let through on
 * the way, and the run is repaired without them when some would be left at the end.
 */
function repairRun(run: string, following: string, hasStrongEvidence: boolean): { repaired: string; rounds: number } {
  const throughControls = repairInRounds(run, following, hasStrongEvidence, true);
  if (countControls(throughControls.repaired) <= countControls(run)) return throughControls;
  return repairInRounds(run, following, hasStrongEvidence, false);
}

function repairInRounds(run: string, following: string, hasStrongEvidence: boolean, allowControls: boolean): { repaired: string; rounds: number } {
  let repaired = run;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    const next = repairSequences(repaired, following, hasStrongEvidence || rounds > 0, allowControls);
    if (next === repaired) break;
    repaired = next;
    rounds += 1;
  }
  return { repaired, rounds };
}

function countControls(text: string): number {
  return (text.match(/[\u0080-\u009F]/g) ?? []).length;
}

/** One round over a run: each sequence that decodes to a plausible character is replaced by it. */
function repairSequences(run: string, following: string, hasStrongEvidence: boolean, allowControls: boolean): string {
  return run.replace(SEQUENCE, (sequence: string, offset: number) => {
    const decoded = decodeAsUtf8(sequence);
    if (decoded === null || !(isPlausible(decoded) || (allowControls && /^[\u0080-\u009F]$/.test(decoded)))) return sequence;
    if (isStrongSequence(sequence)) return decoded;
    // Weak: "Ã“SCAR" (Ó, a letter follows) is repaired; "AMANHÃ” disse" only when the text holds surer mojibake.
    const next = run[offset + sequence.length] ?? following;
    const letterFollows = /^\p{L}/u.test(next);
    if (sequence.length > 2) return letterFollows ? decoded : sequence;
    return letterFollows || hasStrongEvidence ? decoded : sequence;
  });
}

function containsStrongSequence(text: string): boolean {
  for (const match of text.matchAll(SEQUENCE)) if (isStrongSequence(match[0])) return true;
  return false;
}

function isStrongSequence(sequence: string): boolean {
  const decoded = decodeAsUtf8(sequence);
  if (decoded === null || !isPlausible(decoded)) return false;
  return [...sequence.slice(1)].some((character) => !WEAK_CONTINUATIONS.has(character));
}

/** The sequence's characters back to the bytes windows-1252 or latin-1 made of them, read as UTF-8. */
function decodeAsUtf8(sequence: string): string | null {
  const bytes = Uint8Array.from([...sequence], (character) => WINDOWS_1252_PUNCTUATION.get(character) ?? character.charCodeAt(0));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Characters that mojibake plausibly hides. Not: controls, unassigned or private-use code points, IPA
 * (U+0250–U+02AF: "CAFÉ»" would read as "CAFɻ"), or Syriac to Arabic Extended (U+0700–U+08FF: "Spaß“"
 * would read as the N'Ko "Spaߓ").
 */
function isPlausible(character: string): boolean {
  const code = character.codePointAt(0)!;
  if ((code >= 0x250 && code <= 0x2af) || (code >= 0x700 && code <= 0x8ff)) return false;
  return !/[\p{Cc}\p{Cn}\p{Co}]/u.test(character);
}

function record(counter: RepairCount, before: string, after: string, start: number, count = 1): void {
  counter.count += count;
  counter.example ??= { before, after, start };
}

function describe(counter: RepairCount, singular: string, plural: string): Message[] {
  if (counter.count === 0 || counter.example === null) return [];
  const { before, after, start } = counter.example;
  const reason = `repaired ${counter.count} ${counter.count === 1 ? singular : plural} (first: "${before}" → "${after}")`;
  return [{ severity: 'info', origin: ORIGIN, reason, start, end: start + after.length }];
}

function warnAbout(text: string, pattern: RegExp, reasonFor: (count: number) => string): Message[] {
  const matches = [...text.matchAll(pattern)];
  const first = matches[0];
  if (first === undefined) return [];
  return [{ severity: 'warning', origin: ORIGIN, reason: reasonFor(matches.length), start: first.index, end: first.index + first[0].length }];
}
