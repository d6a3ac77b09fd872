import type { EntityType } from '../../model/index.ts';
import { loadCountries } from '../../shared/countries.ts';
import { readDataFile } from '../../shared/data-files.ts';
import { readOutletsFile } from '../../shared/outlets.ts';
import { foldAccents } from '../../shared/words.ts';

/** What a known name stands for. */
export interface KnownActor {
  /** The entity key: `country:RU`, `person:Vladimir Putin`, `organization:NATO`. */
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  gender: 'male' | 'female' | null;
  /** How the phrase names it: a demonym ("Russian") or a capital ("Moscow") may name a country only in some contexts. */
  form: 'name' | 'demonym' | 'capital' | 'metonym';
  /** Offices a known person holds or held, lower-case: "president", "foreign minister" (people.json). */
  offices: readonly string[];
}

interface NamedEntry {
  name: string;
  aliases?: string[];
  variants?: string[];
  country?: string | null;
  gender?: 'male' | 'female';
  /** For a seat that stands for an organisation: "Brussels" → "European Union". */
  organization?: string;
  /** A person's offices: `{ "title": "President", "country": "US", "from": "2025", "to": null }`. */
  roles?: { title: string }[];
}

let gazetteer: Map<string, KnownActor> | undefined;

/**
 * Every known name of an actor, accent-folded with case kept, from the data files: countries with their
 * demonyms and capitals (world-countries), people, organisations, seats of government, news outlets.
 */
export function loadActorGazetteer(): ReadonlyMap<string, KnownActor> {
  if (gazetteer) return gazetteer;
  const names = new Map<string, KnownActor>();
  const add = (phrase: string, actor: KnownActor) => {
    const folded = foldAccents(phrase);
    if (folded.length < 2 || names.has(folded)) return; // first listed wins: countries, then people, then the rest
    names.set(folded, actor);
  };
  // Sovereign states first: "American" is the United States' demonym before the Northern Mariana Islands'
  const countries = [...loadCountries()].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  const countryActor = (country: (typeof countries)[number], form: KnownActor['form']): KnownActor => ({
    key: `country:${country.cca2}`, name: country.name.common, type: 'country', country: country.cca2, gender: null, form, offices: [],
  });
  const newsNames = Object.entries(readDataFile<{ names: Record<string, string> }>('country-names.json').names);
  for (const country of countries) {
    add(country.name.common, countryActor(country, 'name'));
    // "Turkey", "Britain", "Burma": names news uses that the package lacks (data/country-names.json)
    for (const [name, code] of newsNames) if (code === country.cca2) add(name, countryActor(country, 'name'));
    add(country.name.official, countryActor(country, 'name'));
    for (const spelling of country.altSpellings) {
      if (/^[A-Z]{2,3}$/.test(spelling) && spelling !== 'US' && spelling !== 'UK') continue; // "RU", "VEN": codes, not names in prose
      add(spelling, countryActor(country, 'name'));
      if (/^[A-Z]{2,3}$/.test(spelling)) add(`${spelling.split('').join('.')}.`, countryActor(country, 'name')); // "US" → "U.S."
    }
    const demonyms = country.demonyms?.eng;
    for (const demonym of new Set([demonyms?.m, demonyms?.f])) {
      if (!demonym) continue;
      add(demonym, countryActor(country, 'demonym'));
      if (/[^s]$/.test(demonym) && !/(ese|sh|ch)$/.test(demonym)) add(`${demonym}s`, countryActor(country, 'demonym')); // "Americans"
    }
  }
  for (const person of readDataFile<{ people: NamedEntry[] }>('people.json').people) {
    const actor: KnownActor = { key: `person:${person.name}`, name: person.name, type: 'person', country: person.country ?? null, gender: person.gender ?? null, form: 'name',
      offices: [...new Set((person.roles ?? []).map((role) => role.title.toLowerCase()))],
    };
    for (const phrase of [person.name, ...(person.aliases ?? []), ...(person.variants ?? [])]) {
      add(phrase, actor);
      // "al-Assad" opens a sentence or a clause as "Al-Assad"
      if (/^\p{Ll}/u.test(phrase)) add(phrase[0]!.toUpperCase() + phrase.slice(1), actor);
    }
  }
  // Seats of government before capitals: "Brussels" in the news is the EU more often than Belgium
  for (const metonym of readDataFile<{ metonyms: NamedEntry[] }>('government-metonyms.json').metonyms) {
    const country = metonym.country ? countries.find((candidate) => candidate.cca2 === metonym.country) : undefined;
    const actor: KnownActor = country
      ? countryActor(country, 'metonym')
      : { key: `organization:${metonym.organization ?? metonym.name}`, name: metonym.organization ?? metonym.name, type: 'organization', country: null, gender: null, form: 'metonym', offices: [] };
    for (const phrase of [metonym.name, ...(metonym.aliases ?? [])]) add(phrase, actor);
  }
  for (const country of countries) {
    // "Washington D.C." is written "Washington" when it stands for the government
    for (const capital of country.capital) for (const form of new Set([capital, capital.replace(/,?\s+D\.?\s?C\.?$/, '')])) add(form, countryActor(country, 'capital'));
  }
  // "California", "Ontario", "Manchester": states, provinces and large cities are places, after the countries and capitals
  // ("Georgia" stays the country, "Washington" the capital)
  for (const place of [...loadSubdivisions(), ...readDataFile<{ cities: PlaceEntry[] }>('cities.json').cities]) add(place.name, placeActor(place));
  for (const organization of readDataFile<{ organizations: NamedEntry[] }>('organizations.json').organizations) {
    const actor: KnownActor = { key: `organization:${organization.name}`, name: organization.name, type: 'organization', country: organization.country ?? null, gender: null, form: 'name', offices: [] };
    for (const phrase of [organization.name, ...(organization.aliases ?? [])]) add(phrase, actor);
  }
  for (const outlet of readOutletsFile().outlets) {
    const name = outlet.name.replace(/\s*\([^)]*\)$/, ''); // "Time (magazine)" is written "Time"
    const actor: KnownActor = { key: `organization:${name}`, name, type: 'organization', country: outlet.country ?? null, gender: null, form: 'name', offices: [] };
    // A bare qualified name ("The Age") is an ordinary phrase: only the unqualified names and aliases count
    if (name === outlet.name) add(name, actor);
    for (const alias of outlet.aliases) add(alias, isFormerName(alias, name) ? { ...actor, name: alias } : actor);
  }
  gazetteer = names;
  return names;
}

