/**
 * The store: articles, the actors and quotes they name, stories with their current dossier, a queue of
 * jobs and the feeds watched, in one PostgreSQL database (embedded PGlite by default, a server with
 * `--db`). It reads and writes model types only; the stages that make them stay out of it.
 */
export type { Database } from './database.ts';
export { openStore, DEFAULT_DATA_FOLDER, type StoreLocation } from './open-store.ts';
export { migrate } from './migrate.ts';
export { putArticles, getArticles, storedIds } from './store-articles.ts';
export { assignToStory, storyArticleIds, storeDossier, dossierWaits, getDossier, getDossierJson, dossierWrittenAt, dirtyStories, waitingStory, listStories, storiesAround, storySizes, type StoredStory, type StoryFigures, type DossierRecord } from './stories.ts';
export { enqueueJobs, enqueueJobOnce, hasQueuedJobs, hasUnfinishedJobs, takeJobs, completeJob, failJob, extendLease, countJobs, type Job } from './jobs.ts';
export { getReadings, putReadings, unplacedArticles, countUnplaced, articleTitles, type StoredReading } from './cluster-readings.ts';
export { search, type SearchHit } from './search.ts';
export { watchFeeds, unwatchFeeds, listFeeds, dueFeeds, feedPolled, feedFailed, seenItems, markItemsSeen, type WatchedFeed } from './feeds.ts';
export { browseStories, getStoryListing, listOutlets, storeCounts, storyRelationsMatching, type StoryFilter, type StoryListing } from './browse-stories.ts';
export { getArticleView, listArticles, type ArticleView, type ArticleListing } from './browse-articles.ts';
export { listEntities, getEntityView, entityQuotes, entityIdsNamed, type EntityListing, type EntityView, type EntityQuote } from './browse-entities.ts';
