import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';

/**
 * Answers with a text kept gzip-compressed: as it is, with `Content-Encoding: gzip`, to a client that takes
 * gzip (every browser, curl --compressed), else decompressed.
 */
export function sendCompressed(c: Context, compressed: Buffer, type: string, headers: Record<string, string> = {}): Response {
  const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
  return c.body(new Uint8Array(gzip ? compressed : gunzipSync(compressed)), 200, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
}

/** "gzip, deflate, br" takes gzip; "gzip;q=0" and "identity" do not. */
export function acceptsGzip(header: string | undefined): boolean {
  return /\bgzip\b/.test(header ?? '') && !/\bgzip\s*;\s*q=0(?:\.0*)?(?![.\d])/.test(header ?? '');
}

/** Whether an If-None-Match header names this ETag (a weak "W/" one as well): the client holds that version already. */
export function holdsVersion(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
