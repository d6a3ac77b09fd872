import type { Article, Entity, Relation } from '../model/index.ts';

/**
 * The relate stage: who supports, pressures, sanctions or meets whom, as PLOVER-coded relations with
 * their evidence. It reads the linked entities of the annotate stage, which the annotate issue brings;
 * with no linked actors there is nothing to relate yet, so the dossier's `relations` stay empty.
 */
export function relateActors(articles: readonly Article[], entities: readonly Entity[]): Relation[] {
  void articles;
  void entities;
  return [];
}
