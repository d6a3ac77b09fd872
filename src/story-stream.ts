import { clusterReadings, readForClustering, type ClusterReading } from './cluster/index.ts';
import { loadLexicon } from './lexicon/index.ts';
import type { Article, FailedInput, OptionOverrides } from './model/index.ts';
import { createOptions } from './model/index.ts';
import { expandInputs } from './ingest/index.ts';
import { annotateInputs, STAGES, storyDossier, storyId, type RunSettings } from './pipeline.ts';
import {
  articleTitles, assignToStory, countUnplaced, dirtyStories, getArticles, getReadings, putArticles, putReadings, storeDossier, storiesAround, storyArticleIds, storySizes, unplacedArticles, waitingStory, type Database,
} from './store/index.ts';
import { dossierRecord } from './dossier-record.ts';

/**
 * Articles into the store, and each into a story, as they come: the stream of a newsroom rather than one
 * batch. New articles are clustered together with the stored articles of their time window, by the same
 * cluster stage a batch goes through, and join the story the window's articles of their cluster are in
 * (or start one); a cluster that holds the whole of two stories merges them. Stories that changed have
 * their dossier written again, once, from their articles as stored.
 */

/** Limits of the stream; each has a CLI option. */
export interface StreamOptions {
  /** Stored articles published this many days before or after the new ones are clustered with them. */
  windowDays: number;
  /** Most stored articles read into one window (the most recent first): a bound on time and memory. */
  maxWindowArticles: number;
  /** Articles stored per transaction. */
  batchSize: number;
  /** Inputs (files, URLs) read and stored at a time: memory holds one round's articles, not the whole run's. */
  inputsPerRound: number;
  /**
   * New articles placed together. Placing clusters the new articles with their whole window, so it waits
   * until this many are stored, or the inputs (or the queued reads) run out: 20 articles at a time into a
   * window of 2,000 would cluster the window a hundred times for what one clustering does.
   */
  placeBatch: number;
}

export const DEFAULT_STREAM_OPTIONS: Readonly<StreamOptions> = Object.freeze({ windowDays: 7, maxWindowArticles: 2000, batchSize: 50, inputsPerRound: 20, placeBatch: 1000 });

/** What one ingest did. */
export interface IngestSummary {
  read: number;
  added: number;
  /** Stories that gained articles (new ones included). */
  stories: string[];
  failed: FailedInput[];
}

/** Reads, cleans and annotates the inputs, stores the articles the store lacks, and assigns them to stories. */
export async function ingestIntoStore(
  db: Database,
  inputs: readonly string[],
  overrides: OptionOverrides = {},
  settings: RunSettings & { onStored?: (stored: number, added: number) => void } = {},
  stream: Readonly<StreamOptions> = DEFAULT_STREAM_OPTIONS,
): Promise<IngestSummary> {
  const added: string[] = [];
  let pending: Article[] = [];
  let stored = 0;
  let read = 0;
  const stories = new Set<string>();
  const flush = async () => {
    if (!pending.length) return;
    added.push(...(await putArticles(db, pending, clusterReadingOf)));
    stored += pending.length;
    pending = [];
    settings.onStored?.(stored, added.length);
  };
  // round by round: a folder of 10,000 files is read, stored and placed twenty files at a time
  const { sources, failed } = await expandInputs(inputs);
  const names = sources.map((source) => (source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '-'));
  const rounds = Math.max(1, Math.ceil(names.length / stream.inputsPerRound));
  for (let index = 0; index < rounds; index++) {
    const round = await annotateInputs(names.slice(index * stream.inputsPerRound, (index + 1) * stream.inputsPerRound), overrides, settings, async (article) => {
      pending.push(article);
      if (pending.length >= stream.batchSize) await flush();
    });
    await flush();
    failed.push(...round.failed);
    read += round.articles;
    // the articles stored since the last placing, and any an earlier ingest stored but was stopped before placing
    const due = index === rounds - 1 || (await countUnplaced(db, stream.placeBatch)) >= stream.placeBatch;
    if (due) for (const story of (await placeWaiting(db, overrides, stream)) ?? []) stories.add(story);
  }
  return { read, added: added.length, stories: [...stories], failed };
}

/** A key for PostgreSQL's advisory lock under which one process at a time places articles into stories. */
export const PLACING_LOCK = 7_284_002;

/**
 * Places every stored article in no story yet, oldest stored first, `maxWindowArticles` at a time (memory
 * holds that many new readings beside the window's), in one transaction under the placing lock: processes
 * sharing a store (ingest, watch, workers) place one at a time, so two related articles stored at once still
 * meet. Returns the ids of the stories that gained articles; without `wait`, null at once when another
 * process holds the lock.
 */
export async function placeWaiting(db: Database, overrides: OptionOverrides = {}, stream: Readonly<StreamOptions> = DEFAULT_STREAM_OPTIONS, { wait = true } = {}): Promise<string[] | null> {
  return db.transaction(async (tx) => {
    if (wait) await tx.query('SELECT pg_advisory_xact_lock($1)', [PLACING_LOCK]);
    else if (!(await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PLACING_LOCK]))[0]?.locked) return null;
    const stories = new Set<string>();
    for (;;) {
      const waiting = await unplacedArticles(tx, stream.maxWindowArticles);
      for (const story of await assignToStories(tx, waiting, overrides, stream)) stories.add(story);
      if (waiting.length < stream.maxWindowArticles) return [...stories];
    }
  });
}

