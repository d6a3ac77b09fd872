import { countriesByCode } from '../shared/countries.ts';

/** ISO 3166-1 alpha-3 of an alpha-2 code, from the world-countries package: "US" → "USA", "RU" → "RUS"; null when unknown. */
export function alpha3Of(alpha2: string | null): string | null {
  if (!alpha2) return null;
  return countriesByCode().get(alpha2.toUpperCase())?.cca3.toUpperCase() ?? null;
}
