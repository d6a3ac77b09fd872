import type { Relation, RelationLevel } from '../model/index.ts';
import { independentSourceKey } from '../shared/independent-source.ts';
import type { ArticleFacts, StoryRelations } from './actor-graph.ts';
import { isAtLevel } from './relations-at-level.ts';

/** An article of the batch with the number of its story (1 for the first). */
export interface ArticleInStory {
  article: ArticleFacts;
  story: number;
}

/** Every article of the batch by id, across stories. */
export function indexArticles(stories: readonly StoryRelations[]): Map<string, ArticleInStory> {
  const index = new Map<string, ArticleInStory>();
  stories.forEach((story, position) => {
    for (const article of story.articles) index.set(article.id, { article, story: position + 1 });
  });
  return index;
}

/**
 * How to tell the independent source an article counts as in the whole batch: its story's source (see
 * independentSourceKey), taken in the story of the article it copies. Weights add up over stories (an outlet
 * that reports an act in two stories counts in each), but a copy never adds to the story of its original a
 * second time, nor counts again in another story it was placed in.
 */
export function createSourceKeys(index: ReadonlyMap<string, ArticleInStory>): (articleId: string) => string {
  const facts = new Map([...index].map(([id, entry]) => [id, entry.article] as const));
  return (articleId) => sourceKeyIn(articleId, index, facts);
}

function sourceKeyIn(articleId: string, index: ReadonlyMap<string, ArticleInStory>, facts: ReadonlyMap<string, ArticleFacts>): string {
  const original = index.get(articleId)?.article.kinship?.copyOf ?? articleId;
  const story = index.get(original)?.story ?? index.get(articleId)?.story ?? 0;
  return `${story}|${independentSourceKey(articleId, facts)}`;
}

/** The batch's relations at one level (see isAtLevel), each with the number of its story, in story order. */
export function* relationsAt(stories: readonly StoryRelations[], level: RelationLevel): Generator<{ story: number; relation: Relation }> {
  for (const [position, story] of stories.entries()) {
    for (const relation of story.relations) if (isAtLevel(relation, level)) yield { story: position + 1, relation };
  }
}
