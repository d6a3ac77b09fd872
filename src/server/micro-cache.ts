import type { MiddlewareHandler } from 'hono';
import { acceptsGzip, holdsVersion } from './send-compressed.ts';
import { ByteCache } from './byte-cache.ts';

/** A response kept: what is needed to send it again. */
interface KeptResponse {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array<ArrayBuffer>;
  at: number;
}

/**
 * Keeps each successful read's response for `seconds` and sends it again to whoever asks for the same URL
 * meanwhile (micro-caching): under fifty readers a second, a story list is made once a second instead of
 * fifty times, and a reader sees the store at most `seconds` old. Requests for a URL being made wait for it
 * rather than making it again. A write that succeeds (ingest, feeds) forgets everything kept, so its author
 * reads what it wrote. Bounded by `maxBytes`; 0 seconds keeps nothing.
 */
export function microCache(seconds: number, maxBytes: number): MiddlewareHandler {
  const kept = new ByteCache<KeptResponse>(maxBytes);
  const making = new Map<string, Promise<KeptResponse | null>>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || seconds <= 0) {
      await next();
      if (c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS' && c.res.status < 300) kept.clear();
      return;
    }
    const key = `${acceptsGzip(c.req.header('Accept-Encoding')) ? 'gzip' : 'plain'} ${c.req.url}`;
    const fresh = kept.get(key);
    const ifNoneMatch = c.req.header('If-None-Match');
    if (fresh && performance.now() - fresh.at < seconds * 1000) return replay(fresh, ifNoneMatch);
    const pending = making.get(key);
    if (pending) {
      const made = await pending;
      if (made) return replay(made, ifNoneMatch);
    }
    let settle!: (made: KeptResponse | null) => void;
    making.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      await next();
      const response = c.res;
      if (response.status !== 200 || response.headers.get('Cache-Control')?.includes('no-store')) return settle(null);
      const made: KeptResponse = { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.clone().arrayBuffer()), at: performance.now() };
      kept.set(key, made, made.body.length + 1024);
      settle(made);
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      making.delete(key);
    }
  };
}

/** The response kept, or a 304 when the client holds its version already (If-None-Match names its ETag). */
function replay(kept: KeptResponse, ifNoneMatch: string | undefined): Response {
  const etag = kept.headers.find(([name]) => name === 'etag')?.[1];
  if (etag && holdsVersion(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: { ETag: etag } });
  return new Response(kept.body, { status: kept.status, headers: kept.headers });
}
