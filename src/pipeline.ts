import { createHash } from 'node:crypto';
import { alignStories, type Alignment, type RereadWithDate } from './align/index.ts';
import { annotateArticle } from './annotate/index.ts';
import { cleanRawArticle, collapseDuplicates } from './clean/index.ts';
import { clusterReadings, cutLargeStories, mergeEntities, readForClustering, type ClusterReading } from './cluster/index.ts';
import { loadLexicon } from './lexicon/index.ts';
import { readArticlesFromBytes, readInputs } from './ingest/index.ts';
import type { Article, Clustering, Dossier, Entity, FailedInput, Message, OptionOverrides, Options, RawArticle, Relation, Stage } from './model/index.ts';
import { createOptions, SCHEMA_VERSION } from './model/index.ts';
import { relateActors, type RelatedActors } from './relate/index.ts';
import { describeError } from './shared/describe-error.ts';
import { entitiesOfStory, failuresOfStory } from './shared/cut-to-story.ts';
import { SpillStore } from './shared/spill-store.ts';

/** The stages, each by its public face: a test may hand the pipeline one that fails on purpose. */
export interface Stages {
  clean: (raw: RawArticle, options: Readonly<Options>) => Article;
  annotate: (article: Article) => Article;
  /** The cluster stage's reading of one article, taken right after annotate (see readForClustering); `alone` when the batch holds no other. */
  readForCluster: (article: Article, alone: boolean) => ClusterReading;
  cluster: (readings: readonly ClusterReading[], options: Readonly<Options>) => Clustering;
  align: typeof alignStories;
  relate: typeof relateActors;
}

