import { loadLexicon } from '../lexicon/index.ts';
import type { Article, Clustering, Options } from '../model/index.ts';
import { findStories } from './find-stories.ts';
import { mergeEntities } from './merge-entities.ts';

/**
 * The cluster stage, across the articles of a batch, in order: who is who (one entity per actor, article
 * keys merged by name and surname), then which articles tell one story (linked by their heaviest terms,
 * actors included; groups kept apart only when clearly apart). Align then aligns one story at a time.
 */
export function clusterStories(articles: readonly Article[], options: Readonly<Options>): Clustering {
  const entities = mergeEntities(articles);
  const stories = findStories(articles, entities, loadLexicon(), options.cluster);
  return { stories, entities };
}
