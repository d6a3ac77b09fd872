import { gunzipSync } from 'node:zlib';
import type { ArticleMetadata, FailedInput, InputKind, Message, RawArticle } from '../model/index.ts';
import { EMPTY_METADATA } from '../model/index.ts';
import { decodeBytes } from './decode-bytes.ts';
import type { InputSource } from './expand-inputs.ts';
import { findUnreadableText } from './find-unreadable-text.ts';
import type * as HtmlReader from './html/index.ts';
import { limitTextLength } from './limit-text-length.ts';
import type { IngestOptions } from './options.ts';
import { readBytes, tooLarge } from './read-bytes.ts';
import { readFeed } from './read-feed.ts';
import { readJsonArticles, readJsonLinesArticles, type JsonArticle } from './read-json-articles.ts';
import { readMarkdown } from './read-markdown.ts';
import type { ListedMetadata } from './read-sources-table.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { sniffKind } from './sniff-kind.ts';
import { startTimeBudget, type TimeBudget } from './time-budget.ts';

/** The HTML reader (linkedom, Readability) loads with the first page, not with every start of the command. */
async function extractArticleFromHtml(...args: Parameters<typeof HtmlReader.extractArticleFromHtml>): Promise<ReturnType<typeof HtmlReader.extractArticleFromHtml>> {
  const { extractArticleFromHtml: extract } = await import('./html/index.ts');
  return extract(...args);
}

export interface InputReading {
  articles: RawArticle[];
  failed: FailedInput[];
}

export function sourceName(source: InputSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '-';
}

/** The page limits of the HTML reader, from ingest's options. */
function htmlLimits(options: IngestOptions): { maxDepth: number; maxElements: number } {
  return { maxDepth: options.maxHtmlDepth, maxElements: options.maxHtmlElements };
}

/** Reads one input into articles within its time budget; whatever goes wrong becomes a failure naming the input, never a throw. */
export async function readInput(source: InputSource, options: IngestOptions): Promise<InputReading> {
  const name = sourceName(source);
  const budget = startTimeBudget(options.timeBudgetMs);
  const read = await readBytes(source, options, budget);
  if (!read.ok) return failure(name, budget.spent() ?? read.reason);
  const url = source.kind === 'url' ? read.finalUrl ?? source.url : null;
  const reading = await readArticlesFromBytes(read.bytes, name, { contentType: read.contentType, url }, options, budget);
  return source.kind === 'file' && source.listed ? { ...reading, articles: reading.articles.map((article) => fillListedMetadata(article, source.listed!)) } : reading;
}

/** Articles from bytes already in hand: decoded, sniffed and read by kind. */
export async function readArticlesFromBytes(
  bytes: Uint8Array,
  name: string,
  origin: { contentType: string | null; url: string | null },
  options: IngestOptions,
  budget: TimeBudget = startTimeBudget(options.timeBudgetMs),
): Promise<InputReading> {
  if (bytes.length > options.maxBytes) return failure(name, tooLarge(bytes.length, options.maxBytes));
  const unpacked = gunzipIfCompressed(bytes, options.maxBytes);
  if ('reason' in unpacked) return failure(name, unpacked.reason);
  const plainName = name.replace(/\.gz$/i, '');
  const decoded = decodeText(unpacked.bytes, origin.contentType, plainName);
  if ('reason' in decoded) return failure(name, decoded.reason);
  const spent = budget.spent();
  if (spent) return failure(name, spent);
  const kind = sniffKind(decoded.text, origin.url ?? plainName);
  const reading = await readDecoded(decoded.text, kind, name, origin.url, decoded.encoding, [...unpacked.messages, ...decoded.messages], options, budget);
  return checkArticleTexts(reading, options);
}

/** Each article's text held to `maxTextLength`, and one that is not language failed (find-unreadable-text.ts). */
function checkArticleTexts(reading: InputReading, options: IngestOptions): InputReading {
  const checked: InputReading = { articles: [], failed: [...reading.failed] };
  for (const article of reading.articles) {
    const limited = limitTextLength(article, options.maxTextLength);
    const unreadable = findUnreadableText(limited.text);
    if (unreadable) checked.failed.push({ source: article.source, reason: unreadable });
    else checked.articles.push(limited);
  }
  return checked;
}

