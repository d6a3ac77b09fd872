import type { Token } from '../read-tokens.ts';
import { foldAccents } from '../../shared/words.ts';
import { loadActorGazetteer } from './actor-gazetteer.ts';
import { isCapitalised, type NameRun } from './find-name-runs.ts';
import { loadRoleLexicon } from './role-lexicon.ts';
import { typeByNameWords } from './type-by-name-words.ts';

export interface TitledName {
  /** Token indexes of the name without its title, half-open. */
  first: number;
  last: number;
  /** "Russian President", "White House press secretary", "vice-chairman of the Russian parliament's Defense Committee". */
  role: string | null;
  /** Where the role is written: before the name, or after it as an apposition. */
  roleStart: number | null;
  roleEnd: number | null;
  /** ISO code of a country the title names: "Russian President" → RU, "President of Russia" → RU. */
  roleCountry: string | null;
  /** The title is a personal one ("President", "Mr.", "press secretary"): what follows is a person. */
  personal: boolean;
}

/** Length in tokens of the title that starts at `index`, matched case-insensitively ("Attorney General", "vice-chairman"). */
export function titleLengthAt(tokens: readonly Token[], index: number, limit = tokens.length, plural = false): number {
  const { titles, pluralTitles, maxTitleWords, honorifics, titleFirstWords, titleBeginnings } = loadRoleLexicon();
  const first = tokens[index]!.text.toLowerCase();
  if (honorifics.has(first)) return 1;
  if (!titleFirstWords.has(first)) return 0;
  let phrase = '';
  let best = 0;
  for (let end = index; end < Math.min(limit, index + maxTitleWords + 2); end++) {
    const token = tokens[end]!;
    phrase += (end > index && tokens[end - 1]!.end < token.start ? ' ' : '') + token.text.toLowerCase();
    if (titles.has(phrase) || (plural && pluralTitles.has(phrase))) best = end - index + 1;
    // "president of the" begins a title, "president said" begins none: no longer phrase can be one either
    else if (!titleBeginnings.has(phrase)) break;
  }
  return best;
}

/**
 * Separates a name from the title said with it: "Russian President Vladimir Putin" → "Vladimir Putin" + "Russian President";
 * "White House press secretary Karoline Leavitt" (title before the run); "Alexei Khuravlev, vice-chairman of ..." (after it).
 */
export function splitTitle(tokens: readonly Token[], run: NameRun, text: string): TitledName {
  const whole = foldAccents(text.slice(tokens[run.first]!.start, tokens[run.last - 1]!.end));
  const plain: TitledName = { first: run.first, last: run.last, role: null, roleStart: null, roleEnd: null, roleCountry: null, personal: false };
  if (loadActorGazetteer().has(whole)) return withTitleAround(tokens, plain, text);
  // "Victory Day", "General Motors", "President Cup": a run its own last word types as no person carries no title
  const typed = typeByNameWords(whole);
  if (typed === 'organization' || typed === 'other') return plain;
  // The last title inside the run with a name after it: "Russian Foreign Minister | Sergei Lavrov"
  let nameStart = titleEndingInside(tokens, run);
  for (let index = run.first; index < run.last - 1; index++) {
    let length = titleLengthAt(tokens, index, run.last);
    const plural = length ? 0 : titleLengthAt(tokens, index, run.last, true);
    const rest = plural ? text.slice(tokens[Math.min(index + plural, run.last - 1)]!.start, tokens[run.last - 1]!.end) : '';
    if (plural && !typeByNameWords(rest) && (namesFollow(tokens, run.last) || isKnownPerson(text, tokens, index + plural, run.last))) length = plural;
    if (length && index + length < run.last && isCapitalised(tokens[index + length]!)) nameStart = index + length;
  }
  if (nameStart < 0) return withTitleAround(tokens, plain, text);
  const roleStart = tokens[Math.min(run.first, titleStartBefore(tokens, run, nameStart))]!.start;
  const roleEnd = tokens[nameStart - 1]!.end;
  const role = text.slice(roleStart, roleEnd);
  return { first: nameStart, last: run.last, role, roleStart, roleEnd, roleCountry: countryIn(role), personal: true };
}

/** "Presidents Vladimir Putin and Xi Jinping", "Senators Smith, Jones": more names after the run, which a plural title governs. */
function namesFollow(tokens: readonly Token[], last: number): boolean {
  const joiner = tokens[last];
  const next = tokens[last + 1];
  return !!joiner && !!next && joiner.sentence === next.sentence && /^(and|,|&)$/.test(joiner.text) && isCapitalised(next);
}

/** "Presidents | Vladimir Putin": the rest of the run is a person the gazetteer knows. */
function isKnownPerson(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (first >= last) return false;
  return loadActorGazetteer().get(foldAccents(text.slice(tokens[first]!.start, tokens[last - 1]!.end)))?.type === 'person';
}

/**
 * Where the name starts when a title begins before the run and ends inside it: "Secretary of | State Condoleezza Rice"
 * (the run starts after the lower-case "of"); -1 when no title does.
 */
function titleEndingInside(tokens: readonly Token[], run: NameRun): number {
  const start = titleStartBefore(tokens, run, -1);
  if (start === run.first) return -1;
  const end = start + titleLengthAt(tokens, start);
  return end > run.first && end < run.last && isCapitalised(tokens[end]!) ? end : -1;
}

