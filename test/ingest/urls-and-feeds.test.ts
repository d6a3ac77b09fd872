import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { analyzeStory } from '../../src/pipeline.ts';
import { REPO } from '../shared-folder.ts';

const PARAGRAPHS = [
  'Nicolás Maduro met the foreign minister in Caracas on Thursday, the government said in a statement released in the evening.',
  'The two men discussed trade, energy projects and the security of shipping lanes in the Caribbean, officials said after the meeting.',
  'No date was set for a further meeting, but both sides said they would keep in touch through their embassies in the coming weeks.',
];
const OTHER_PARAGRAPHS = [
  'Talks between the two governments resumed in Caracas on Friday after a pause of several months, diplomats said on Friday night.',
  'The delegations met for four hours at the foreign ministry and agreed to meet again before the end of the year, according to officials.',
];
const page = (title: string, charset: string, paragraphs = PARAGRAPHS) =>
  `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title><meta property="og:site_name" content="Example Courier"></head>` +
  `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article><footer>© Example Courier</footer></body></html>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example Courier</title>
        <item><title>Maduro meets minister</title><link>${base}/article-1.html</link><pubDate>Thu, 11 Dec 2025 18:00:00 GMT</pubDate><description>Maduro met the minister.</description></item>
        <item><title>Gone page</title><link>${base}/gone.html</link><description>A summary of a page that is gone.</description></item>
      </channel></rss>`);
    } else if (request.url === '/article-1.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(iconv.encode(page('Maduro meets minister', 'windows-1252'), 'windows-1252'));
    } else if (request.url === '/slow.html') {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page('Slow page', 'utf-8', [...PARAGRAPHS].reverse()));
      }, 400);
    } else if (request.url === '/story.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page('Talks in Caracas', 'utf-8', OTHER_PARAGRAPHS));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test('a feed whose items carry only a summary has each item page fetched; a dead page keeps its summary', async () => {
  const dossier = await analyzeStory([`${base}/feed.xml`, `${base}/story.html`], { ingest: { allowPrivate: true } });
  assert.deepEqual(dossier.failed, []);
  const [fetched, gone, story] = dossier.articles;
  assert.equal(fetched!.source, `${base}/feed.xml#1`);
  assert.ok(fetched!.text.includes('Nicolás Maduro met the foreign minister'), 'windows-1252 page decoded');
  assert.equal(fetched!.published, '2025-12-11');
  assert.equal(fetched!.url, `${base}/article-1.html`);
  assert.equal(gone!.text, 'A summary of a page that is gone.');
  assert.ok(gone!.messages.some((message) => message.severity === 'warning' && /summary.*404/i.test(message.reason)));
  assert.equal(story!.source, `${base}/story.html`);
  assert.equal(story!.outlet, 'Example Courier');
  assert.equal(story!.title, 'Talks in Caracas');
  assert.ok(!story!.text.includes('Home'), 'navigation is not body');
});

test('URLs on private addresses are refused unless allowed', async () => {
  const dossier = await analyzeStory([`${base}/story.html`]);
  assert.equal(dossier.articles.length, 0);
  assert.equal(dossier.failed[0]!.source, `${base}/story.html`);
  assert.match(dossier.failed[0]!.reason, /--allow-private/);
});

test('a feed file becomes one article per item with full content', async () => {
  const dossier = await analyzeStory([join(REPO, 'test/fixtures/feeds/rss2-content-encoded.xml')]);
  assert.ok(dossier.articles.length >= 2, `${dossier.articles.length} articles`);
  for (const article of dossier.articles) {
    assert.match(article.source, /rss2-content-encoded\.xml#\d+$/);
    assert.ok(article.text.length > 100);
    assert.equal(article.kind, 'feed');
  }
});

test('inputs read at the same time come back in the order they were given', async () => {
  const order = [`${base}/slow.html`, `${base}/story.html`, `${base}/missing.html`];
  const progress: number[] = [];
  const dossier = await analyzeStory(order, { ingest: { allowPrivate: true, concurrency: 3 } }, { onProgress: (done) => progress.push(done) });
  assert.deepEqual(dossier.articles.map((article) => article.source), order.slice(0, 2));
  assert.equal(dossier.failed[0]!.source, order[2]);
  assert.match(dossier.failed[0]!.reason, /404/);
  assert.deepEqual(progress, [1, 2, 3]);
});
