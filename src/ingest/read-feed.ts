import type Parser from 'rss-parser';
import type { Message } from '../model/index.ts';
import { formatCalendarDay, MONTH_NUMBERS } from '../shared/calendar/index.ts';
import { type FeedKind, sniffFeedKind } from './sniff-feed-kind.ts';
import { toIsoDate } from './to-iso-date.ts';

const ORIGIN = 'ingest:read-feed';
const FEED_NAMES: Readonly<Record<FeedKind, string>> = Object.freeze({ rss: 'RSS', rdf: 'RSS 1.0 (RDF)', atom: 'Atom' });

export interface FeedOptions {
  /** Full content (content:encoded, Atom content) with less text than this counts as a summary. */
  minFullTextChars: number;
}

export const DEFAULT_FEED_OPTIONS: Readonly<FeedOptions> = Object.freeze({ minFullTextChars: 500 });

export interface FeedItem {
  link: string | null;
  title: string | null;
  /** `YYYY-MM-DD` as the feed wrote it, in the feed's own time zone. */
  published: string | null;
  author: string | null;
  /** The fullest content: content:encoded or Atom content, else description or summary. */
  html: string | null;
  /** True when the item carries no full content of at least `minFullTextChars`: fetch the page for the article. */
  summaryOnly: boolean;
  /** The item's <source> element, else the feed's title. */
  outlet: string | null;
}

export interface FeedReading {
  items: FeedItem[];
  title: string | null;
  messages: Message[];
}

type Entry = Record<string, unknown>;

/** RSS 2.0, RSS 1.0 (RDF) or Atom, told from the content. */
export function isFeed(text: string): boolean {
  return sniffFeedKind(text) !== null;
}

/**
 * The items of a feed, read with rss-parser from the string (no network). `source` is the feed's path or
 * URL; relative item links resolve against a URL. A broken feed gives a fatal message, never a throw.
 */
export async function readFeed(xml: string, source: string, options: Partial<FeedOptions> = {}): Promise<FeedReading> {
  const { minFullTextChars } = { ...DEFAULT_FEED_OPTIONS, ...options };
  const kind = sniffFeedKind(xml);
  if (kind === null) return failed('not a feed: expected RSS 2.0, RSS 1.0 (RDF) or Atom');
  let feed: Parser.Output<Entry> & Entry;
  try {
    feed = await (await createParser()).parseString(xml);
  } catch (error) {
    return failed(`broken ${FEED_NAMES[kind]} feed: ${describeParseError(error)}`);
  }
  const title = textOf(feed.title);
  const messages: Message[] = [];
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const entry of feed.items) {
    const item = readItem(entry, kind, source, title, minFullTextChars);
    if (item.link === null && item.html === null) skipped += 1;
    else items.push(item);
  }
  if (feed.items.length === 0) messages.push({ severity: 'warning', origin: ORIGIN, reason: 'the feed has no items' });
  if (skipped > 0) messages.push({ severity: 'warning', origin: ORIGIN, reason: `skipped ${skipped} item${skipped === 1 ? '' : 's'} with neither a link nor content` });
  return { items, title, messages };
}

/** rss-parser (with xml2js beneath it) loads with the first feed, not with every start of the command. */
async function createParser(): Promise<Parser<Entry, Entry>> {
  const { default: RssParser } = await import('rss-parser');
  return new RssParser<Entry, Entry>({
    defaultRSS: 2, // <rss> without a version attribute reads as RSS 2.0
    // rss-parser turns Atom <published> into a Date and throws on one it cannot read ("yesterday"),
    // losing the whole feed; renamed, they reach us as written (the outlet's own day, not UTC's).
    xml2js: { tagNameProcessors: [(name: string) => (name === 'published' || name === 'updated' ? `atom-${name}` : name)] },
    customFields: { item: ['atom-published', 'atom-updated', ['source', 'sourceElement']] },
  });
}

