/** What a figure measures: its unit in one spelling, the dimension, and the factor to the dimension's base unit. */
export interface Measure {
  unit: string;
  dimension: string;
  factor: number;
}

/**
 * Units that convert into each other, by their spellings: "about 60 metres (200 feet)", "fell 200m",
 * "2,000ft", "30 hours" against "two days". Factors to the base unit (metre, second, kilogram) from the
 * SI definitions (1 ft = 0.3048 m, 1 mile = 1609.344 m, 1 nautical mile = 1852 m, 1 lb = 0.45359237 kg).
 */
const CONVERTIBLE: ReadonlyArray<readonly [dimension: string, base: string, factor: number, spellings: readonly string[]]> = Object.freeze([
  ['length', 'metre', 1, ['m', 'metre', 'metres', 'meter', 'meters']],
  ['length', 'metre', 1000, ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
  ['length', 'metre', 0.01, ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']],
  ['length', 'metre', 0.3048, ['ft', 'foot', 'feet']],
  ['length', 'metre', 0.9144, ['yard', 'yards', 'yd', 'yds']],
  ['length', 'metre', 1609.344, ['mile', 'miles', 'mi']],
  ['length', 'metre', 1852, ['nautical mile', 'nautical miles', 'nm']],
  ['time', 'second', 1, ['second', 'seconds', 'sec', 'secs']],
  ['time', 'second', 60, ['minute', 'minutes', 'min', 'mins']],
  ['time', 'second', 3600, ['hour', 'hours', 'hr', 'hrs']],
  ['time', 'second', 86400, ['day', 'days']],
  ['mass', 'kilogram', 1, ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos']],
  ['mass', 'kilogram', 0.001, ['g', 'gram', 'grams']],
  ['mass', 'kilogram', 1000, ['tonne', 'tonnes', 'metric ton', 'metric tons']],
  ['mass', 'kilogram', 0.45359237, ['lb', 'lbs', 'pound', 'pounds']],
]);
const BY_SPELLING = new Map(CONVERTIBLE.flatMap(([dimension, base, factor, spellings]) => spellings.map((spelling) => [spelling, { unit: base, dimension, factor }] as const)));

/**
 * The measure of a quantity's unit: "200ft" → metres ×0.3048; a unit that converts into no other is its
 * own dimension, its words in lower case and singular ("AK-47 rifles" → "ak47 rifle", "Missiles" → "missile").
 */
export function readMeasure(unit: string): Measure {
  const spelled = unit.toLowerCase().replace(/\.$/, '');
  const known = BY_SPELLING.get(spelled);
  if (known) return known;
  // "AK 47 guns", "AK-47s": a model's letters and number written as one word ("ak47")
  const words = spelled
    .replace(/(\p{L})[\s-](?=\d)/gu, '$1')
    .split(/\s+/)
    .map((word) => word.replace(/(?<=[^s])s$/, ''));
  return { unit: words.join(' '), dimension: words.join(' '), factor: 1 };
}

/**
 * Whether two figures count the same kind of thing: one dimension ("metres" and "feet"), or units that
 * share their head word or their first word ("AK-47 assault rifles", "AK-47 rifles", "AK-47s").
 */
export function sameMeasure(a: { dimension: string }, b: { dimension: string }): boolean {
  if (a.dimension === b.dimension) return true;
  // an ordinal ("#coach": "the fifth coach") is set only against an ordinal
  if (a.dimension.startsWith('#') || b.dimension.startsWith('#')) return false;
  const wordsA = a.dimension.split(' ');
  const wordsB = b.dimension.split(' ');
  if (MEASURED.has(a.dimension) || MEASURED.has(b.dimension)) return false;
  return wordsA.at(-1) === wordsB.at(-1) || stem(wordsA[0]!) === stem(wordsB[0]!);
}

/** The dimensions of units that convert (length, time, mass): measured, not counted. */
export const MEASURED: ReadonlySet<string> = new Set(CONVERTIBLE.map(([dimension]) => dimension));

/** "ak47s" and "ak47": a trailing plural s after a figure; "crewmen" and "crew (members)": a compound's men. */
function stem(word: string): string {
  return word.replace(/(?<=\d)s$/, '').replace(/(?<=\p{L}{3})m[ae]n$/u, '');
}
