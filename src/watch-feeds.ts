import { decodeBytes, fetchUrl, readFeed } from './ingest/index.ts';
import type { FailedInput, OptionOverrides } from './model/index.ts';
import { createOptions } from './model/index.ts';
import { pause } from './shared/pause.ts';
import { dueFeeds, feedFailed, feedPolled, markItemsSeen, seenItems, type Database, type WatchedFeed } from './store/index.ts';
import { DEFAULT_STREAM_OPTIONS, ingestIntoStore, type StreamOptions } from './story-stream.ts';

/**
 * Feeds watched into the store: each RSS or Atom feed polled at its own interval with a conditional GET
 * (If-None-Match, If-Modified-Since: an unchanged feed costs a 304 and nothing else), its new items (by
 * link) read, stored and put into stories as `ingest` does, and a feed that fails polled again after a
 * backoff that doubles with each failure. Stopping (SIGINT, SIGTERM) lets the feed at hand finish: what was
 * fetched is stored before the process ends.
 */

/** One line of a feeds file: "https://example.org/rss 15m" (the interval optional). */
export interface FeedLine {
  url: string;
  intervalSeconds: number;
}

/**
 * The feeds of a feeds file: one URL a line, optionally followed by its interval ("300", "300s", "15m",
 * "2h"); blank lines and "#" comments skipped. Lines that are not a feed URL are returned as problems with
 * their line number.
 */
export function parseFeedsFile(text: string, defaultIntervalSeconds: number): { feeds: FeedLine[]; problems: string[] } {
  const feeds: FeedLine[] = [];
  const problems: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [url, interval, ...rest] = line.split(/\s+/);
    const seconds = interval === undefined ? defaultIntervalSeconds : intervalSeconds(interval);
    if (!/^https?:\/\/\S+$/i.test(url!)) problems.push(`line ${index + 1}: "${url}" is not an http(s) URL`);
    else if (seconds === null || rest.length) problems.push(`line ${index + 1}: "${line}": expected a URL and an interval such as 300, 15m or 2h`);
    else feeds.push({ url: url!, intervalSeconds: seconds });
  }
  return { feeds, problems };
}

/** "300", "300s", "15m", "2h" in seconds; null when it is no interval (or under 10 seconds). */
function intervalSeconds(text: string): number | null {
  const match = /^(\d+)(s|m|h)?$/.exec(text);
  if (!match) return null;
  const seconds = Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
  return seconds >= 10 ? seconds : null;
}

export interface WatchSettings {
  overrides: OptionOverrides;
  stream: Readonly<StreamOptions>;
  /** Poll each due feed once, then stop. */
  once: boolean;
  /** How often due feeds are looked for. */
  tickMilliseconds: number;
  signal?: AbortSignal;
  onPoll?: (feed: string, outcome: PollOutcome) => void;
}

export const DEFAULT_WATCH_SETTINGS: Readonly<Omit<WatchSettings, 'overrides'>> = Object.freeze({ stream: DEFAULT_STREAM_OPTIONS, once: false, tickMilliseconds: 1000 });

/** What one poll of a feed found. */
export type PollOutcome = { kind: 'unchanged' } | { kind: 'read'; items: number; fresh: number; added: number; failed: FailedInput[] } | { kind: 'failed'; reason: string };

/** Polls the feeds `urls` as they fall due, until stopped (or, with `once`, after one round); returns the polls made. */
export async function watchFeedsIntoStore(db: Database, urls: readonly string[], settings: WatchSettings): Promise<number> {
  let polls = 0;
  while (!settings.signal?.aborted) {
    for (const feed of await dueFeeds(db, urls)) {
      if (settings.signal?.aborted) break;
      settings.onPoll?.(feed.url, await pollFeed(db, feed, settings));
      polls++;
    }
    if (settings.once) break;
    await pause(settings.tickMilliseconds, settings.signal);
  }
  return polls;
}

/** One poll: a conditional GET, then the feed's new items read into the store; the feed's next poll set either way. */
export async function pollFeed(db: Database, feed: WatchedFeed, settings: Pick<WatchSettings, 'overrides' | 'stream'>): Promise<PollOutcome> {
  const { ingest } = createOptions(settings.overrides);
  const fetched = await fetchUrl(feed.url, { timeoutMs: ingest.timeoutMs, maxRedirects: ingest.maxRedirects, maxBytes: ingest.maxBytes, allowPrivate: ingest.allowPrivate }, { etag: feed.etag, lastModified: feed.lastModified });
  if (!fetched.ok) {
    await feedFailed(db, feed.url, fetched.problem);
    return { kind: 'failed', reason: fetched.problem };
  }
  const validators = { etag: fetched.etag ?? null, lastModified: fetched.lastModified ?? null };
  if (fetched.notModified) {
    await feedPolled(db, feed.url, validators);
    return { kind: 'unchanged' };
  }
  const xml = decodeBytes(fetched.bytes, { contentType: fetched.contentType, kind: 'xml' }).text;
  const reading = await readFeed(xml, fetched.finalUrl);
  const fatal = reading.messages.find((message) => message.severity === 'fatal');
  if (fatal) {
    await feedFailed(db, feed.url, fatal.reason);
    return { kind: 'failed', reason: fatal.reason };
  }
  const links = [...new Set(reading.items.slice(0, ingest.maxFeedItems).map((item) => item.link).filter((link): link is string => link !== null))];
  const seen = await seenItems(db, feed.url, links);
  const fresh = links.filter((link) => !seen.has(link));
  const summary = fresh.length ? await ingestIntoStore(db, fresh, settings.overrides, {}, settings.stream) : { added: 0, failed: [] };
  // an item that could not be read is not tried again at every poll: it is seen, and named in the outcome
  await markItemsSeen(db, feed.url, fresh);
  await feedPolled(db, feed.url, validators);
  return { kind: 'read', items: links.length, fresh: fresh.length, added: summary.added, failed: summary.failed };
}
