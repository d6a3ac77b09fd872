import { loadLexicon } from '../lexicon/index.ts';
import type { Article, Clustering, Options } from '../model/index.ts';
import { anchorNames } from './anchor-names.ts';
import { articleVectors, findStories } from './find-stories.ts';
import { findParticipantClashes } from './find-participant-clashes.ts';
import { linkStatements } from './link-statements.ts';
import { mergeEntities } from './merge-entities.ts';
import { placeUnreadArticles } from './place-unread-articles.ts';
import { readAnchors } from './read-anchors.ts';
import { readForClustering, type ClusterReading } from './read-for-clustering.ts';
import { splitEvents } from './split-events.ts';

/**
 * The cluster stage, across the articles of a batch, in order: who is who (one entity per actor, article
 * keys merged by name and surname); which articles tell one story (each joining the group whose heaviest
 * terms, actors included, it shares most; groups kept apart only when clearly apart); within each, which tell one event (two
 * earthquakes read alike, but their names, places, numbers and dates hardly meet; two arrests of one
 * team's players name different men arrested), read story by story so that what the split holds
 * follows the largest story, not the batch; then the articles
 * in another language, with the story whose names, numbers and days they share, or alone. Every article
 * is in one story. Align then aligns one story at a time.
 */
export function clusterStories(articles: readonly Article[], options: Readonly<Options>): Clustering {
  const lexicon = loadLexicon();
  return clusterReadings(articles.map((article) => readForClustering(article, lexicon)), options);
}

/** The cluster stage over the readings of a batch's articles (see readForClustering), in input order: what clusterStories does once each article is read. */
export function clusterReadings(articles: readonly ClusterReading[], options: Readonly<Options>): Clustering {
  const entities = mergeEntities(articles);
  // one article whose clauses were not kept (alone in its batch, see readForClustering) is one story
  if (articles.length === 1 && !articles[0]!.clauses.length) return { stories: [[articles[0]!.id]], entities };
  const sameName = anchorNames(entities.entities);
  const lexicon = loadLexicon();
  const words = articleVectors(articles, entities, lexicon);
  const readingOf = new Map(articles.map((article) => [article.id, article]));
  // what splits a story into events is read story by story: what one story's articles say of each other,
  // held while that story is split, so that memory follows the largest story rather than the batch
  const events = findStories(articles, entities, lexicon, options.cluster, words).flatMap((story) => {
    const readings = story.map((id) => readingOf.get(id)!);
    return splitEvents(story, {
      anchorsOf: new Map(readings.map((article) => [article.id, readAnchors(article, entities, sameName)])),
      publishedOf: new Map(readings.map((article) => [article.id, article.published])),
      toldOf: linkStatements(readings, entities, lexicon),
      clashesOf: findParticipantClashes(readings, entities, sameName),
      wordsOf: words,
    });
  });
  const unread = articles.filter((article) => !article.read);
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const stories = placeUnreadArticles(events, unread, (id) => readingOf.get(id)!.marks)
    .map((story) => story.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  return { stories, entities };
}

export { readForClustering, type ClusterReading } from './read-for-clustering.ts';
export { mergeEntities } from './merge-entities.ts';
export { cutLargeStories, type StoryToAlign } from './cut-large-stories.ts';
