import type { EntityType } from '../../model/index.ts';
import { loadCountries } from '../../shared/countries.ts';
import { readDataFile } from '../../shared/data-files.ts';
import { foldAccents } from '../../shared/words.ts';
import { loadActorGazetteer } from './actor-gazetteer.ts';
import { holdsPersonalName } from './given-names.ts';
import { INSTITUTIONS_ALONE, ORGANIZATION_TAILS, PLACE_TAILS } from './context-words.ts';

interface RegionsAndDaysFile {
  regions: string[];
  namedDays: string[];
}

/** "Victory Day", "Christmas Eve", "Holy Week", "Winter Games": the last word of a named day or event. */
const EVENT_TAILS = new Set(['Day', 'Days', 'Eve', 'Week', 'Festival', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Series', 'Marathon', 'Summit', 'Conference', 'Awards', 'War', 'Revolution']);

/** "Strategic Partnership", "Paris Agreement", "Minsk Accords", "Warsaw Pact": the last word of an agreement or a law. */
const AGREEMENT_TAILS = new Set(['Agreement', 'Agreements', 'Treaty', 'Accord', 'Accords', 'Partnership', 'Pact', 'Deal', 'Convention', 'Charter', 'Declaration', 'Protocol', 'Memorandum', 'Act', 'Amendment', 'Doctrine', 'Initiative']);

/** "Eastern Pacific", "Southern California", "North Atlantic": a compass word before a place names a region. */
const COMPASS_ADJECTIVES = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Central']);
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Upper', 'Lower']);

let regions: Set<string> | undefined;
let namedDays: Set<string> | undefined;

function loadRegionsAndDays(): { regions: Set<string>; namedDays: Set<string> } {
  if (!regions || !namedDays) {
    const file = readDataFile<RegionsAndDaysFile>('regions-and-days.json');
    const worldRegions = loadCountries().flatMap((country) => [country.region, country.subregion ?? '']);
    regions = new Set([...file.regions, ...worldRegions].filter(Boolean).map(foldAccents));
    namedDays = new Set(file.namedDays.map(foldAccents));
  }
  return { regions, namedDays };
}

/** "Latin America", "the Middle East", "Eastern Asia": a world region, a sea or a historic region (a place). */
export function isRegion(name: string): boolean {
  const folded = foldAccents(name.replace(/^the\s+/i, ''));
  return loadRegionsAndDays().regions.has(folded);
}

/** "Victory Day", "Ramadan", "New Year's Eve": a holiday or named day. */
export function isNamedDay(name: string): boolean {
  return loadRegionsAndDays().namedDays.has(foldAccents(name.replace(/^the\s+/i, '')));
}

/**
 * The type a name's own words give it, before its neighbours are asked; null when they say nothing.
 * The last word of two or more decides ("Victory Day" → other, "Strategic Partnership" → other, "Arabian Sea" → place;
 * "Road" or "Division" alone is a common noun, see isLoneCommonNoun), then a team's shape ("Boston Red Sox"), then a
 * compass word before a place or region ("Eastern Pacific" → place).
 */
export function typeByNameWords(name: string): EntityType | null {
  const words = name.split(/\s+/);
  const tail = words[words.length - 1]!;
  if (isNamedDay(name)) return 'other';
  if (isRegion(name)) return 'place';
  if (words.length === 1) return INSTITUTIONS_ALONE.has(tail) ? 'organization' : null;
  if (ORGANIZATION_TAILS.has(tail)) return 'organization';
  if (PLACE_TAILS.has(tail)) return 'place';
  if (isTeamName(words)) return 'organization';
  if (words.length > 1 && (EVENT_TAILS.has(tail) || AGREEMENT_TAILS.has(tail))) return 'other';
  const head = words[0]!;
  if (words.length > 1 && (COMPASS_ADJECTIVES.has(head) || COMPASS_POINTS.has(head))) {
    const rest = words.slice(1).join(' ');
    if (isRegion(rest) || PLACE_TAILS.has(tail)) return 'place';
    // "Southern California", "Western Ukraine": a compass adjective before one more name
    if (COMPASS_ADJECTIVES.has(head) && head !== 'Central' && words.length === 2) return 'place';
  }
  return null;
}

/** "Police said…", "Road closures", "Division 3": a tail word alone, capitalised, names nothing ("Congress" and "Navy" do). */
export function isLoneCommonNoun(name: string): boolean {
  return !name.includes(' ') && (ORGANIZATION_TAILS.has(name) || PLACE_TAILS.has(name)) && !INSTITUTIONS_ALONE.has(name);
}

/**
 * "Boston Red Sox", "New York Yankees", "Los Angeles Lakers", "Manchester City" is not one: a city, state or country
 * known as a place, then one or two words ending in a plural, is a team (an organisation).
 */
function isTeamName(words: readonly string[]): boolean {
  const tail = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+(?<![sui])s$/u.test(tail) && tail !== 'Sox') return false; // not \"Acropolis\", \"Campus\", \"Congress\"
  // "Douglas Fairbanks", "Dominique Jones": a given name that is also a place opens a person's name
  if (holdsPersonalName(words.slice(0, 2).join(' '))) return false;
  const gazetteer = loadActorGazetteer();
  for (let placeWords = words.length - 1; placeWords >= 1 && placeWords >= words.length - 3; placeWords--) {
    const known = gazetteer.get(foldAccents(words.slice(0, placeWords).join(' ')));
    if (known && (known.type === 'place' || known.type === 'country') && known.form !== 'demonym') return true;
  }
  return false;
}
