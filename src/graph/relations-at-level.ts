import type { Relation, RelationLevel } from '../model/index.ts';
import { isBetweenCountries } from '../shared/relation-ends.ts';

/**
 * Whether a relation belongs to the graph at a level. The relate stage writes a relation at the `country`
 * level only where it differs from the actors' ("Putin called Maduro" is also Russia → Venezuela), not where
 * the actors are their countries already. So the country graph takes the country-level relations, and the
 * actor-level ones between countries.
 */
export function isAtLevel(relation: Relation, level: RelationLevel): boolean {
  if (relation.level === level) return true;
  return level === 'country' && isBetweenCountries(relation);
}