export const STAGES: Readonly<Stages> = Object.freeze({
  clean: (raw: RawArticle, options: Readonly<Options>) => cleanRawArticle(raw, options.clean),
  annotate: annotateArticle,
  readForCluster: (article: Article, alone: boolean) => readForClustering(article, loadLexicon(), { alone }),
  cluster: clusterReadings,
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
 * article and an entry in `failed[]`, and the rest of the batch goes on. The dossier holds the whole
 * batch (`story.stories` says which articles tell which story); analyzeEachStory hands one story at a
 * time instead, for batches too big to hold.
 */
export async function analyzeStory(inputs: readonly string[], overrides: OptionOverrides = {}, settings: RunSettings = {}): Promise<Dossier> {
  const options = createOptions(overrides);
  const { onStage = () => {}, stages = STAGES } = settings;
  // every article is aligned at once: none waits on disk
  const batch = await clusterBatch(inputs, options, settings, Infinity);
  try {
    const { clustering, failed } = batch;
    const annotated = batch.order.map((id) => batch.store.get(id)!);
    const alignment = oneStep('align', `${clustering.stories.length} ${clustering.stories.length === 1 ? 'story' : 'stories'}`, onStage, () =>
      stages.align(annotated, clustering, options.align, rereadWithDate(stages.annotate)),
    );
    const related = oneStep('relate', `${alignment.articles.length} articles`, onStage, () => stages.relate(alignment.articles, clustering.entities));
    const cuts = batch.cuts.filter((cut): cut is Message => cut !== null);
    return toDossier(alignment, failed, clustering.entities.entities, related, cuts);
  } finally {
    batch.store.close();
  }
}

/** A batch as analyzeEachStory leaves it, once every story was handed on: what an index of its stories says beside them. */
export interface BatchOutline {
  schemaVersion: string;
  /** Articles read, in a story or not. */
  articles: number;
  stories: number;
  /** Articles that failed before the cluster stage: read, but in no story. */
  inNoStory: Array<Pick<Article, 'id' | 'source'>>;
  /** Every input or article that failed, at any stage. */
  failed: FailedInput[];
}

/** One story of a batch as analyzeEachStory hands it on: its number (1 for the largest), how many there are, and its dossier. */
export interface NumberedStory {
  number: number;
  count: number;
  dossier: Dossier;
}

/**
 * The job of analyzeStory for a batch of any size: each story's dossier is made and handed to `onStory`
 * (which writes it) one story at a time, and let go before the next. Memory holds the cluster stage's
 * readings of the batch, at most `batch.holdArticles` annotated articles (the others wait in a
 * temporary file) and the story at hand. Each story's dossier is the one analyzeStory's dossier gives
 * that story (see splitIntoStories), its framing read among the story's articles alone.
 */
export async function analyzeEachStory(
  inputs: readonly string[],
  overrides: OptionOverrides,
  settings: RunSettings,
  onStory: (story: NumberedStory) => Promise<void>,
): Promise<BatchOutline> {
  const options = createOptions(overrides);
  const { onStage = () => {}, stages = STAGES } = settings;
  const batch = await clusterBatch(inputs, options, settings, options.batch.holdArticles);
  try {
    const { clustering } = batch;
    const failed = [...batch.failed];
    const count = clustering.stories.length;
    for (const [index, ids] of clustering.stories.entries()) {
      onStage('align', index, count, `story ${index + 1} of ${count} (${ids.length} ${ids.length === 1 ? 'article' : 'articles'})`);
      const articles = ids.map((id) => batch.store.get(id)!);
      const alignment = stages.align(articles, { stories: [ids], entities: clustering.entities }, options.align, rereadWithDate(stages.annotate));
      const entities = entitiesOfStory(clustering.entities.entities, new Set(ids));
      const cut = batch.cuts[index];
      const related = stages.relate(alignment.articles, { entities, idOf: clustering.entities.idOf });
      const dossier = toDossier(alignment, failuresOfStory(batch.failed, articles), entities, related, cut ? [cut] : []);
      failed.push(...alignment.failed);
      await onStory({ number: index + 1, count, dossier });
      for (const id of ids) batch.store.forget(id);
    }
    onStage('align', count, count, `${count} ${count === 1 ? 'story' : 'stories'}`);
    const grouped = new Set(clustering.stories.flat());
    const inNoStory = batch.order.filter((id) => !grouped.has(id)).map((id) => ({ id, source: batch.store.get(id)!.source }));
    return { schemaVersion: SCHEMA_VERSION, articles: batch.order.length, stories: count, inNoStory, failed };
  } finally {
    batch.store.close();
  }
}

/**
 * The dossier of what align found, with the failures before it, the entities and the relations that
 * belong to its articles, and `notes` on the story (a cut story's warning) before align's own.
 */
function toDossier(alignment: Alignment, failedBefore: readonly FailedInput[], entities: Entity[], related: RelatedActors, notes: readonly Message[]): Dossier {
  return {
    schemaVersion: SCHEMA_VERSION,
    story: notes.length ? { ...alignment.story, messages: [...notes, ...alignment.story.messages] } : alignment.story,
    articles: alignment.articles,
    failed: [...failedBefore, ...alignment.failed],
    entities: related.actors.length ? [...entities, ...related.actors] : entities,
    quotes: alignment.quotes,
    facts: alignment.facts,
    singleSource: alignment.singleSource,
    omissions: alignment.omissions,
    conflicts: alignment.conflicts,
    quoteVariants: alignment.quoteVariants,
    timeline: alignment.timeline,
    framing: alignment.framing,
    relations: related.relations,
  };
}

/** The stories of a batch as `triangulate cluster` prints them: each its articles by source, the largest first, with a title. */
export interface ClusteredInputs {
  stories: Array<{ id: string; title: string | null; articles: string[] }>;
  failed: FailedInput[];
  articles: number;
}

/**
 * Ingest, clean, annotate and cluster a batch, and stop there: which articles tell which story (by event),
 * without aligning them. A story's id is stable for the same articles; its title is its first article's.
 */
export async function clusterInputs(inputs: readonly string[], overrides: OptionOverrides = {}, settings: RunSettings = {}): Promise<ClusteredInputs> {
  const options = createOptions(overrides);
  const batch = await clusterBatch(inputs, options, settings, options.batch.holdArticles);
  try {
    const stories = batch.clustering.stories.map((ids) => {
      const articles = ids.map((id) => batch.store.get(id)!);
      return { id: storyId(ids), title: articles.find((article) => article.title)?.title ?? null, articles: articles.map((article) => article.source) };
    });
    return { stories, failed: batch.failed, articles: batch.order.length };
  } finally {
    batch.store.close();
  }
}

/** A story's id from its articles': the same articles, the same id, whatever their order. */
export function storyId(articleIds: readonly string[]): string {
  return `s${createHash('sha1').update([...articleIds].sort().join('\n')).digest('hex').slice(0, 12)}`;
}

/**
 * Ingest, clean and annotate (duplicates collapsed), each annotated article handed to `onArticle` as it is
 * made and let go: what a store keeps. Failures are named in the result and the rest go on.
 */
export async function annotateInputs(
  inputs: readonly string[],
  overrides: OptionOverrides,
  settings: RunSettings,
  onArticle: (article: Article) => Promise<void>,
): Promise<{ failed: FailedInput[]; articles: number }> {
  const options = createOptions(overrides);
  const { onProgress, onStage = () => {}, stages = STAGES } = settings;
  const read = await readInputs(inputs, options.ingest, onProgress);
  const failed = read.failed;
  const cleaned: Array<Article | null> = collapseDuplicates(cleanEach(read.articles, options, stages, failed, onStage));
  let count = 0;
  for (let index = 0; index < cleaned.length; index++) {
    const article = cleaned[index]!;
    cleaned[index] = null;
    const annotated = stepArticle('annotate', article, stages.annotate, failed, withMessage)!;
    onStage('annotate', index + 1, cleaned.length, article.source);
    await onArticle(annotated);
    count++;
  }
  return { failed, articles: count };
}

/**
 * One story's dossier from its annotated articles (a store's, read back): who is who among them, then
 * align and relate, as analyzeEachStory makes each story's.
 */
export function storyDossier(articles: readonly Article[], overrides: OptionOverrides = {}, stages: Readonly<Stages> = STAGES): Dossier {
  const options = createOptions(overrides);
  const readable = articles.filter((article) => !article.messages.some((message) => message.severity === 'fatal'));
  const entitiesOf = mergeEntities(readable);
  const ids = articles.map((article) => article.id);
  const alignment = stages.align(articles, { stories: [ids], entities: entitiesOf }, options.align, rereadWithDate(stages.annotate));
  const entities = entitiesOfStory(entitiesOf.entities, new Set(ids));
  const related = stages.relate(alignment.articles, { entities, idOf: entitiesOf.idOf });
  return toDossier(alignment, [], entities, related, []);
}

/** A batch read, cleaned, annotated and clustered: its annotated articles wait in `store` (`order` gives them in input order) until their story is aligned. */
interface ClusteredBatch {
  store: SpillStore<Article>;
  order: string[];
  /** Its stories, each of at most `batch.maxStoryArticles` articles. */
  clustering: Clustering;
  /** Per story, the warning of the cut that made it a part of a larger story, or null. */
  cuts: Array<Message | null>;
  failed: FailedInput[];
}

/**
 * Ingest, clean, annotate and cluster a batch. Each article goes from annotate into the store as soon as
 * the cluster stage has read it (see readForClustering): only the readings of the whole batch stay in
 * memory, with the first `holdArticles` articles.
 */
async function clusterBatch(
  inputs: readonly string[],
  options: Readonly<Options>,
  { onProgress, onStage = () => {}, stages = STAGES }: RunSettings,
  holdArticles: number,
): Promise<ClusteredBatch> {
  const read = await readInputs(inputs, options.ingest, onProgress);
  const failed = read.failed;
  const cleaned: Array<Article | null> = collapseDuplicates(cleanEach(read.articles, options, stages, failed, onStage));
  const store = new SpillStore<Article>(holdArticles);
  const order: string[] = [];
  const readings: ClusterReading[] = [];
  for (let index = 0; index < cleaned.length; index++) {
    const article = cleaned[index]!;
    cleaned[index] = null;
    let annotated = stepArticle('annotate', article, stages.annotate, failed, withMessage)!;
    onStage('annotate', index + 1, cleaned.length, article.source);
    if (!annotated.messages.some((message) => message.severity === 'fatal')) {
      try {
        readings.push(stages.readForCluster(annotated, cleaned.length === 1));
      } catch (error) {
        const reason = `cluster failed: ${describeError(error)}`;
        failed.push({ source: annotated.source, reason });
        annotated = withMessage(annotated, fatal('cluster', reason));
      }
    }
    store.put(annotated.id, annotated);
    order.push(annotated.id);
  }
  const { clustering, culprits } = oneStep('cluster', `${readings.length} articles`, onStage, () => clusterReadable(readings, options, stages));
  for (const [id, reason] of culprits) {
    const article = store.get(id)!;
    failed.push({ source: article.source, reason });
    store.put(id, withMessage(article, fatal('cluster', reason)));
  }
  const stories = cutLargeStories(clustering.stories, options.batch.maxStoryArticles);
  return { store, order, clustering: { ...clustering, stories: stories.map((story) => story.ids) }, cuts: stories.map((story) => story.cut), failed };
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
  const found = raws.length;
  return { articles: cleanEach(raws, options, STAGES, failed, onStage), failed, found };
}

/** Ingest and clean bytes already in hand (benchmarks call this on pages they hold in memory). */
export async function extractArticleFromBytes(source: string, bytes: Uint8Array, overrides: OptionOverrides = {}): Promise<Article | FailedInput> {
  const options = createOptions(overrides);
  const reading = await readArticlesFromBytes(bytes, source, { contentType: null, url: null }, options.ingest);
  const first = reading.articles[0];
  return first ? cleanRawArticle(first, options.clean) : reading.failed[0] ?? { source, reason: 'no article found' };
}

/**
 * A per-article stage on one item: when its step throws, the item is named in `failed`, and `keepFailed`
 * says what of it stays, given the fatal message (an article as it was; nothing of a raw input clean
 * cannot read).
 */
function stepArticle<T extends { source: string }>(
  stage: Stage,
  item: T,
  step: (item: T) => Article,
  failed: FailedInput[],
  keepFailed: (item: T, fatal: Message) => Article | null,
): Article | null {
  try {
    return step(item);
  } catch (error) {
    const reason = `${stage} failed: ${describeError(error)}`;
    failed.push({ source: item.source, reason });
    return keepFailed(item, fatal(stage, reason));
  }
}

/** Clean over a batch's raw inputs, each let go of once cleaned (`raws` is emptied): the cleaned articles, in input order. */
function cleanEach(raws: Array<RawArticle | null>, options: Readonly<Options>, stages: Readonly<Stages>, failed: FailedInput[], onStage: StageProgress): Article[] {
  const cleaned: Article[] = [];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index]!;
    raws[index] = null;
    const article = stepArticle('clean', raw, (item) => stages.clean(item, options), failed, () => null);
    if (article) cleaned.push(article);
    onStage('clean', index + 1, raws.length, raw.source);
  }
  raws.length = 0;
  return cleaned;
}

