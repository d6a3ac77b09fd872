import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { parseFeedsFile } from '../../src/watch-feeds.ts';
import { BIN, REPO, sharedPath } from '../shared-folder.ts';

/** A feed on 127.0.0.1 with ETag and Last-Modified, its items' pages, and a log of what was asked. */
async function feedServer(documents: ReadonlyArray<{ id: string; text: string }>) {
  const state = { version: 1, items: 3, asked: [] as Array<{ path: string; headers: IncomingHttpHeaders; status: number }> };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const answer = (status: number, type: string | null, body: string, headers: Record<string, string> = {}) => {
      state.asked.push({ path, headers: request.headers, status });
      response.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      response.end(body);
    };
    if (path === '/feed.xml') {
      const etag = `"v${state.version}"`;
      if (request.headers['if-none-match'] === etag) return answer(304, null, '');
      const items = documents.slice(0, state.items).map((document, index) =>
        `<item><title>Item ${index + 1}</title><link>${base}/articles/${document.id}.html</link><description>A summary.</description><pubDate>Wed, 05 May 2010 12:00:00 GMT</pubDate></item>`).join('');
      return answer(200, 'application/rss+xml; charset=utf-8', `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local wire</title><link>${base}</link>${items}</channel></rss>`, { etag, 'last-modified': 'Wed, 05 May 2010 12:00:00 GMT' });
    }
    const document = documents.find((candidate) => path === `/articles/${candidate.id}.html`);
    if (!document) return answer(404, 'text/plain', 'not found');
    const [title, ...paragraphs] = document.text.split('\n');
    return answer(200, 'text/html; charset=utf-8', `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `triangulate watch` as a child process (the server above answers it meanwhile); its exit code and stderr. */
function watch(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [BIN, 'watch', ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 6).map((line) => JSON.parse(line) as { id: string; text: string });

test('a feeds file: a URL a line with an optional interval; comments and blank lines skipped; a bad line named', () => {
  const { feeds, problems } = parseFeedsFile('# wires\nhttps://a.example/rss 15m\n\nhttp://b.example/atom.xml  # the default interval\nhttps://c.example/feed 2h\n', 300);
  assert.deepEqual(feeds, [
    { url: 'https://a.example/rss', intervalSeconds: 900 },
    { url: 'http://b.example/atom.xml', intervalSeconds: 300 },
    { url: 'https://c.example/feed', intervalSeconds: 7200 },
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(parseFeedsFile('ftp://x.example/feed\nhttps://y.example/rss soon', 60).problems, [
    'line 1: "ftp://x.example/feed" is not an http(s) URL',
    'line 2: "https://y.example/rss soon": expected a URL and an interval such as 300, 15m or 2h',
  ]);
});

test('watch reads a feed\'s items into the store, asks again with If-None-Match (answered 304), takes only new items when the feed changes, and stops cleanly on SIGTERM', async () => {
  const server = await feedServer(documents);
  const data = mkdtempSync(join(tmpdir(), 'triangulate-watch-'));
  const feeds = join(data, 'feeds.txt');
  writeFileSync(feeds, `${server.base}/feed.xml 60\n`);
  const common = [feeds, '--data', data, '--allow-private', '--verbose', '--quiet'];
  const due = async () => {
    const db = await openStore({ data });
    await db.query('UPDATE feeds SET next_poll_at = now()');
    const [counts] = await db.query<{ articles: number; placed: number }>('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS placed');
    await db.close();
    return counts!;
  };
  try {
    const first = await watch([...common, '--once']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /3 items, 3 new, 3 stored/);
    assert.equal(server.state.asked.find((asked) => asked.path === '/feed.xml')!.headers['if-none-match'], undefined);
    assert.deepEqual(await due(), { articles: 3, placed: 3 });

    const second = await watch([...common, '--once']);
    assert.match(second.stderr, /not modified/);
    const lastFeed = server.state.asked.filter((asked) => asked.path === '/feed.xml').at(-1)!;
    assert.equal(lastFeed.headers['if-none-match'], '"v1"');
    assert.equal(lastFeed.headers['if-modified-since'], 'Wed, 05 May 2010 12:00:00 GMT');
    assert.equal(lastFeed.status, 304);
    assert.deepEqual(await due(), { articles: 3, placed: 3 });

    // the feed gains two items: only they are fetched and stored; then SIGTERM ends the watch, what it read kept
    server.state.version = 2;
    server.state.items = 5;
    const pagesBefore = server.state.asked.filter((asked) => asked.path.startsWith('/articles/')).length;
    const third = await watch(common, (stderr, child) => {
      if (/5 items, 2 new, 2 stored/.test(stderr) && !child.killed) child.kill('SIGTERM');
    });
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stderr, /stopped after 1 poll/);
    assert.equal(server.state.asked.filter((asked) => asked.path.startsWith('/articles/')).length - pagesBefore, 2, 'only the new items\' pages fetched');
    assert.deepEqual(await due(), { articles: 5, placed: 5 });
  } finally {
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
});

test('a feed that fails is polled again after a backoff that doubles with each failure', async () => {
  const data = mkdtempSync(join(tmpdir(), 'triangulate-watch-fail-'));
  const feeds = join(data, 'feeds.txt');
  // nothing listens on port 1
  writeFileSync(feeds, 'http://127.0.0.1:1/feed.xml 60\n');
  try {
    const run = await watch([feeds, '--data', data, '--allow-private', '--once', '--quiet', '--timeout', '2000']);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /http:\/\/127\.0\.0\.1:1\/feed\.xml: failed \(.+\); polled again after a backoff/);
    const db = await openStore({ data });
    const [feed] = await db.query<{ failures: number; wait: number }>('SELECT failures, extract(epoch FROM next_poll_at - now())::int AS wait FROM feeds');
    await db.close();
    assert.equal(feed!.failures, 1);
    assert.ok(feed!.wait > 100 && feed!.wait <= 120, `waits twice the interval: ${feed!.wait} s`);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
