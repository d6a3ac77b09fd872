import { loadCountries } from '../../shared/countries.ts';

/**
 * Region adjectives news uses for a country already named: "the South American nation" (Venezuela),
 * "the Middle Eastern country", "the European state". Each maps to world-countries' region or subregion names.
 */
const REGION_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  'South American': ['South America'],
  'Latin American': ['South America', 'Central America', 'Caribbean'],
  'Central American': ['Central America'],
  'North American': ['North America', 'Northern America'],
  Caribbean: ['Caribbean'],
  European: ['Europe'],
  'Eastern European': ['Eastern Europe'],
  'Western European': ['Western Europe'],
  'Southern European': ['Southern Europe'],
  'Northern European': ['Northern Europe'],
  'Nordic': ['Northern Europe'],
  'Baltic': ['Northern Europe'],
  'Balkan': ['Southeast Europe', 'Southern Europe'],
  Asian: ['Asia'],
  'Central Asian': ['Central Asia'],
  'East Asian': ['Eastern Asia'],
  'South Asian': ['Southern Asia'],
  'Southeast Asian': ['South-Eastern Asia'],
  'Middle Eastern': ['Western Asia'],
  'Gulf': ['Western Asia'],
  African: ['Africa'],
  'North African': ['Northern Africa'],
  'West African': ['Western Africa'],
  'East African': ['Eastern Africa'],
  'Southern African': ['Southern Africa'],
  'Central African': ['Middle Africa'],
  'Pacific': ['Oceania'],
}));

/** Nouns that stand for a country named before: "the South American nation’s administration". */
export const COUNTRY_NOUNS = new Set(['nation', 'country', 'state', 'republic', 'kingdom', 'government', 'administration', 'regime']);

export function isRegionAdjective(phrase: string): boolean {
  return REGION_ADJECTIVES.has(phrase);
}

/** Whether the country with this ISO code lies in the region the adjective names. */
export function countryFitsRegion(code: string, adjective: string): boolean {
  const regions = REGION_ADJECTIVES.get(adjective);
  const country = loadCountries().find((candidate) => candidate.cca2 === code);
  return !!regions && !!country && regions.some((region) => country.region === region || country.subregion === region);
}

/** The longest region adjective the words open with: ["South", "American", "nation"] → "South American". */
export function readRegionAdjective(words: readonly string[]): string | null {
  if (!words[0] || !/^\p{Lu}/u.test(words[0])) return null;
  for (let length = Math.min(2, words.length); length > 0; length--) {
    const phrase = words.slice(0, length).join(' ');
    if (isRegionAdjective(phrase)) return phrase;
  }
  return null;
}
