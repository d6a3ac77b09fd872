import type { Relation, RelationEnd } from '../model/index.ts';
import { entityId } from './entity-id.ts';

/**
 * A relation whose ends are their countries already ("Russia and China condemned the seizure by U.S. forces"):
 * the relate stage writes it once, at the actor level, with no country-level copy (see gatherRelations), so a
 * country view (the graph's, the report's) takes it as it is.
 */
export function isBetweenCountries(relation: Relation): boolean {
  return isItsCountry(relation.sourceActor) && (relation.targetActor === null || isItsCountry(relation.targetActor));
}

/** A country entity: its id is the one its country's key gives (`country:RU`), as relate makes them. */
function isItsCountry(end: RelationEnd): boolean {
  return end.country !== null && end.id === entityId(`country:${end.country}`);
}