interface PlaceEntry {
  name: string;
  country: string;
  /** AP style after a town: "Biloxi, Miss.", "Albany, N.Y." */
  abbreviation?: string;
}

let subdivisions: readonly PlaceEntry[] | undefined;

function loadSubdivisions(): readonly PlaceEntry[] {
  subdivisions ??= readDataFile<{ subdivisions: PlaceEntry[] }>('subdivisions.json').subdivisions;
  return subdivisions;
}

function placeActor(place: PlaceEntry): KnownActor {
  return { key: `place:${place.name}`, name: place.name, type: 'place', country: place.country, gender: null, form: 'name', offices: [] };
}

let abbreviations: Map<string, KnownActor> | undefined;

/** "Miss." → Mississippi, "N.Y." → New York: a state's abbreviation, a place only when written after a town and a comma. */
export function stateByAbbreviation(abbreviation: string): KnownActor | null {
  abbreviations ??= new Map(loadSubdivisions().filter((place) => place.abbreviation).map((place) => [place.abbreviation!, placeActor(place)]));
  return abbreviations.get(abbreviation) ?? null;
}

/**
 * An outlet's alias that shares no word with its name and is not its initials is another name it went by, and the
 * article is named as it writes it: "MSNBC" (2008) is not yet "MS NOW", "Huffington Post" not yet "HuffPost"; but
 * "NYT" and "New York Times" are "The New York Times".
 */
function isFormerName(alias: string, name: string): boolean {
  const wordsOf = (phrase: string) => foldAccents(phrase).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && word !== 'the');
  const nameWords = wordsOf(name);
  const aliasWords = wordsOf(alias);
  if (aliasWords.some((word) => nameWords.includes(word))) return false;
  const initials = foldAccents(name).split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word) && word !== 'The').map((word) => word[0]).join('').toLowerCase();
  return alias.replace(/[^\p{L}]/gu, '').toLowerCase() !== initials;
}

/** Longest known name, in tokens, worth trying at one position. */
export const MAX_NAME_TOKENS = 8;
