import type { Article, Entity, FailedInput } from '../model/index.ts';

/** The batch's entities a story's articles name, each with those articles only: an actor of several stories is in each. */
export function entitiesOfStory(entities: readonly Entity[], ids: ReadonlySet<string>): Entity[] {
  return entities
    .filter((entity) => entity.articles.some((id) => ids.has(id)))
    .map((entity) => ({ ...entity, articles: entity.articles.filter((id) => ids.has(id)) }));
}

/** The batch's failures that came from a story's articles or from the copies collapsed into them. */
export function failuresOfStory(failed: readonly FailedInput[], articles: readonly Pick<Article, 'source' | 'copies'>[]): FailedInput[] {
  const sources = new Set(articles.flatMap((article) => [article.source, ...article.copies]));
  return failed.filter((failure) => sources.has(failure.source));
}
