import type { Article, Entity, LinkedEntities, Relation } from '../model/index.ts';
import type { GroupActors } from './clause-actors.ts';
import { gatherRelations } from './gather-relations.ts';
import { loadPloverLexicon } from './plover-lexicon.ts';
import { readArticleRelations } from './read-article-relations.ts';

/** What the relate stage adds to a dossier: the relations, and the actors they name that the story's entities lack (countries, groups of people). */
export interface RelatedActors {
  relations: Relation[];
  actors: Entity[];
}

/**
 * The relate stage: who supports, pressures, sanctions or meets whom, as PLOVER-coded relations with
 * their evidence. Each clause of annotate is read for an act of the PLOVER lexicon (data/plover-relations.json)
 * — a verb, a noun ("the seizure of the tanker by ...") or a phrase ("expressed solidarity with") — and its
 * actors; the relations are then gathered across articles, at the level of the actors and of their countries.
 */
export function relateActors(articles: readonly Article[], entities: LinkedEntities): RelatedActors {
  const lexicon = loadPloverLexicon();
  // an article a stage before failed on (its story could not be aligned) has nothing to read
  const readable = articles.filter((article) => !article.messages.some((message) => message.severity === 'fatal'));
  const groups: GroupActors = new Map();
  const read = readable.flatMap((article) => readArticleRelations(article, entities, lexicon, groups));
  const { relations, countries } = gatherRelations(read, articles, [...entities.entities, ...groups.values()]);
  return { relations, actors: [...groups.values(), ...countries] };
}
