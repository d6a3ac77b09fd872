import { loadCountries } from '../shared/countries.ts';

let alpha3ByAlpha2: Map<string, string> | undefined;

/** ISO 3166-1 alpha-3 of an alpha-2 code, from the world-countries package: "US" → "USA", "RU" → "RUS"; null when unknown. */
export function alpha3Of(alpha2: string | null): string | null {
  if (!alpha2) return null;
  alpha3ByAlpha2 ??= new Map(loadCountries().map((country) => [country.cca2.toUpperCase(), country.cca3.toUpperCase()]));
  return alpha3ByAlpha2.get(alpha2.toUpperCase()) ?? null;
}
