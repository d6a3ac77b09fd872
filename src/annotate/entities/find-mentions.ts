import type { EntityType } from '../../model/index.ts';
import type { Token } from '../read-tokens.ts';
import { foldAccents } from '../../shared/words.ts';
import { loadActorGazetteer, stateByAbbreviation, type KnownActor } from './actor-gazetteer.ts';
import { LOCATIVE_PREPOSITIONS, ORGANIZATION_NOUNS, SPEECH_LEMMAS, THING_NOUNS_AFTER, THING_NOUNS_BEFORE } from './context-words.ts';
import { isCalendarName } from './calendar-words.ts';
import { findNameRuns, isCapitalised, ORGANIZATION_HEADS, type NameRun } from './find-name-runs.ts';
import { findRoleReferences } from './find-role-references.ts';
import { holdsPersonalName } from './given-names.ts';
import { loadRoleLexicon } from './role-lexicon.ts';
import { isLoneCommonNoun, typeByNameWords } from './type-by-name-words.ts';
import { splitTitle, titleLengthAt, type TitledName } from './split-title.ts';

/** Words that make a demonym after them a region's: "South American", "Latin American", "Central Asian", "Sub-Saharan African". */
const REGION_QUALIFIERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Latin', 'Anglo', 'Sub', 'Pan', 'Upper', 'Lower', 'Greater', 'Middle', 'Far']);

/** A mention before linking: what the words say, with what the gazetteers and the context tell of it. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  known: KnownActor | null;
  role: string | null;
  roleCountry: string | null;
  /** `name` for a name, `role-reference` for "the Russian leader" (linked to a person named elsewhere). */
  kind: 'name' | 'role-reference';
  /** Token indexes of the mention, half-open. */
  first: number;
  last: number;
  /**
   * Linked only to a person of the article whose name ends with it, else dropped: a title word alone ("King, 39, said",
   * after "Tishana King"). Absent for other mentions.
   */
  onlyAsSurname?: boolean;
  /** Two to four name-like words with no evidence of a person yet ("Kirkpatrick Allen"): a person once a mention of its surname is one. */
  personShaped?: boolean;
}