/**
 * Puts newly stored articles into stories: clustered with the stored articles of their window, each cluster's
 * new articles join the story most of its stored articles are in, or start a story; another story wholly in
 * the cluster joins it too. Returns the ids of the stories that gained articles.
 */
export async function assignToStories(db: Database, newIds: readonly string[], overrides: OptionOverrides = {}, stream: Readonly<StreamOptions> = DEFAULT_STREAM_OPTIONS): Promise<string[]> {
  if (!newIds.length) return [];
  const options = createOptions(overrides);
  const fresh = new Set(newIds);
  const window = await storiesAround(db, newIds, stream.windowDays, stream.maxWindowArticles);
  const ids = [...window.keys(), ...newIds.filter((id) => !window.has(id))];
  const readings = await windowReadings(db, ids);
  const clusters = readings.length ? clusterReadings(readings, options).stories : [];
  // an article the cluster stage could not read is a story of its own
  const clustered = new Set(clusters.flat());
  for (const id of newIds) if (!clustered.has(id)) clusters.push([id]);
  const windowSizes = countBy([...window.values()]);
  // (a story with articles outside the window is not merged: what it is beyond the window was not read)
  const sizes = await storySizes(db, [...windowSizes.keys()]);
  const touched = new Set<string>();
  const placements: Array<{ target: string; moving: string[]; startedBy: string | null }> = [];
  for (const cluster of clusters) {
    const joining = cluster.filter((id) => fresh.has(id));
    if (!joining.length) continue;
    const inStories = countBy(cluster.filter((id) => window.has(id)).map((id) => window.get(id)!));
    const [target] = [...inStories.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [storyId(joining)];
    // a story every window article of which is in this cluster is the same story told again: it joins
    const merged = [...inStories.entries()].filter(([story, count]) => story !== target && count === windowSizes.get(story) && count === sizes.get(story));
    const moving = [...joining, ...merged.flatMap(([story]) => [...window.entries()].filter(([, of]) => of === story).map(([id]) => id))];
    placements.push({ target, moving, startedBy: inStories.size ? null : joining[0]! });
  }
  const titles = await articleTitles(db, placements.flatMap((placement) => (placement.startedBy ? [placement.startedBy] : [])));
  for (const { target, moving, startedBy } of placements) {
    await assignToStory(db, target, moving, startedBy ? titles.get(startedBy) ?? null : null);
    touched.add(target);
  }
  return [...touched];
}

/**
 * The cluster stage's readings of these stored articles, as the store keeps them; an article stored without
 * one (by an older version, or whose reading another Node wrote) is read again from the article, and its
 * reading kept. Articles no stage could read are left out.
 */
async function windowReadings(db: Database, ids: readonly string[]): Promise<ClusterReading[]> {
  const stored = await getReadings<ClusterReading>(db, ids);
  const missing = ids.filter((id) => stored.get(id)?.readable && !stored.get(id)!.reading);
  if (missing.length) {
    const { articles, withoutLayers } = await getArticles(db, missing);
    const again = new Set(withoutLayers);
    const lexicon = loadLexicon();
    const made = articles.map((article) => ({ id: article.id, reading: readForClustering(again.has(article.id) ? STAGES.annotate(article) : article, lexicon) }));
    await putReadings(db, made);
    for (const { id, reading } of made) stored.set(id, { readable: true, reading });
  }
  return ids.flatMap((id) => {
    const reading = stored.get(id)?.reading;
    return reading ? [reading] : [];
  });
}

/** What the cluster stage reads of an article, as ingest keeps it beside the article. */
export function clusterReadingOf(article: Article): ClusterReading {
  return readForClustering(article, loadLexicon());
}

/**
 * Writes the dossier of each story that changed since its last one (at most `limit`), from its articles as
 * stored, the longest waiting first; a story that changes meanwhile stays waiting for the next call.
 * Returns the stories written.
 */
export async function refreshDossiers(db: Database, overrides: OptionOverrides = {}, limit = Infinity): Promise<string[]> {
  const written: string[] = [];
  const tried = new Set<string>();
  for (;;) {
    // a story that changed while its dossier was written is dirty again, and waits for the next call
    const waiting = await dirtyStories(db, REFRESH_BATCH, [...tried]);
    if (!waiting.length || written.length >= limit) return written;
    for (const story of waiting.slice(0, limit - written.length)) {
      tried.add(story.id);
      if (await refreshDossier(db, story, overrides)) written.push(story.id);
    }
  }
}

/** Stories read from the store at a time while their dossiers are written. */
const REFRESH_BATCH = 20;

/** One story's dossier written again when it is waiting for it; false when it is not (or has no articles left). */
export async function refreshDossierOf(db: Database, storyId: string, overrides: OptionOverrides = {}): Promise<boolean> {
  const waiting = await waitingStory(db, storyId);
  return waiting ? refreshDossier(db, waiting, overrides) : false;
}

/** One story's dossier written from its articles as stored; false when it has none left. */
async function refreshDossier(db: Database, { id, asOf }: { id: string; asOf: string }, overrides: OptionOverrides): Promise<boolean> {
  const started = performance.now();
  const { articles, withoutLayers } = await getArticles(db, await storyArticleIds(db, id));
  // layers another Node wrote are read again from the text
  const again = new Set(withoutLayers);
  const ready = articles.map((article) => (again.has(article.id) ? STAGES.annotate(article) : article));
  if (!ready.length) return false;
  const dossier = storyDossier(ready, overrides);
  await storeDossier(db, id, dossierRecord(dossier), asOf, (performance.now() - started) / 1000);
  return true;
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
