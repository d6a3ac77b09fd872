import { createHash } from 'node:crypto';

/** Ids already hashed: `idOf` is asked once per mention and clause term, a 4 MB article some 200,000 times. */
const entityIds = new Map<string, string>();
/** Ids kept at most: a long-running process that meets new names all day does not keep them all. */
const MAX_KEPT_IDS = 100_000;

/** The id of the entity an annotate key names (`country:RU`, `person:Vladimir Putin`): the same in every story and batch. */
export function entityId(key: string): string {
  let id = entityIds.get(key);
  if (id === undefined) {
    id = `e${createHash('sha1').update(key).digest('hex').slice(0, 10)}`;
    if (entityIds.size >= MAX_KEPT_IDS) entityIds.clear();
    entityIds.set(key, id);
  }
  return id;
}
