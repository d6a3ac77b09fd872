import type { EntityType } from '../../model/index.ts';
import { loadCountries } from '../../shared/countries.ts';
import { readDataFile } from '../../shared/data-files.ts';
import { foldAccents } from '../../shared/words.ts';
import { ORGANIZATION_TAILS, PLACE_TAILS } from './context-words.ts';

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
 * The last word decides ("Victory Day" → other, "Strategic Partnership" → other, "Arabian Sea" → place), then a
 * compass word before a place or region ("Eastern Pacific" → place).
 */
export function typeByNameWords(name: string): EntityType | null {
  const words = name.split(/\s+/);
  const tail = words[words.length - 1]!;
  if (isNamedDay(name)) return 'other';
  if (ORGANIZATION_TAILS.has(tail)) return 'organization';
  if (PLACE_TAILS.has(tail) || isRegion(name)) return 'place';
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
