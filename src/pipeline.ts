import { alignStories, type RereadWithDate } from './align/index.ts';
import { annotateArticle } from './annotate/index.ts';
import { cleanRawArticle, collapseDuplicates } from './clean/index.ts';
import { clusterStories } from './cluster/index.ts';
import { readArticlesFromBytes, readInputs } from './ingest/index.ts';
import type { Article, Clustering, Dossier, FailedInput, Message, OptionOverrides, Options, RawArticle, Stage } from './model/index.ts';
import { createOptions, SCHEMA_VERSION } from './model/index.ts';
import { relateActors } from './relate/index.ts';
import { describeError } from './shared/describe-error.ts';

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

/** Where a run stands: `done` of `total` items of a stage; `item` names the article or input, or what a one-step stage works on ("412 articles"). */
export type StageProgress = (stage: Stage, done: number, total: number, item: string) => void;

export interface RunSettings {
  /** Called after each input is read: for a progress bar. */
  onProgress?: (done: number, total: number, source: string) => void;
  /** Called as each later stage goes: after each article of clean and annotate, before and after cluster, align and relate. */
  onStage?: StageProgress;
  stages?: Readonly<Stages>;
}

/**
 * The whole job, stage by stage: ingest → clean (duplicates collapsed) → annotate → cluster → align →
 * relate; the report stage renders the dossier it returns. Each article goes through clean and annotate
 * on its own, and align takes one story at a time: an exception in one becomes a fatal message on that
 * article and an entry in `failed[]`, and the rest of the batch goes on.
 */
export async function analyzeStory(inputs: readonly string[], overrides: OptionOverrides = {}, { onProgress, onStage = () => {}, stages = STAGES }: RunSettings = {}): Promise<Dossier> {
  const options = createOptions(overrides);
  const { articles: raws, failed } = await readInputs(inputs, options.ingest, onProgress);
  const cleaned = collapseDuplicates(eachArticle('clean', raws, (raw) => stages.clean(raw, options), failed, () => null, onStage));
  const annotated = eachArticle('annotate', cleaned, stages.annotate, failed, (article, fatal) => ({ ...article, messages: [...article.messages, fatal] }), onStage);
  const readable = annotated.filter((article) => !article.messages.some((message) => message.severity === 'fatal'));
  const clustering = oneStep('cluster', `${readable.length} articles`, onStage, () => clusterReadable(readable, options, stages, failed));
  const alignment = oneStep('align', `${clustering.stories.length} ${clustering.stories.length === 1 ? 'story' : 'stories'}`, onStage, () =>
    stages.align(annotated, clustering, options.align, rereadWithDate(stages.annotate)),
  );
  const relations = oneStep('relate', `${alignment.articles.length} articles`, onStage, () => stages.relate(alignment.articles, clustering.entities.entities));
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
    relations,
  };
}

/** One article, cleaned. The first article of a multi-article input (`triangulate extract` prints them all with --all: extractArticles). */
export async function extractArticle(input: string, overrides: OptionOverrides = {}): Promise<{ article: Article | null; failed: FailedInput[] }> {
  const options = createOptions(overrides);
  const { articles: raws, failed } = await readInputs([input], options.ingest);
  const first = raws[0];
  return { article: first ? cleanRawArticle(first, options.clean) : null, failed };
}

/**
 * Every article an input holds (a folder, a JSON array, JSON Lines, a feed), each cleaned: what `triangulate
 * extract --all` prints. With `all` false, an input of several articles comes back uncleaned and empty, with
 * `found` saying how many it holds (extract without --all refuses it).
 */
export async function extractArticles(
  input: string,
  overrides: OptionOverrides = {},
  { onProgress, onStage = () => {} }: RunSettings = {},
  all = true,
): Promise<{ articles: Article[]; failed: FailedInput[]; found: number }> {
  const options = createOptions(overrides);
  const { articles: raws, failed } = await readInputs([input], options.ingest, onProgress);
  if (raws.length > 1 && !all) return { articles: [], failed, found: raws.length };
  return { articles: eachArticle('clean', raws, (raw) => cleanRawArticle(raw, options.clean), failed, () => null, onStage), failed, found: raws.length };
}

/** Ingest and clean bytes already in hand (benchmarks call this on pages they hold in memory). */
export async function extractArticleFromBytes(source: string, bytes: Uint8Array, overrides: OptionOverrides = {}): Promise<Article | FailedInput> {
  const options = createOptions(overrides);
  const reading = await readArticlesFromBytes(bytes, source, { contentType: null, url: null }, options.ingest);
  const first = reading.articles[0];
  return first ? cleanRawArticle(first, options.clean) : reading.failed[0] ?? { source, reason: 'no article found' };
}

/**
 * A per-article stage over the batch: an item whose step throws is named in `failed`, and `keepFailed`
 * says what of it stays, given the fatal message (an article as it was; nothing of a raw input clean
 * cannot read).
 */
function eachArticle<T extends { source: string }>(
  stage: Stage,
  items: readonly T[],
  step: (item: T) => Article,
  failed: FailedInput[],
  keepFailed: (item: T, fatal: Message) => Article | null,
  onStage: StageProgress,
): Article[] {
  return items.flatMap((item, index) => {
    try {
      return [step(item)];
    } catch (error) {
      const reason = `${stage} failed: ${describeError(error)}`;
      failed.push({ source: item.source, reason });
      const kept = keepFailed(item, fatal(stage, reason));
      return kept ? [kept] : [];
    } finally {
      onStage(stage, index + 1, items.length, item.source);
    }
  });
}

/** A stage that runs in one call over the batch (cluster, align, relate): its progress is its start and its end. */
function oneStep<T>(stage: Stage, item: string, onStage: StageProgress, run: () => T): T {
  onStage(stage, 0, 1, item);
  const result = run();
  onStage(stage, 1, 1, item);
  return result;
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

/**
 * An article its story dates, read again by annotate with that date: annotate's own messages give way to
 * the ones it writes anew, after the message that says why the date was given.
 */
export function rereadWithDate(annotate: Stages['annotate']): RereadWithDate {
  return (article, published, message) => {
    const before = article.messages.filter((earlier) => !earlier.origin.startsWith('annotate:'));
    return annotate({ ...article, published, publishedFrom: 'inferred', messages: [...before, message] });
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

function fatal(stage: Stage, reason: string): Message {
  return { severity: 'fatal', origin: `${stage}:failed`, reason };
}
