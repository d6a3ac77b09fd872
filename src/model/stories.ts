import type { Entity } from './dossier.ts';

/** The actors of a batch: one entity per actor across its articles. */
export interface LinkedEntities {
  entities: Entity[];
  /** `articleId`, `entityKey` (an annotate-stage key) → the entity's id, to point quotes, clauses and relations at it. */
  idOf: (articleId: string, entityKey: string) => string | null;
}

/** What the cluster stage reads off a batch: the stories its articles tell, and who is who across them. */
export interface Clustering {
  /**
   * Groups of article ids, largest first, each in input order: one group unless the inputs are clearly
   * several stories, which are then aligned apart. Every article is in one group (one in another language with the story it shares names, numbers and days with, or alone).
   */
  stories: string[][];
  entities: LinkedEntities;
}