/** The first token of a title that starts before the run and reaches into it, or the run's first token when none does. */
function titleStartBefore(tokens: readonly Token[], run: NameRun, nameStart: number): number {
  const { maxTitleWords } = loadRoleLexicon();
  const sentence = tokens[run.first]!.sentence;
  for (let start = Math.max(0, run.first - maxTitleWords); start < run.first; start++) {
    if (tokens[start]!.sentence !== sentence || !isCapitalised(tokens[start]!)) continue;
    const end = start + titleLengthAt(tokens, start);
    if (end > run.first && end < run.last && (nameStart < 0 || end === nameStart)) return start;
  }
  return run.first;
}

/** A title written just before the run in lower case ("press secretary"), or an apposition after it (", director of ..."). */
function withTitleAround(tokens: readonly Token[], name: TitledName, text: string): TitledName {
  const before = titleBefore(tokens, name.first, text);
  if (before) return { ...name, ...before, personal: true };
  const after = appositionAfter(tokens, name.last, text);
  return after ? { ...name, ...after, personal: true } : name;
}

/** "White House press secretary | Karoline Leavitt" · "the late President | Hugo Chávez" · "The President of Russia, | Vladimir Putin," */
function titleBefore(tokens: readonly Token[], first: number, text: string): Pick<TitledName, 'role' | 'roleStart' | 'roleEnd' | 'roleCountry'> | null {
  const { maxTitleWords } = loadRoleLexicon();
  const sentence = tokens[first]!.sentence;
  // "The President of Russia, Vladimir Putin": title, "of", a country, a comma, then the name
  if (tokens[first - 1]?.text === ',' && tokens[first - 3]?.text === 'of') {
    const country = countryIn(tokens[first - 2]!.text);
    for (let start = first - 4; start >= Math.max(0, first - 4 - maxTitleWords) && country; start--) {
      if (tokens[start]!.sentence !== sentence) break;
      if (titleLengthAt(tokens, start, first - 3) === first - 3 - start) {
        return { role: text.slice(tokens[start]!.start, tokens[first - 2]!.end), roleStart: tokens[start]!.start, roleEnd: tokens[first - 2]!.end, roleCountry: country };
      }
    }
  }
  // The longest title that ends right before the name: "press secretary", not "secretary"
  let titleStart = -1;
  for (let start = first - 1; start >= Math.max(0, first - maxTitleWords - 1); start--) {
    if (tokens[start]!.sentence !== sentence) break;
    if (titleLengthAt(tokens, start, first) === first - start) titleStart = start;
  }
  // "a best-actor Tony", "the top-seeded player": a title joined by a hyphen to the word before it is a modifier
  // ("ex-president" and "vice-president" stay titles)
  if (titleStart > 1 && tokens[titleStart - 1]!.text === '-' && tokens[titleStart - 1]!.start === tokens[titleStart - 2]!.end && !/^(ex|vice|co|deputy|acting|then)$/i.test(tokens[titleStart - 2]!.text)) titleStart = -1;
  if (titleStart >= 0) {
    // extend over the capitalised words that qualify the title: "White House | press secretary", "US Homeland Security | Secretary"
    let from = titleStart;
    while (from > 0 && tokens[from - 1]!.sentence === sentence && (isCapitalised(tokens[from - 1]!) || tokens[from - 1]!.text === '-') && tokens[from - 1]!.pos !== 'DET') from--;
    const roleStart = tokens[from]!.start;
    const roleEnd = tokens[first - 1]!.end;
    const role = text.slice(roleStart, roleEnd);
    return { role, roleStart, roleEnd, roleCountry: countryIn(role) };
  }
  return null;
}

/** "Alexei Khuravlev, vice-chairman of the Russian parliament's Defense Committee," — the role after a comma. */
function appositionAfter(tokens: readonly Token[], last: number, text: string): Pick<TitledName, 'role' | 'roleStart' | 'roleEnd' | 'roleCountry'> | null {
  if (tokens[last]?.text !== ',') return null;
  let start = last + 1;
  if (tokens[start] && /^(the|a|an|its|his|her)$/i.test(tokens[start]!.text)) start++;
  const length = tokens[start] ? titleLengthAt(tokens, start) : 0;
  if (!length) return null;
  // "in Biloxi, Coroner Gary Hargrove said", "X, the referee stepped in": a new subject, no apposition
  const afterTitle = tokens[start + length];
  if (afterTitle && (isCapitalised(afterTitle) || afterTitle.pos === 'VERB' || afterTitle.pos === 'AUX')) return null;
  const sentence = tokens[last]!.sentence;
  let end = start + length;
  while (end < tokens.length && end - start < 14 && tokens[end]!.sentence === sentence && !/^[,;:.!?)"”]$/.test(tokens[end]!.text)) end++;
  const roleStart = tokens[start]!.start;
  const roleEnd = tokens[end - 1]!.end;
  const role = text.slice(roleStart, roleEnd);
  return { role, roleStart, roleEnd, roleCountry: countryIn(role) };
}

/** The country a title names by demonym or name: "Russian President" → RU; "President of Venezuela" → VE. */
export function countryIn(phrase: string): string | null {
  const gazetteer = loadActorGazetteer();
  for (const word of foldAccents(phrase).split(/[\s,'’]+|(?<=\p{L})-(?=\p{Lu})/u)) {
    const known = gazetteer.get(word);
    if (known?.type === 'country' && known.form !== 'capital') return known.country;
  }
  const multiword = [...foldAccents(phrase).matchAll(/\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)+/gu)].map((match) => gazetteer.get(match[0]));
  return multiword.find((known) => known?.type === 'country')?.country ?? null;
}
