import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchedResource, type FetchFailure } from '../../src/ingest/fetch-url.ts';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>Ellen DeGeneres to host the Oscars</title></head><body><p>Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.</p></body></html>';

/** Each path answers one case; the server is real, on 127.0.0.1, with a port chosen by the system. */
const ROUTES: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/article': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  },
  '/gzipped': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    response.end(gzipSync(PAGE));
  },
  '/untyped': (_, response) => {
    response.writeHead(200);
    response.end('Plain words without a content type.');
  },
  '/feed': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>');
  },
  '/hop/1': (_, response) => redirect(response, 301, '/hop/2'),
  '/hop/2': (_, response) => redirect(response, 302, '3'), // relative: /hop/3
  '/hop/3': (_, response) => redirect(response, 307, '/article'),
  '/loop': (_, response) => redirect(response, 302, '/loop'),
  '/redirect-without-location': (_, response) => {
    response.writeHead(302);
    response.end();
  },
  '/redirect-to-ftp': (_, response) => redirect(response, 301, 'ftp://files.example/article.txt'),
  '/missing': (_, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<p>gone</p>');
  },
  '/slow': (_, response) => {
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('too late');
    }, 2000);
    response.on('close', () => clearTimeout(timer));
  },
  '/large-declared': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(100_000) });
    response.end('x'.repeat(100_000));
  },
  '/large-streamed': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length
    let sent = 0;
    const send = (): void => {
      while (sent < 100_000) {
        sent += 10_000;
        if (!response.write('y'.repeat(10_000))) {
          response.once('drain', send);
          return;
        }
      }
      response.end();
    };
    send();
  },
  '/image': (_, response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.from('89504e470d0a1a0a', 'hex'));
  },
  '/pdf': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.7');
  },
};

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

let server: Server;
let origin: string;
/** A port that was open a moment ago and is closed now: nothing listens there. */
let closedPort: number;

