import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import { DEFAULT_INGEST_OPTIONS, expandInputs, readInput } from '../../src/ingest/index.ts';
import { extractArticle } from '../../src/pipeline.ts';
import { sharedPath } from '../shared-folder.ts';
import { toIsoDate } from '../../src/ingest/to-iso-date.ts';
import { sniffKind } from '../../src/ingest/sniff-kind.ts';
import { readMarkdown } from '../../src/ingest/read-markdown.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-ingest-'));
const TEXT = 'Firefighters put out a blaze at a warehouse on the edge of the city on Sunday night. No one was hurt.';

async function readPath(path: string) {
  const { sources, failed } = await expandInputs([path]);
  assert.deepEqual(failed, []);
  return readInput(sources[0]!, DEFAULT_INGEST_OPTIONS);
}

test('reads a news-please JSON article', async () => {
  const path = join(folder, 'news-please.json');
  writeFileSync(path, JSON.stringify({
    title: 'Warehouse fire put out', maintext: TEXT, authors: ['Jane Doe', 'John Roe'], date_publish: '2025-12-11 10:32:00',
    source_domain: 'example.com', url: 'https://example.com/fire', language: 'en',
  }));
  const { articles } = await readPath(path);
  assert.equal(articles.length, 1);
  const [article] = articles;
  assert.equal(article!.text, TEXT);
  assert.deepEqual(article!.metadata, { title: 'Warehouse fire put out', byline: 'Jane Doe, John Roe', published: '2025-12-11', outlet: 'example.com', url: 'https://example.com/fire', language: 'en' });
});

test('reads a JSON array of articles in the common shapes, each with its own source', async () => {
  const path = join(folder, 'array.json');
  writeFileSync(path, JSON.stringify([
    { headline: 'First', content: TEXT, published: '2025-12-10T08:00:00Z', outlet: 'Example Gazette' },
    { title: 'Second', body: `<p>${TEXT}</p><p>The cause is not known.</p>`, date: 'Thu, 11 Dec 2025 10:00:00 GMT', source: { name: 'Example Times' } },
    { title: 'No text here' },
  ]));
  const { articles, failed } = await readPath(path);
  assert.deepEqual(articles.map((article) => [article.source, article.metadata.title, article.metadata.outlet, article.metadata.published]), [
    [`${path}#1`, 'First', 'Example Gazette', '2025-12-10'],
    [`${path}#2`, 'Second', 'Example Times', '2025-12-11'],
  ]);
  assert.ok(!articles[1]!.text.includes('<p>'), 'HTML in a text field becomes text');
  assert.match(failed[0]!.reason, /no article text/);
  assert.equal(failed[0]!.source, `${path}#3`);
});

test('folders are read recursively, sorted, skipping hidden and unknown files', async () => {
  const root = join(folder, 'tree');
  mkdirSync(join(root, 'b', 'c'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), TEXT);
  writeFileSync(join(root, 'b', 'c', 'd.md'), `# Title\n\n${TEXT}`);
  writeFileSync(join(root, 'b', 'picture.png'), 'not read');
  writeFileSync(join(root, '.hidden.txt'), TEXT);
  const { sources } = await expandInputs([root]);
  assert.deepEqual(sources.map((source) => (source.kind === 'file' ? source.path.slice(root.length) : source.kind)), ['/a.txt', '/b/c/d.md']);
});

