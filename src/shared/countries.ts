import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

let countries: readonly Country[] | undefined;

/** All countries with names, demonyms and capitals, from the world-countries package (ODbL-1.0). */
export function loadCountries(): readonly Country[] {
  countries ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8')) as Country[];
  return countries;
}

let byCode: Map<string, Country> | undefined;

/** The countries by ISO 3166-1 alpha-2 code ("RU" → Russia). */
export function countriesByCode(): ReadonlyMap<string, Country> {
  byCode ??= new Map(loadCountries().map((country) => [country.cca2, country]));
  return byCode;
}
