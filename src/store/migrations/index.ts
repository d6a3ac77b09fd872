import { sql as articlesStoriesJobs } from './0001-articles-stories-jobs.ts';
import { sql as feedItems } from './0002-feed-items.ts';
import { sql as clusterReadings } from './0003-cluster-readings.ts';
import { sql as dossierFiles } from './0004-dossier-files.ts';

/** A change of the schema, applied once, in order of `version`; a store records the versions it has. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. A new one goes at the end with the next version; none is ever edited once released. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'articles, entities, quotes, stories, jobs, feeds', sql: articlesStoriesJobs },
  { version: 2, name: 'the items of watched feeds', sql: feedItems },
  { version: 3, name: 'the cluster stage\'s reading of each article, which wait to be placed, and what each dossier cost', sql: clusterReadings },
  { version: 4, name: 'dossiers kept as the JSON text analyze writes, compressed, with the figures the story list shows and the relations the graph reads', sql: dossierFiles },
];
