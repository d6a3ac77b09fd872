import { alignStories, type RereadWithDate } from './align/index.ts';
import { annotateArticle } from './annotate/index.ts';
import { cleanRawArticle, collapseDuplicates } from './clean/index.ts';
import { clusterStories } from './cluster/index.ts';
import { readArticlesFromBytes, readInputs } from './ingest/index.ts';
import type { Article, Clustering, Dossier, FailedInput, Message, OptionOverrides, Options, RawArticle, Stage } from './model/index.ts';
import { createOptions, SCHEMA_VERSION } from './model/index.ts';
import { relateActors } from './relate/index.ts';

/** The stages, each by its public face: a test may hand the pipeline one that fails on purpose. */
export interface Stages {
  clean: (raw: RawArticle, options: Readonly<Options>) => Article;
  annotate: (article: Article) => Article;
  cluster: (articles: readonly Article[], options: Readonly<Options>) => Clustering;
  align: typeof alignStories;
  relate: typeof relateActors;
}

export const STAGES: Readonly<Stages> = Object.freeze({
  clean: (raw: RawArticle, options: Readonly<Options>) => cleanRawArticle(raw, options.clean),
  annotate: annotateArticle,
  cluster: clusterStories,
  align: alignStories,
  relate: relateActors,
});

export interface RunSettings {
  /** Called after each input is read: for a progress bar. */
  onProgress?: (done: number, total: number, source: string) => void;
  stages?: Readonly<Stages>;
}

/**
 * The whole job, stage by stage: ingest → clean (duplicates collapsed) → annotate → cluster → align →
 * relate; the report stage renders the dossier it returns. Each article goes through clean and annotate
 * on its own, and align takes one story at a time: an exception in one becomes a fatal message on that
 * article and an entry in `failed[]`, and the rest of the batch goes on.
 */
export async function analyzeStory(inputs: readonly string[], overrides: OptionOverrides = {}, { onProgress, stages = STAGES }: RunSettings = {}): Promise<Dossier> {
  const options = createOptions(overrides);
  const { articles: raws, failed } = await readInputs(inputs, options.ingest, onProgress);
  const cleaned = collapseDuplicates(eachArticle('clean', raws, (raw) => stages.clean(raw, options), failed));
  const annotated = eachArticle('annotate', cleaned, stages.annotate, failed);
  const readable = annotated.filter((article) => !article.messages.some((message) => message.severity === 'fatal'));
  const clustering = clusterReadable(readable, options, stages, failed);
  const alignment = stages.align(annotated, clustering, options.align, rereadWith(cleaned, stages.annotate));
  return {
    schemaVersion: SCHEMA_VERSION,
    story: alignment.story,
    articles: alignment.articles,
    failed: [...failed, ...alignment.failed],
    entities: clustering.entities.entities,
    quotes: alignment.quotes,
    facts: alignment.facts,
    singleSource: alignment.singleSource,
    omissions: alignment.omissions,
    conflicts: alignment.conflicts,
    quoteVariants: alignment.quoteVariants,
    timeline: alignment.timeline,
    framing: alignment.framing,
    relations: stages.relate(alignment.articles, clustering.entities.entities),
  };
}

/** One article, cleaned: what `triangulate extract` prints. The first article of a multi-article input. */
export async function extractArticle(input: string, overrides: OptionOverrides = {}): Promise<{ article: Article | null; failed: FailedInput[] }> {
  const options = createOptions(overrides);
  const { articles: raws, failed } = await readInputs([input], options.ingest);
  const first = raws[0];
  return { article: first ? cleanRawArticle(first, options.clean) : null, failed };
}

/** Ingest and clean bytes already in hand (benchmarks call this on pages they hold in memory). */
export async function extractArticleFromBytes(source: string, bytes: Uint8Array, overrides: OptionOverrides = {}): Promise<Article | FailedInput> {
  const options = createOptions(overrides);
  const reading = await readArticlesFromBytes(bytes, source, { contentType: null, url: null }, options.ingest);
  const first = reading.articles[0];
  return first ? cleanRawArticle(first, options.clean) : reading.failed[0] ?? { source, reason: 'no article found' };
}

/**
 * A per-article stage over the batch: an article whose step throws keeps what it had, with a fatal
 * message, and is named in `failed`; an article that failed before passes through untouched.
 */
function eachArticle<T extends { source: string }>(stage: Stage, items: readonly T[], step: (item: T) => Article, failed: FailedInput[]): Article[] {
  return items.flatMap((item) => {
    if (isArticle(item) && item.messages.some((message) => message.severity === 'fatal')) return [item];
    try {
      return [step(item)];
    } catch (error) {
      const reason = `${stage} failed: ${describeError(error)}`;
      failed.push({ source: item.source, reason });
      if (!isArticle(item)) return []; // a raw input that cannot be cleaned has no article to keep
      return [{ ...item, messages: [...item.messages, fatal(stage, reason)] }];
    }
  });
}

/**
 * The cluster stage over the articles that came through annotate. When it throws, the articles that
 * make it throw on their own are set aside (a fatal message each, named in `failed`) and the rest are
 * clustered again.
 */
function clusterReadable(articles: Article[], options: Readonly<Options>, stages: Readonly<Stages>, failed: FailedInput[]): Clustering {
  try {
    return stages.cluster(articles, options);
  } catch (error) {
    const culprits = new Set(articles.filter((article) => throwsAlone(() => stages.cluster([article], options))).map((article) => article.id));
    for (const article of articles) {
      if (!culprits.has(article.id) && culprits.size) continue;
      const reason = `cluster failed: ${describeError(error)}`;
      failed.push({ source: article.source, reason });
      article.messages.push(fatal('cluster', reason));
    }
    return culprits.size ? clusterReadable(articles.filter((article) => !culprits.has(article.id)), options, stages, failed) : { stories: [], entities: { entities: [], idOf: () => null } };
  }
}

/** An article dated by its story, read again by annotate from its cleaned text with that date. */
function rereadWith(cleaned: readonly Article[], annotate: Stages['annotate']): RereadWithDate {
  const byId = new Map(cleaned.map((article) => [article.id, article]));
  return (article, published, message) => {
    const before = byId.get(article.id)!;
    return annotate({ ...before, published, publishedFrom: 'inferred', messages: [...before.messages, message] });
  };
}

function throwsAlone(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}

function isArticle(item: unknown): item is Article {
  return typeof item === 'object' && item !== null && 'offsetMap' in item;
}

function fatal(stage: Stage, reason: string): Message {
  return { severity: 'fatal', origin: `${stage}:failed`, reason };
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