before(async () => {
  server = createServer((request, response) => {
    const route = ROUTES[request.url ?? ''];
    if (route) route(request, response);
    else redirect(response, 404, '/');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = { allowPrivate: true, timeoutMs: 5000 };

function expectFetched(result: FetchedResource | FetchFailure): FetchedResource {
  assert.equal(result.ok, true, result.ok ? '' : result.reason);
  return result as FetchedResource;
}

function expectFailure(result: FetchedResource | FetchFailure): string {
  assert.equal(result.ok, false, 'expected the fetch to fail');
  return (result as FetchFailure).reason;
}

test('the defaults are frozen and match the file limit', () => {
  assert.ok(Object.isFrozen(DEFAULT_FETCH_OPTIONS));
  assert.equal(DEFAULT_FETCH_OPTIONS.maxBytes, 32 * 1024 * 1024);
  assert.equal(DEFAULT_FETCH_OPTIONS.timeoutMs, 15000);
  assert.equal(DEFAULT_FETCH_OPTIONS.maxRedirects, 5);
  assert.equal(DEFAULT_FETCH_OPTIONS.allowPrivate, false);
});

test('a 200 HTML page comes back as bytes with its content type', async () => {
  const fetched = expectFetched(await fetchUrl(`${origin}/article`, local));
  assert.equal(fetched.status, 200);
  assert.equal(fetched.url, `${origin}/article`);
  assert.equal(fetched.finalUrl, `${origin}/article`);
  assert.equal(fetched.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(fetched.bytes).toString('utf8'), PAGE);
});

test('a gzip body is decompressed', async () => {
  const fetched = expectFetched(await fetchUrl(`${origin}/gzipped`, local));
  assert.equal(Buffer.from(fetched.bytes).toString('utf8'), PAGE);
});

test('a missing content type and a feed type are accepted', async () => {
  const untyped = expectFetched(await fetchUrl(`${origin}/untyped`, local));
  assert.equal(untyped.contentType, null);
  assert.equal(Buffer.from(untyped.bytes).toString('utf8'), 'Plain words without a content type.');
  const feed = expectFetched(await fetchUrl(`${origin}/feed`, local));
  assert.equal(feed.contentType, 'application/rss+xml');
});

test('a redirect chain is followed to its end, relative locations included', async () => {
  const fetched = expectFetched(await fetchUrl(`${origin}/hop/1`, local));
  assert.equal(fetched.url, `${origin}/hop/1`);
  assert.equal(fetched.finalUrl, `${origin}/article`);
  assert.equal(Buffer.from(fetched.bytes).toString('utf8'), PAGE);
});

test('a chain longer than maxRedirects fails', async () => {
  assert.equal(expectFailure(await fetchUrl(`${origin}/hop/1`, { ...local, maxRedirects: 2 })), `${origin}/hop/1: redirected to ${origin}/hop/3: too many redirects (more than 2)`);
  assert.equal(expectFailure(await fetchUrl(`${origin}/loop`, local)), `${origin}/loop: too many redirects (more than 5)`);
});

test('a redirect without a Location, or to another protocol, fails', async () => {
  assert.equal(expectFailure(await fetchUrl(`${origin}/redirect-without-location`, local)), `${origin}/redirect-without-location: HTTP 302 redirect without a Location header`);
  assert.equal(
    expectFailure(await fetchUrl(`${origin}/redirect-to-ftp`, local)),
    `${origin}/redirect-to-ftp: redirected to ftp://files.example/article.txt: unsupported protocol ftp: (only http and https)`,
  );
});

test('an HTTP error status fails with its code and text', async () => {
  assert.equal(expectFailure(await fetchUrl(`${origin}/missing`, local)), `${origin}/missing: HTTP 404 Not Found`);
});

test('a slow server times out', async () => {
  const started = Date.now();
  assert.equal(expectFailure(await fetchUrl(`${origin}/slow`, { ...local, timeoutMs: 200 })), `${origin}/slow: timed out after 200 ms`);
  assert.ok(Date.now() - started < 1500, 'the timeout did not wait for the server');
});

test('a body over maxBytes fails, whether announced by Content-Length or not', async () => {
  assert.equal(
    expectFailure(await fetchUrl(`${origin}/large-declared`, { ...local, maxBytes: 50_000 })),
    `${origin}/large-declared: too large: 100000 bytes declared, more than 50000 bytes (--max-bytes)`,
  );
  assert.equal(expectFailure(await fetchUrl(`${origin}/large-streamed`, { ...local, maxBytes: 50_000 })), `${origin}/large-streamed: too large: more than 50000 bytes (--max-bytes)`);
  const underTheLimit = expectFetched(await fetchUrl(`${origin}/large-streamed`, { ...local, maxBytes: 100_000 }));
  assert.equal(underTheLimit.bytes.length, 100_000);
});

test('content that is not text is refused by its type', async () => {
  assert.equal(expectFailure(await fetchUrl(`${origin}/image`, local)), `${origin}/image: unsupported content type image/png`);
  assert.equal(expectFailure(await fetchUrl(`${origin}/pdf`, local)), `${origin}/pdf: unsupported content type application/pdf`);
});

test('internal addresses are refused without allowPrivate, written out or resolved', async () => {
  assert.equal(
    expectFailure(await fetchUrl(`${origin}/article`, { timeoutMs: 5000 })),
    `${origin}/article: refused: 127.0.0.1 is a loopback address (use --allow-private to allow it)`,
  );
  assert.equal(expectFailure(await fetchUrl('http://[::1]/x', { timeoutMs: 5000 })), 'http://[::1]/x: refused: ::1 is a loopback address (use --allow-private to allow it)');
  assert.equal(expectFailure(await fetchUrl('http://10.1.2.3/x')), 'http://10.1.2.3/x: refused: 10.1.2.3 is a private address (use --allow-private to allow it)');
  assert.equal(
    expectFailure(await fetchUrl('http://169.254.169.254/latest/meta-data/')),
    'http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address (use --allow-private to allow it)',
  );
  // "localhost" is a name: the refusal comes from the lookup, after resolving it.
  const port = new URL(origin).port;
  assert.match(expectFailure(await fetchUrl(`http://localhost:${port}/article`, { timeoutMs: 5000 })), /^http:\/\/localhost:\d+\/article: refused: (?:127\.0\.0\.1|::1) is a loopback address \(use --allow-private to allow it\)$/);
});

test('a port where nothing listens fails with the connection error', async () => {
  assert.equal(expectFailure(await fetchUrl(`http://127.0.0.1:${closedPort}/`, local)), `http://127.0.0.1:${closedPort}/: could not connect: ECONNREFUSED`);
});

test('URLs that are not http(s) fail without a request', async () => {
  assert.equal(expectFailure(await fetchUrl('file:///etc/passwd')), 'file:///etc/passwd: unsupported protocol file: (only http and https)');
  assert.equal(expectFailure(await fetchUrl('not a url')), 'not a url: not a valid URL');
});

test('a wrong option is misuse and throws at once', async () => {
  await assert.rejects(fetchUrl(`${origin}/article`, { timeoutMs: -1 }), /fetch option timeoutMs must be a positive number \(got -1\)/);
  await assert.rejects(fetchUrl(`${origin}/article`, { maxRedirects: 1.5 }), /fetch option maxRedirects must be a non-negative integer/);
});