/** "page.html.gz": gzip is unpacked, its unpacked size held to the same limit. */
function gunzipIfCompressed(bytes: Uint8Array, maxBytes: number): { bytes: Uint8Array; messages: Message[] } | { reason: string } {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { bytes, messages: [] };
  try {
    const unpacked = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return { bytes: unpacked, messages: [{ severity: 'info', origin: 'ingest:decode-bytes', reason: `gzip-compressed input: ${bytes.length} bytes unpacked to ${unpacked.length}` }] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ERR_BUFFER_TOO_LARGE' ? `too large once unpacked: more than ${maxBytes} bytes (raise it with --max-bytes)` : `broken gzip data: ${(error as Error).message}` };
  }
}

interface DecodedText {
  text: string;
  encoding: string;
  messages: Message[];
}

/** Bytes to text: charset from BOM, HTTP header or meta, then mojibake repaired. */
export function decodeText(bytes: Uint8Array, contentType: string | null, name: string): DecodedText | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty input: 0 bytes' };
  const hint = /html/i.test(contentType ?? '') || /\.x?html?$/i.test(name) ? 'html' : /xml|rss|atom/i.test(contentType ?? '') ? 'xml' : undefined;
  const decoded = decodeBytes(bytes, { contentType, kind: hint });
  const fatal = decoded.messages.find((message) => message.severity === 'fatal');
  if (fatal) return { reason: fatal.reason };
  const repaired = repairMojibake(decoded.text);
  if (!repaired.text.trim()) return { reason: 'empty input: only whitespace' };
  return { text: repaired.text, encoding: decoded.encoding, messages: [...decoded.messages, ...repaired.messages] };
}

async function readDecoded(
  text: string,
  kind: InputKind,
  name: string,
  url: string | null,
  encoding: string,
  decoding: Message[],
  options: IngestOptions,
  budget: TimeBudget,
): Promise<InputReading> {
  // a repair's place is in the decoded input, which is the article's raw only when the input is plain text
  const messages = kind === 'text' ? decoding : decoding.map(withoutPlace);
  const article = (body: string, metadata: ArticleMetadata, extra: Message[] = [], source = name, articleKind = kind): RawArticle => ({
    source,
    kind: articleKind,
    text: body,
    metadata: { ...metadata, url: metadata.url ?? url },
    encoding,
    messages: [...messages, ...extra],
  });
  switch (kind) {
    case 'text':
      return { articles: [article(text, { ...EMPTY_METADATA })], failed: [] };
    case 'markdown': {
      const markdown = readMarkdown(text);
      return { articles: [article(markdown.text, { ...EMPTY_METADATA, title: markdown.title })], failed: [] };
    }
    case 'html': {
      const page = await extractArticleFromHtml(text, { url, ...htmlLimits(options) });
      const spent = budget.spent();
      if (spent) return failure(name, spent);
      if (!page.text.trim()) return failure(name, `no article text found in the page${reasonsOf(page.messages)}`);
      return { articles: [{ ...article(page.text, page.metadata, page.messages), headlines: page.headlines }], failed: [] };
    }
    case 'json':
    case 'jsonl': {
      const parsed = kind === 'json' ? readJsonArticles(text, name) : readJsonLinesArticles(text, name);
      const articles = await Promise.all(parsed.articles.map((entry) => fromJson(entry, kind, encoding, messages, url, options)));
      const spent = budget.spent();
      return spent ? failure(name, spent) : { articles, failed: parsed.failed };
    }
    case 'feed':
      return readFeedArticles(text, name, encoding, messages, options, budget);
  }
}

function withoutPlace({ start: _start, end: _end, ...message }: Message): Message {
  return message;
}

async function fromJson(entry: JsonArticle, kind: InputKind, encoding: string, messages: Message[], url: string | null, options: IngestOptions): Promise<RawArticle> {
  let body = entry.body;
  let metadata = entry.metadata;
  const extra = [...entry.messages];
  if (entry.bodyIsHtml) {
    const page = await extractArticleFromHtml(`<html><body><article>${entry.body}</article></body></html>`, { url: entry.metadata.url, ...htmlLimits(options) });
    body = page.text || entry.body.replace(/<[^>]+>/g, ' ');
    metadata = mergeMetadata(entry.metadata, page.metadata);
    extra.push({ severity: 'info', origin: 'ingest:read-json', reason: 'the text field held HTML: converted to text' });
  }
  return { source: entry.source, kind, text: body, metadata: { ...metadata, url: metadata.url ?? url }, encoding, messages: [...messages, ...extra] };
}

