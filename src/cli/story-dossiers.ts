import { summarizeStory } from '../align/index.ts';
import type { Dossier } from '../model/index.ts';
import { entitiesOfStory, failuresOfStory } from '../shared/cut-to-story.ts';

/** One story of a batch, as a dossier of its own, with where it stands among the others. */
export interface StoryDossier {
  /** 1 for the largest story (the cluster stage orders them largest first). */
  number: number;
  dossier: Dossier;
}

/**
 * The batch dossier cut along its stories (`story.stories`, groups of article ids): each story's articles
 * and what was found among them, its own summary and counts. Nothing is aligned across stories, so each
 * fact, conflict, omission and timeline entry belongs to one. An actor named in several stories is in each,
 * with the articles of that story. Inputs that could not be read belong to no story: the index names them.
 */
export function splitIntoStories(batch: Dossier): StoryDossier[] {
  return batch.story.stories.map((group, index) => ({ number: index + 1, dossier: storyDossier(batch, new Set(group)) }));
}

/** The articles of the batch in no story: articles that failed before the cluster stage. */
export function articlesInNoStory(batch: Dossier): Dossier['articles'] {
  const grouped = new Set(batch.story.stories.flat());
  return batch.articles.filter((article) => !grouped.has(article.id));
}

function storyDossier(batch: Dossier, ids: ReadonlySet<string>): Dossier {
  const has = (id: string) => ids.has(id);
  const articles = batch.articles.filter((article) => has(article.id));
  return {
    schemaVersion: batch.schemaVersion,
    story: summarizeStory(articles, [[...ids]]),
    articles,
    failed: failuresOfStory(batch.failed, articles),
    entities: entitiesOfStory(batch.entities, ids),
    quotes: batch.quotes.filter((quote) => has(quote.articleId)),
    facts: batch.facts.filter((fact) => fact.articles.some(has)),
    singleSource: batch.singleSource.filter((claim) => has(claim.articleId)),
    omissions: batch.omissions.filter((omission) => has(omission.articleId)),
    conflicts: batch.conflicts.filter((conflict) => conflict.values.some((value) => value.articles.some(has))),
    quoteVariants: batch.quoteVariants.filter((variant) => variant.wordings.some((wording) => has(wording.articleId))),
    timeline: batch.timeline.filter((entry) => entry.articles.some(has)),
    framing: batch.framing.filter((framing) => has(framing.articleId)),
    relations: batch.relations
      .filter((relation) => relation.articles.some(has))
      .map((relation) => ({ ...relation, articles: relation.articles.filter(has), evidence: relation.evidence.filter((item) => has(item.articleId)) })),
  };
}