/** A stage that runs in one call over the batch (cluster, align, relate): its progress is its start and its end. */
function oneStep<T>(stage: Stage, item: string, onStage: StageProgress, run: () => T): T {
  onStage(stage, 0, 1, item);
  const result = run();
  onStage(stage, 1, 1, item);
  return result;
}

/**
 * The cluster stage over the readings of the articles that came through annotate. When it throws, the
 * articles that make it throw on their own are set aside (their ids in `culprits`, each with the reason
 * it failed) and the rest are clustered again; when none does alone, every article is.
 */
function clusterReadable(readings: readonly ClusterReading[], options: Readonly<Options>, stages: Readonly<Stages>): { clustering: Clustering; culprits: Map<string, string> } {
  try {
    return { clustering: stages.cluster(readings, options), culprits: new Map() };
  } catch (error) {
    const reason = `cluster failed: ${describeError(error)}`;
    const alone = new Set(readings.filter((reading) => throwsAlone(() => stages.cluster([reading], options))).map((reading) => reading.id));
    const culprits = new Map(readings.filter((reading) => !alone.size || alone.has(reading.id)).map((reading) => [reading.id, reason]));
    if (!alone.size) return { clustering: { stories: [], entities: { entities: [], idOf: () => null } }, culprits };
    const rest = clusterReadable(readings.filter((reading) => !alone.has(reading.id)), options, stages);
    return { clustering: rest.clustering, culprits: new Map([...culprits, ...rest.culprits]) };
  }
}

function withMessage(article: Article, message: Message): Article {
  return { ...article, messages: [...article.messages, message] };
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