/** Every mention of an actor in one article's tokens, in document order, before linking. */
export function findMentions(text: string, tokens: readonly Token[]): FoundMention[] {
  const mentions: FoundMention[] = [];
  const runs = findNameRuns(tokens);
  // "Riddick Bowe … Bowe (45-1, 33 KOs) had been training": the last word of a longer name, alone at a sentence's start, is that name
  const surnames = new Set(runs.filter((run) => run.last - run.first > 1).map((run) => tokens[run.last - 1]!.text));
  for (const run of runs) mentions.push(...readRun(text, tokens, run, surnames));
  mentions.push(...findRoleReferences(text, tokens));
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function readRun(text: string, tokens: readonly Token[], run: NameRun, surnames: ReadonlySet<string>): FoundMention[] {
  const gazetteer = loadActorGazetteer();
  // "PUTIN HOLDS PHONE CALL", "U.S. TV": words in capitals are a headline, not a name; the known names in it stay ("NATO")
  if (isCapitalsRun(tokens, run)) return knownNamesIn(text, tokens, run.first, run.last);
  const state = stateAfterTown(tokens, run);
  if (state) return [{ start: tokens[run.first]!.start, end: tokens[run.first]!.end, text: tokens[run.first]!.text, type: 'place', known: state, role: null, roleCountry: null, kind: 'name', first: run.first, last: run.first + 1 }];
  const titled = splitTitle(tokens, run, text);
  const found: FoundMention[] = [];
  // Demonyms, countries and seats of government inside a title are mentions too: "Belarusian President ..."
  if (titled.first > run.first) found.push(...knownNamesIn(text, tokens, run.first, titled.first));
  // "the President of Russia": a title alone names no one here (the name comes after it); but "King, 39, said" after
  // "Tishana King" is her surname, kept for linking to check
  if (titleLengthAt(tokens, titled.first, titled.last) === titled.last - titled.first) {
    if (titled.last - titled.first === 1 && !titled.role && isCapitalised(tokens[titled.first]!) && /^\p{Lu}\p{Ll}+$/u.test(tokens[titled.first]!.text)) {
      found.push({ ...titledMention(text, tokens, titled, 'person', null), onlyAsSurname: true });
    }
    return found;
  }
  const start = tokens[titled.first]!.start;
  const end = tokens[titled.last - 1]!.end;
  const name = text.slice(start, end);
  // "Dec.", "Nov", "JUNE": a month or weekday is never an entity
  if (isCalendarName(name)) return found;
  const known = gazetteer.get(foldAccents(name));
  if (known) {
    found.push(titledMention(text, tokens, titled, typeOfKnown(known, tokens, titled.first, titled.last), known));
    return found;
  }
  // "Russia-Venezuela alliance" · "Moscow and Caracas": known names joined into one run
  const parts = knownNamesIn(text, tokens, titled.first, titled.last);
  // "South American", "Latin American": a qualified demonym describes, it names no one
  const lastPart = parts[parts.length - 1];
  // ("Senior Hungarian and Romanian officials", "Top Iranian commanders": a common word that only opens the sentence qualifies nothing)
  const qualifiedDemonym = lastPart?.known?.form === 'demonym' && lastPart.last === titled.last && !titled.role;
  if (qualifiedDemonym) {
    const openerOnly = opensSentence(tokens, titled.first) && parts.length === 1 && lastPart.first === titled.first + 1 && !REGION_QUALIFIERS.has(tokens[titled.first]!.text);
    return openerOnly ? [...found, ...parts] : found;
  }
  if (parts.length && parts.every((part) => part.known) && coversRun(parts, tokens, titled.first, titled.last)) return [...found, ...parts];
  // "Police said", "on Road 5", "Division 3": a capitalised common noun alone names nothing; nor does a plural of initials ("33 KOs", "CEOs", "MPs")
  if ((isLoneCommonNoun(name) || /^\p{Lu}{2,}s$/u.test(name)) && !titled.role) return found;
  const type = typeByContext(name, tokens, titled.first, titled.last, titled.personal);
  // "Days before the call…", "Second, the Russian leader…": one unknown word opening a sentence is no name
  if (type === 'other' && titled.last - titled.first === 1 && (opensSentence(tokens, titled.first) || tokens[titled.first]!.pos === 'ADJ') && !surnames.has(name)) return found;
  const mention = titledMention(text, tokens, titled, type, null);
  if (type === 'other' && looksLikePersonalName(name, tokens, titled.last)) mention.personShaped = true;
  found.push(mention);
  return found;
}

/** "Biloxi, Miss., motel", "Albany, N.Y.": a state's abbreviation after a town and a comma is the state, never a title. */
function stateAfterTown(tokens: readonly Token[], run: NameRun): KnownActor | null {
  const state = stateByAbbreviation(tokens[run.first]!.text);
  if (!state || tokens[run.first - 1]?.text !== ',' || !isCapitalised(tokens[run.first - 2] ?? tokens[run.first]!)) return null;
  if (run.first < 2 || tokens[run.first - 2]!.sentence !== tokens[run.first]!.sentence) return null;
  // the abbreviation ends its run, or what follows starts a new sentence: "in Biloxi, Miss. He was 75."
  return run.last === run.first + 1 || tokens[run.first + 1]!.sentence !== tokens[run.first]!.sentence ? state : null;
}

/** Two or more words, every one in capitals with two letters or more: "NYPD KKK", "MORE RAMS"; not "NATO" alone. */
function isCapitalsRun(tokens: readonly Token[], run: NameRun): boolean {
  let words = 0;
  for (let index = run.first; index < run.last; index++) {
    const letters = tokens[index]!.text.replace(/[^\p{L}]/gu, '');
    if (!letters) continue;
    if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
    words++;
  }
  return words >= 2;
}

/** The name of a run without its title, as a mention that keeps the title as its role. */
function titledMention(text: string, tokens: readonly Token[], titled: TitledName, type: EntityType, known: KnownActor | null): FoundMention {
  const { first, last } = titled;
  return {
    start: tokens[first]!.start, end: tokens[last - 1]!.end, text: text.slice(tokens[first]!.start, tokens[last - 1]!.end),
    type, known, role: titled.role, roleCountry: titled.roleCountry, kind: 'name', first, last,
  };
}

/** The known names inside a stretch of tokens, longest first: "Belarusian" in "Belarusian President". */
function knownNamesIn(text: string, tokens: readonly Token[], first: number, last: number): FoundMention[] {
  const gazetteer = loadActorGazetteer();
  const found: FoundMention[] = [];
  let index = first;
  while (index < last) {
    let matched = 0;
    for (let end = last; end > index; end--) {
      const phrase = foldAccents(text.slice(tokens[index]!.start, tokens[end - 1]!.end));
      const known = gazetteer.get(phrase);
      if (known && isCapitalised(tokens[index]!)) {
        found.push({ start: tokens[index]!.start, end: tokens[end - 1]!.end, text: text.slice(tokens[index]!.start, tokens[end - 1]!.end), type: typeOfKnown(known, tokens, index, end), known, role: null, roleCountry: null, kind: 'name', first: index, last: end });
        matched = end - index;
        break;
      }
    }
    index += matched || 1;
  }
  return found;
}

function coversRun(parts: readonly FoundMention[], tokens: readonly Token[], first: number, last: number): boolean {
  const covered = new Set(parts.flatMap((part) => Array.from({ length: part.last - part.first }, (_, offset) => part.first + offset)));
  for (let index = first; index < last; index++) if (!covered.has(index) && tokens[index]!.text !== '-' && isCapitalised(tokens[index]!)) return false;
  return true;
}

/** "in Caracas" is the city; "Caracas said", "Washington's true objective" are governments. */
function typeOfKnown(known: KnownActor, tokens: readonly Token[], first: number, last: number): EntityType {
  if (known.type === 'person' && THING_NOUNS_BEFORE.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return 'other'; // "the aircraft carrier Gerald Ford"
  if (known.form !== 'capital') return known.type;
  const before = tokens[first - 1]?.text.toLowerCase() ?? '';
  const after = tokens[last]?.text ?? '';
  return LOCATIVE_PREPOSITIONS.has(before) && after !== "'s" ? 'place' : 'country';
}

/** The type of a name no gazetteer knows, from its own words and its neighbours. */
function typeByContext(name: string, tokens: readonly Token[], first: number, last: number, titled: boolean): EntityType {
  const words = name.split(/\s+/);
  const head = words[0]!;
  if (/\d/.test(name)) return 'other'; // "Tu-160"
  if (titled) return 'person';
  const byWords = typeByNameWords(name);
  if (byWords) return byWords;
  if (words.length > 1 && ORGANIZATION_HEADS.has(head) && !/^(State|House|National|Federal|Central|Royal|Supreme)$/.test(head)) return 'organization';
  const before = [1, 2, 3].map((distance) => tokens[first - distance]).filter((token) => token && token.sentence === tokens[first]!.sentence);
  if (before.some((token) => THING_NOUNS_BEFORE.has(token!.text.toLowerCase()))) return 'other';
  if (THING_NOUNS_AFTER.has(tokens[last]?.text.toLowerCase() ?? '') || THING_NOUNS_AFTER.has(tokens[last + 1]?.text.toLowerCase() ?? '')) return 'other';
  if (before.some((token) => ORGANIZATION_NOUNS.has(token!.text.toLowerCase()))) return 'organization';
  // a person needs evidence: a given name ("Gary Hargrove"), a speech verb ("Banky said"), an age ("Banky, 30,"), "who",
  // a middle initial or "Jr." ("Eric A. Banky", "Fred LaRue Jr."; not "World War II"); "Human Rights" has none
  const personal = looksLikePersonalName(name, tokens, last);
  if (personal && holdsPersonalName(name)) return 'person';
  if (appositionNamesOrganization(tokens, last)) return 'organization';
  const next = tokens[last]?.text === "'s" ? undefined : tokens[last];
  if (next && next.pos === 'VERB' && SPEECH_LEMMAS.has(next.lemma)) return 'person';
  // "The trawler's skipper, Teodor Grünberg, was questioned": a name set off after a role noun is that person's
  if (personal && followsRoleNoun(tokens, first)) return 'person';
  if (personal && (ageFollows(tokens, last) || (tokens[last]?.text === ',' && tokens[last + 1]?.text === 'who') || /\s\p{Lu}\.\s|\s(Jr\.?|Sr\.?)$/u.test(name))) return 'person';
  return 'other';
}

/** Two to four words each written as a name ("Gary Hargrove", "Eric A. Kirkpatrick"), the last no adjective ("Latin American"). */
function looksLikePersonalName(name: string, tokens: readonly Token[], last: number): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || tokens[last - 1]!.pos === 'ADJ') return false;
  // "Kov�c": a letter lost to a broken source still ends a name
  return words.every((word) => /^\p{Lu}[\p{Ll}'’.\uFFFD-]*[\p{Ll}\uFFFD]$|^\p{Lu}\.$|^(Jr\.?|Sr\.?|II|III|IV)$|^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}*['’]\p{Lu}\p{Ll}+$/u.test(word));
}

/** "the skipper, Teodor Grünberg": a comma after a role noun or title of data/roles.json just before the name. */
function followsRoleNoun(tokens: readonly Token[], first: number): boolean {
  const comma = tokens[first - 1];
  const role = tokens[first - 2];
  return comma?.text === ',' && !!role && role.sentence === comma.sentence && loadRoleLexicon().titles.has(role.text.toLowerCase());
}

/** "Eric Allen Kirkpatrick, 61, opened fire": an age set off by commas after a name. */
function ageFollows(tokens: readonly Token[], last: number): boolean {
  return tokens[last]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 1]?.text ?? '') && /^[,)]$/.test(tokens[last + 2]?.text ?? '');
}

/** "Rosneft, Russia's main oil company," */
function appositionNamesOrganization(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.text !== ',') return false;
  for (let index = last + 1; index < Math.min(tokens.length, last + 7); index++) {
    const token = tokens[index]!;
    if (/^[,;.]$/.test(token.text)) return false;
    if (ORGANIZATION_NOUNS.has(token.text.toLowerCase()) && token.pos === 'NOUN') return true;
  }
  return false;
}

function opensSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence || /^["“‘(—–-]$/.test(tokens[index - 1]!.text);
}
