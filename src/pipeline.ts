import { createHash } from 'node:crypto';
import { alignStory, collectQuotes, describeFraming, inferPublicationDates, mergeEntities, summarizeStory, type PublishedInference } from './align/index.ts';
import { annotateArticle } from './annotate/index.ts';
import { cleanArticle } from './clean/index.ts';
import { DEFAULT_INGEST_OPTIONS, findDuplicates, readArticlesFromBytes, readInputs, type IngestOptions } from './ingest/index.ts';
import type { Article, Dossier, FailedInput, RawArticle } from './model/index.ts';
import { SCHEMA_VERSION } from './model/index.ts';
import { relateActors } from './relate/index.ts';

export interface PipelineOptions extends IngestOptions {
  /** `YYYY-MM-DD` for articles whose own date is not found (a found date wins). */
  published: string | null;
  /** Called after each input is read: for a progress bar. */
  onProgress?: (done: number, total: number, source: string) => void;
}

export const DEFAULT_PIPELINE_OPTIONS: Readonly<PipelineOptions> = Object.freeze({ ...DEFAULT_INGEST_OPTIONS, published: null });

/**
 * The whole job, stage by stage: ingest → clean → (duplicates) → annotate → align → relate.
 * The report stage renders the dossier it returns.
 */
export async function analyzeStory(inputs: readonly string[], options: Partial<PipelineOptions> = {}): Promise<Dossier> {
  const settings = { ...DEFAULT_PIPELINE_OPTIONS, ...options };
  const { articles: raws, failed } = await readInputs(inputs, settings, settings.onProgress);
  const cleaned = collapseDuplicates(raws.map((raw) => toArticle(raw, settings.published)));
  const annotated = cleaned.map(annotateArticle);
  // an article without a date gets one from the story where it allows, and its relative dates are read again
  const annotatedEntities = mergeEntities(annotated);
  const { inferences, statements } = inferPublicationDates(annotated, annotatedEntities);
  const reread = inferences.length > 0;
  const articles = reread ? cleaned.map((article, index) => reannotateWithDate(article, annotated[index]!, inferences)) : annotated;
  const merged = reread ? mergeEntities(articles) : annotatedEntities;
  const { entities } = merged;
  const quotes = collectQuotes(articles, merged);
  const { stories, ...alignment } = alignStory(articles, merged, quotes, (!reread && statements) || undefined);
  return {
    schemaVersion: SCHEMA_VERSION,
    story: summarizeStory(articles, stories),
    articles,
    failed,
    entities,
    quotes,
    ...alignment,
    framing: describeFraming(articles, merged.idOf, entities),
    relations: relateActors(articles, entities),
  };
}

/** One article, cleaned: what `triangulate extract` prints. The first article of a multi-article input. */
export async function extractArticle(input: string, options: Partial<PipelineOptions> = {}): Promise<{ article: Article | null; failed: FailedInput[] }> {
  const settings = { ...DEFAULT_PIPELINE_OPTIONS, ...options };
  const { articles: raws, failed } = await readInputs([input], settings);
  const first = raws[0];
  return { article: first ? toArticle(first, settings.published) : null, failed };
}

/** Ingest and clean bytes already in hand (benchmarks call this on pages they hold in memory). */
export async function extractArticleFromBytes(source: string, bytes: Uint8Array, options: Partial<PipelineOptions> = {}): Promise<Article | FailedInput> {
  const settings = { ...DEFAULT_PIPELINE_OPTIONS, ...options };
  const reading = await readArticlesFromBytes(bytes, source, { contentType: null, url: null }, settings);
  const first = reading.articles[0];
  return first ? toArticle(first, settings.published) : reading.failed[0] ?? { source, reason: 'no article found' };
}

function toArticle(raw: RawArticle, published: string | null): Article {
  const cleaned = cleanArticle(raw);
  const metadata = cleaned.metadata;
  const publishedFrom = metadata.published ? 'found' : published ? 'given' : null;
  return {
    id: articleId(raw.source),
    source: raw.source,
    copies: [],
    ...metadata,
    published: metadata.published ?? published,
    publishedFrom,
    kind: raw.kind,
    encoding: raw.encoding,
    raw: raw.text,
    text: cleaned.text,
    offsetMap: cleaned.offsetMap,
    kinship: null,
    sentences: [],
    mentions: [],
    quotes: [],
    attributions: [],
    dates: [],
    quantities: [],
    messages: [...raw.messages, ...cleaned.messages],
  };
}

function reannotateWithDate(cleaned: Article, annotated: Article, inferences: readonly PublishedInference[]): Article {
  const inference = inferences.find((item) => item.articleId === cleaned.id);
  if (!inference) return annotated;
  return annotateArticle({
    ...cleaned,
    published: inference.published,
    publishedFrom: 'inferred',
    messages: [...cleaned.messages, { severity: 'info', origin: 'align:infer-published', reason: `publication date inferred as ${inference.published}: ${inference.reason}` }],
  });
}

/** Exact duplicates collapse into the first article (their sources listed in `copies`); near copies are marked. */
function collapseDuplicates(articles: readonly Article[]): Article[] {
  const findings = findDuplicates(articles.filter((article) => article.text).map(({ id, text, outlet }) => ({ id, text, outlet })));
  const collapsed = new Set([...findings.exactCopies.values()].flat());
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles
    .filter((article) => !collapsed.has(article.id))
    .map((article) => {
      const copies = (findings.exactCopies.get(article.id) ?? []).map((id) => byId.get(id)!.source);
      const kinship = findings.kinship.get(article.id) ?? null;
      const messages = copies.length
        ? [...article.messages, { severity: 'info' as const, origin: 'ingest:find-duplicates' as const, reason: `same text as ${copies.join(', ')}: collapsed into this article` }]
        : article.messages;
      return { ...article, copies, kinship, messages };
    });
}

/** Stable for the same input: a short hash of the source as given. */
function articleId(source: string): string {
  return `a${createHash('sha1').update(source).digest('hex').slice(0, 10)}`;
}
