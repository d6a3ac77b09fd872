import type { Relation, RelationEnd, RelationLevel } from '../model/index.ts';
import { entityId } from '../shared/entity-id.ts';

/**
 * Whether a relation belongs to the graph at a level. The relate stage writes a relation at the `country`
 * level only where it differs from the actors' ("Putin called Maduro" is also Russia → Venezuela), not where
 * the actors are their countries already ("Russia and China condemned the seizure by U.S. forces" is at the
 * actor level only: see gatherRelations). So the country graph takes the country-level relations, and the
 * actor-level ones whose ends are country entities themselves.
 */
export function isAtLevel(relation: Relation, level: RelationLevel): boolean {
  if (relation.level === level) return true;
  return level === 'country' && isItsCountry(relation.sourceActor) && (relation.targetActor === null || isItsCountry(relation.targetActor));
}

/** A country entity: its id is the one its country's key gives (`country:RU`), as relate makes them. */
function isItsCountry(end: RelationEnd): boolean {
  return end.country !== null && end.id === entityId(`country:${end.country}`);
}