test('the kind is sniffed from the content when the extension is missing or wrong', () => {
  assert.equal(sniffKind('<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt'), 'html');
  assert.equal(sniffKind('{"title": "x", "text": "y"}', 'article'), 'json');
  assert.equal(sniffKind('{"text": "a"}\n{"text": "b"}\n', 'lines.json'), 'jsonl');
  assert.equal(sniffKind('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'feed.txt'), 'feed');
  assert.equal(sniffKind('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'), 'feed');
  assert.equal(sniffKind('Just text about <b> tags in prose.', 'note.html'), 'text');
  assert.equal(sniffKind(TEXT, 'story.md'), 'markdown');
});

test('markdown keeps words and drops markup', () => {
  const { text, title } = readMarkdown(`# The **fire**\n\n![photo](a.png)\nFirefighters [put out](https://x) a *blaze* on \`Sunday\`.\n- one item`);
  assert.equal(title, 'The fire');
  assert.equal(text, 'The fire\n\n\nFirefighters put out a blaze on Sunday.\none item');
});

// [as structured inputs carry it, YYYY-MM-DD or null]
const DATES: [unknown, string | null][] = [
  ['2025-12-11T10:00:00Z', '2025-12-11'],
  ['2025-12-11 10:32:00', '2025-12-11'],
  ['Thu, 11 Dec 2025 10:00:00 GMT', '2025-12-11'],
  [1765447200, '2025-12-11'],
  ['2025-02-30', null],
  ['yesterday', null],
  [null, null],
];
for (const [value, expected] of DATES) test(`reads the date ${JSON.stringify(value)}`, () => assert.equal(toIsoDate(value), expected));

test('a gzip-compressed page is unpacked and read like any page', async () => {
  const folder = sharedPath('data/extraction/html');
  const page = join(folder, readdirSync(folder).sort()[0]!);
  const { article, failed } = await extractArticle(page);
  assert.deepEqual(failed, []);
  assert.ok(article!.text.length > 1000);
  assert.ok(article!.messages.some((message) => /gzip-compressed input/.test(message.reason)));
  assert.equal(article!.kind, 'html');
});

test('the outlet comes from the address only when the site is a known outlet', async () => {
  const html = (url: string) => `<html><head><link rel="canonical" href="${url}"></head><body><article><p>${TEXT} ${TEXT}</p><p>${TEXT}</p></article></body></html>`;
  const known = join(folder, 'known.html');
  const unknown = join(folder, 'unknown.html');
  writeFileSync(known, html('https://www.bbc.co.uk/news/world-12345'));
  writeFileSync(unknown, html('https://blog.example.org/post/1'));
  assert.equal((await extractArticle(known)).article!.outlet, 'BBC News');
  assert.equal((await extractArticle(unknown)).article!.outlet, null);
});

test('a SOURCES.tsv beside text files fills their URL (and so their outlet) and says so; a file\'s own metadata wins', async () => {
  const listed = join(folder, 'listed');
  mkdirSync(listed);
  writeFileSync(join(listed, 'fire.txt'), TEXT);
  writeFileSync(join(listed, 'page.html'), `<html><head><link rel="canonical" href="https://example.org/own"></head><body><p>${TEXT}</p></body></html>`);
  writeFileSync(join(listed, 'SOURCES.tsv'), 'file\toriginal_url\toutlet\npage.html\thttps://www.bbc.co.uk/news/listed\t\nfire.txt\thttps://www.bbc.co.uk/news/fire\t\n');
  const { sources, failed } = await expandInputs([listed]);
  assert.deepEqual(failed, []);
  assert.deepEqual(sources.map((source) => source.kind === 'file' && source.path.slice(listed.length + 1)), ['fire.txt', 'page.html']);
  const [fire, page] = await Promise.all(sources.map((source) => readInput(source, DEFAULT_INGEST_OPTIONS)));
  assert.equal(fire!.articles[0]!.metadata.url, 'https://www.bbc.co.uk/news/fire');
  assert.ok(fire!.articles[0]!.messages.some((message) => message.origin === 'ingest:read-sources-table' && message.reason === `url from ${join(listed, 'SOURCES.tsv')}`));
  assert.equal(page!.articles[0]!.metadata.url, 'https://example.org/own');
  const { article } = await extractArticle(join(listed, 'fire.txt'));
  assert.equal(article?.outlet, 'BBC News');
});

test('a SOURCES.tsv without a "file" column fails by its own name; the files are still read', async () => {
  const broken = join(folder, 'broken-table');
  mkdirSync(broken);
  writeFileSync(join(broken, 'fire.txt'), TEXT);
  writeFileSync(join(broken, 'SOURCES.tsv'), 'name\turl\nfire.txt\thttps://example.org/fire\n');
  const { sources, failed } = await expandInputs([broken]);
  assert.equal(sources.length, 1);
  assert.deepEqual(failed, [{ source: join(broken, 'SOURCES.tsv'), reason: 'no "file" column in its header row (columns: name, url)' }]);
});