/** Each item becomes an article; an item with only a summary has its page fetched, and keeps the summary if that fails. */
async function readFeedArticles(xml: string, name: string, encoding: string, messages: Message[], options: IngestOptions, budget: TimeBudget): Promise<InputReading> {
  const feed = await readFeed(xml, name);
  const fatal = feed.messages.find((message) => message.severity === 'fatal');
  if (fatal) return failure(name, fatal.reason);
  const reading: InputReading = { articles: [], failed: [] };
  const items = feed.items.slice(0, options.maxFeedItems);
  if (feed.items.length > items.length) {
    messages = [...messages, { severity: 'warning', origin: 'ingest:read-feed', reason: `only the first ${items.length} of ${feed.items.length} items were read (--max-feed-items)` }];
  }
  for (const [position, item] of items.entries()) {
    const source = `${name}#${position + 1}`;
    // "feed.xml#37: took more than 60000 ms …": the items read before the budget was spent stay
    const spent = budget.spent();
    if (spent) {
      reading.failed.push({ source, reason: spent });
      continue;
    }
    const itemMetadata: ArticleMetadata = { ...EMPTY_METADATA, title: item.title, byline: item.author, published: item.published, outlet: item.outlet ?? feed.title, url: item.link };
    const extra: Message[] = [...feed.messages];
    let body = item.html ? await htmlToText(item.html, options) : '';
    let metadata = itemMetadata;
    if (item.summaryOnly && item.link) {
      const page = await fetchPage(item.link, options, budget);
      if ('reason' in page) extra.push({ severity: 'warning', origin: 'ingest:read-feed', reason: `kept the feed's summary: ${page.reason}` });
      else {
        body = page.text;
        metadata = mergeMetadata(itemMetadata, page.metadata);
        extra.push(...page.messages);
      }
    }
    if (!body.trim()) {
      reading.failed.push({ source, reason: 'feed item without text, and no page could be fetched for it' });
      continue;
    }
    reading.articles.push({ source, kind: 'feed', text: body, metadata, encoding, messages: [...messages, ...extra] });
  }
  return reading;
}

async function fetchPage(url: string, options: IngestOptions, budget: TimeBudget): Promise<{ text: string; metadata: ArticleMetadata; messages: Message[] } | { reason: string }> {
  const read = await readBytes({ kind: 'url', url }, options, budget);
  if (!read.ok) return { reason: `${url}: ${read.reason}` };
  const decoded = decodeText(read.bytes, read.contentType, url);
  if ('reason' in decoded) return { reason: `${url}: ${decoded.reason}` };
  const page = await extractArticleFromHtml(decoded.text, { url: read.finalUrl ?? url, ...htmlLimits(options) });
  if (!page.text.trim()) return { reason: `${url}: no article text found in the page` };
  return { text: page.text, metadata: page.metadata, messages: [...decoded.messages, ...page.messages] };
}

async function htmlToText(html: string, options: IngestOptions): Promise<string> {
  return /<[a-z][^>]*>/i.test(html) ? (await extractArticleFromHtml(`<html><body><article>${html}</article></body></html>`, htmlLimits(options))).text : html;
}

/** SOURCES.tsv fills what the file itself left unknown ("8_1ecbplus.txt" → its URL, and so its outlet). */
function fillListedMetadata(article: RawArticle, listed: ListedMetadata): RawArticle {
  const metadata = mergeMetadata(article.metadata, { ...EMPTY_METADATA, ...listed.metadata });
  const filled = (Object.keys(listed.metadata) as (keyof ArticleMetadata)[]).filter((field) => article.metadata[field] === null && metadata[field] !== null);
  if (!filled.length) return article;
  const message: Message = { severity: 'info', origin: 'ingest:read-sources-table', reason: `${filled.join(', ')} from ${listed.table}` };
  return { ...article, metadata, messages: [...article.messages, message] };
}

/** The first source's values win; the second fills its gaps. */
function mergeMetadata(first: ArticleMetadata, second: ArticleMetadata): ArticleMetadata {
  const merged = { ...first };
  for (const field of Object.keys(first) as (keyof ArticleMetadata)[]) merged[field] = first[field] ?? second[field];
  return merged;
}

function reasonsOf(messages: readonly Message[]): string {
  const warnings = messages.filter((message) => message.severity !== 'info').map((message) => message.reason);
  return warnings.length ? ` (${warnings.join('; ')})` : '';
}

function failure(source: string, reason: string): InputReading {
  return { articles: [], failed: [{ source, reason }] };
}
