import { STATUS_CODES } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, request } from 'undici';
import { describeForbiddenAddress } from './describe-forbidden-address.ts';
import { REFUSED_ADDRESS, lookupPublicAddress } from './lookup-public-address.ts';
import { DEFAULT_INGEST_OPTIONS } from './options.ts';

export interface FetchOptions {
  /** The whole fetch, every redirect and the body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Largest body, after decompression; the same limit as for files. */
  maxBytes: number;
  /** Reach private, loopback, link-local and other internal addresses (off: a URL list must not probe the local network). */
  allowPrivate: boolean;
  userAgent: string;
}

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = Object.freeze({
  timeoutMs: DEFAULT_INGEST_OPTIONS.timeoutMs,
  maxRedirects: DEFAULT_INGEST_OPTIONS.maxRedirects,
  maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes,
  allowPrivate: DEFAULT_INGEST_OPTIONS.allowPrivate,
  userAgent: 'Mozilla/5.0 (compatible; Triangulate/0.1; offline news dossier)',
});

/** What a fetch of a resource fetched before may send, so that the server answers 304 Not Modified when nothing changed. */
export interface ConditionalRequest {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchedResource {
  ok: true;
  /** True when a conditional request was answered 304 Not Modified: `bytes` is empty, the resource unchanged. */
  notModified?: boolean;
  /** The response's ETag and Last-Modified, for the next conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** The URL as given. */
  url: string;
  /** Where the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent, charset included; null when there was none. */
  contentType: string | null;
  bytes: Uint8Array;
}

export interface FetchFailure {
  ok: false;
  url: string;
  /** Names the URL and the problem: "http://x/y: HTTP 404 Not Found". */
  reason: string;
  /** The problem alone, where the input is already named: "HTTP 404 Not Found", "redirected to http://x/z: timed out after 200 ms". */
  problem: string;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/*;q=0.7';

/**
 * GETs one http(s) URL: redirects followed by hand (each hop checked), internal addresses refused unless
 * `allowPrivate`, a timeout over the whole fetch, the body streamed and cut at `maxBytes`, and only
 * text-like content types kept. Every failure is a result whose reason names the URL and the problem.
 */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}, conditional: ConditionalRequest | null = null): Promise<FetchedResource | FetchFailure> {
  const settings = checkOptions({ ...DEFAULT_FETCH_OPTIONS, ...options });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const agent = new Agent({
    connect: { timeout: settings.timeoutMs, ...(settings.allowPrivate ? {} : { lookup: lookupPublicAddress }) },
  });
  let hop = url;
  let phase: 'connect' | 'body' = 'connect';
  const fail = (problem: string): FetchFailure => {
    const where = `${hop === url ? '' : `redirected to ${hop}: `}${problem}`;
    return { ok: false, url, reason: `${url}: ${where}`, problem: where };
  };
  try {
    for (let redirects = 0; ; redirects += 1) {
      const target = checkTarget(hop, settings.allowPrivate);
      if (typeof target === 'string') return fail(target);
      const response = await request(target, {
        method: 'GET',
        dispatcher: agent,
        signal: controller.signal,
        headers: {
          'user-agent': settings.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br',
          ...(conditional?.etag ? { 'if-none-match': conditional.etag } : {}),
          ...(conditional?.lastModified ? { 'if-modified-since': conditional.lastModified } : {}),
        },
      });
      const { statusCode: status, headers, body } = response;
      const validators = { etag: headerValue(headers['etag']), lastModified: headerValue(headers['last-modified']) };
      if (status === 304 && conditional) {
        await body.dump().catch(() => undefined);
        return { ok: true, notModified: true, url, finalUrl: target.href, status, contentType: null, bytes: new Uint8Array(0), etag: validators.etag ?? conditional.etag, lastModified: validators.lastModified ?? conditional.lastModified };
      }
      if (REDIRECT_STATUSES.has(status)) {
        await body.dump().catch(() => undefined);
        const location = headerValue(headers['location']);
        if (location === null) return fail(`HTTP ${status} redirect without a Location header`);
        if (redirects >= settings.maxRedirects) return fail(`too many redirects (more than ${settings.maxRedirects})`);
        const next = resolveLocation(location, target);
        if (next === null) return fail(`HTTP ${status} redirect to an invalid Location: ${location}`);
        hop = next;
        continue;
      }
      if (status < 200 || status > 299) {
        await body.dump().catch(() => undefined);
        return fail(`HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd());
      }
      const contentType = headerValue(headers['content-type']);
      if (!isTextLike(contentType)) {
        discard(body);
        return fail(`unsupported content type ${mediaTypeOf(contentType)}`);
      }
      const declaredLength = Number(headerValue(headers['content-length']) ?? Number.NaN);
      if (declaredLength > settings.maxBytes) {
        discard(body);
        return fail(`too large: ${declaredLength} bytes declared, more than ${settings.maxBytes} bytes (--max-bytes)`);
      }
      const encoding = (headerValue(headers['content-encoding']) ?? 'identity').trim().toLowerCase();
      const decoded = decompress(body, encoding);
      if (decoded === null) {
        discard(body);
        return fail(`unsupported content encoding ${encoding}`);
      }
      phase = 'body';
      const bytes = await readUpTo(decoded, settings.maxBytes);
      if (bytes === null) return fail(`too large: more than ${settings.maxBytes} bytes (--max-bytes)`);
      return { ok: true, url, finalUrl: target.href, status, contentType, bytes, ...validators };
    }
  } catch (error) {
    if (controller.signal.aborted) return fail(`timed out after ${settings.timeoutMs} ms`);
    return fail(describeError(error, hop, phase));
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => undefined);
  }
}

function checkOptions(settings: FetchOptions): FetchOptions {
  const positive = (name: keyof FetchOptions, value: number, integer: boolean, zeroAllowed = false): void => {
    const valid = Number.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0) && (!integer || Number.isInteger(value));
    if (!valid) throw new Error(`triangulate: fetch option ${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} ${integer ? 'integer' : 'number'} (got ${value})`);
  };
  positive('timeoutMs', settings.timeoutMs, false);
  positive('maxRedirects', settings.maxRedirects, true, true);
  positive('maxBytes', settings.maxBytes, true);
  return settings;
}

/** The URL to request, or the problem with it: not a URL, not http(s), or an internal address written out. */
function checkTarget(hop: string, allowPrivate: boolean): URL | string {
  let target: URL;
  try {
    target = new URL(hop);
  } catch {
    return 'not a valid URL';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return `unsupported protocol ${target.protocol} (only http and https)`;
  // Literal addresses never reach the lookup: "http://127.0.0.1/", "http://[::1]/", "http://0x7f.1/" (the URL parser makes it 127.0.0.1).
  const forbidden = allowPrivate ? null : describeForbiddenAddress(target.hostname);
  if (forbidden !== null) return `refused: ${forbidden} (use --allow-private to allow it)`;
  return target;
}

function resolveLocation(location: string, base: URL): string | null {
  try {
    return new URL(location, base).href;
  } catch {
    return null;
  }
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? null : first;
}

// "text/html; charset=utf-8" → "text/html"
function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Articles and feeds: text/*, HTML, XHTML, XML, RSS, Atom, JSON (application/ld+json, application/feed+json),
 * and no type at all. Not: images (image/svg+xml is XML, but no article), audio, video, fonts, PDF, octet-stream.
 */
function isTextLike(contentType: string | null): boolean {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === '' || mediaType.startsWith('text/')) return true;
  if (/^(?:image|audio|video|font|model)\//.test(mediaType)) return false;
  // "application/xhtml+xml", "application/rss+xml", "application/ld+json", "application/xml"
  return /^[a-z0-9.+-]+\/(?:[a-z0-9.-]+\+)?(?:html|xhtml|xml|rss|atom|json)$/.test(mediaType);
}

function decompress(body: Readable, encoding: string): Readable | null {
  const noop = (): void => undefined;
  switch (encoding) {
    case 'identity':
      return body;
    case 'gzip':
    case 'x-gzip':
      return pipeline(body, createGunzip(), noop);
    case 'deflate':
      return pipeline(body, createInflate(), noop);
    case 'br':
      return pipeline(body, createBrotliDecompress(), noop);
    default:
      return null;
  }
}

/** The whole stream, or null as soon as it passes `maxBytes` (the rest is never read). */
async function readUpTo(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      discard(stream);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Stops a body that will not be read; undici reports the abort as an error event, which is expected here. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

// ECONNREFUSED → "could not connect: ECONNREFUSED"; ENOTFOUND → "could not resolve host news.example (ENOTFOUND)"
function describeError(error: unknown, hop: string, phase: 'connect' | 'body'): string {
  const code = errorCode(error);
  if (code === REFUSED_ADDRESS) return (error as Error).message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not resolve host ${hostOf(hop)} (${code})`;
  if (code !== null && /^Z_/.test(code)) return `could not decompress the body: ${(error as Error).message}`;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return phase === 'body' ? `connection lost while reading the body: ${detail}` : `could not connect: ${detail}`;
}

/** The error's code; for an AggregateError (one per address tried), the first inner one's. */
function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, errors, cause } = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0]);
  return cause === undefined ? null : errorCode(cause);
}

function hostOf(hop: string): string {
  try {
    return new URL(hop).hostname;
  } catch {
    return hop;
  }
}