function readItem(entry: Entry, kind: FeedKind, source: string, feedTitle: string | null, minFullTextChars: number): FeedItem {
  // rss-parser puts RSS <description> in `content`, and Atom <content> in `content` too.
  const full = kind === 'atom' ? textOf(entry['content']) : textOf(entry['content:encoded']);
  const summary = kind === 'atom' ? textOf(entry['summary']) : textOf(entry['content']) ?? textOf(entry['summary']);
  const published = kind === 'atom' ? textOf(entry['atom-published']) ?? textOf(entry['atom-updated']) : textOf(entry['pubDate']) ?? textOf(entry['date']);
  const author = kind === 'atom' ? textOf(entry['author']) : textOf(entry['creator']) ?? textOf(entry['author']);
  return {
    link: absoluteLink(textOf(entry['link']) ?? permalinkOf(entry['guid']), source),
    title: textOf(entry['title'])?.replace(/\s+/g, ' ') ?? null,
    published: published === null ? null : dateAsWritten(published),
    author: author === null ? null : nameOf(author),
    html: full ?? summary,
    summaryOnly: full === null || visibleTextLength(full) < minFullTextChars,
    outlet: textOf(entry['sourceElement']) ?? feedTitle,
  };
}

function failed(reason: string): FeedReading {
  return { items: [], title: null, messages: [{ severity: 'fatal', origin: ORIGIN, reason }] };
}

// xml2js: "Unclosed root tag\nLine: 7\nColumn: 0\nChar: " → "Unclosed root tag (line 8)"
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [first = 'unreadable XML'] = message.split('\n');
  const line = /\nLine: (\d+)/.exec(message)?.[1];
  return line === undefined ? first : `${first} (line ${Number(line) + 1})`;
}

/** A trimmed, non-empty string from what xml2js gives: a string, or an element with text in `_`. */
function textOf(value: unknown): string | null {
  const text = typeof value === 'string' ? value : typeof value === 'object' && value !== null && typeof (value as { _?: unknown })._ === 'string' ? (value as { _: string })._ : null;
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

// <guid isPermaLink="true">https://news.example/a</guid> stands in for a missing <link>
function permalinkOf(guid: unknown): string | null {
  const text = textOf(guid);
  return text !== null && /^https?:\/\//i.test(text) ? text : null;
}

// "/2013/08/02/oscars-host" in https://news.example.net/feed.xml → "https://news.example.net/2013/08/02/oscars-host"
function absoluteLink(link: string | null, source: string): string | null {
  if (link === null) return null;
  try {
    return new URL(link, /^https?:\/\//i.test(source) ? source : undefined).href;
  } catch {
    return /^https?:\/\//i.test(link) ? link : null;
  }
}

// RSS <author>: "newsdesk@example.net (Evening Newsdesk)" → "Evening Newsdesk"; a bare address names nobody.
function nameOf(author: string): string | null {
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(author)?.[1]?.trim();
  if (named) return named;
  return /^\S+@\S+$/.test(author) ? null : author.replace(/\s+/g, ' ');
}

/**
 * The day the feed wrote, in its own zone: "Fri, 02 Aug 2013 23:13:00 -0700" → "2013-08-02" (UTC would say
 * the 3rd); "2013-08-02T21:30:00-04:00" → "2013-08-02". Anything else as toIsoDate reads it.
 */
function dateAsWritten(value: string): string | null {
  const rfc822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(value);
  const month = rfc822 && MONTH_NUMBERS[rfc822[2]!.toLowerCase()];
  if (rfc822 && month) return toIsoDate(formatCalendarDay({ year: Number(rfc822[3]), month, day: Number(rfc822[1]) }));
  return toIsoDate(value);
}

/** Characters of text in an HTML fragment, tags left out and each entity counted once. */
function visibleTextLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, '_')
    .replace(/\s+/g, ' ')
    .trim().length;
}
