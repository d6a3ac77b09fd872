import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Dossier } from '../src/model/index.ts';
import { analyzeStory } from '../src/pipeline.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-junk-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

const GOOD = 'Firefighters put out a blaze at a warehouse on the edge of the city on Sunday night. No one was hurt, the fire service said.';
const binary = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
/** `<div>` × depth around one paragraph: the shape that took Readability minutes. */
const nested = (depth: number) => `${'<div>'.repeat(depth)}<p>The harbour bridge reopened on Monday after three weeks of repairs, the city said.</p>${'</div>'.repeat(depth)}`;

/** A folder whose links loop: `sub/up -> ..` and `self -> .`; its one article must be read once. */
const loopFolder = join(folder, 'loop');
mkdirSync(join(loopFolder, 'sub'), { recursive: true });
writeFileSync(join(loopFolder, 'strike.txt'), 'Rail strike begins\n\nRail workers began a two-day strike on Tuesday over pay and the closure of ticket offices, the union said.\n');
symlinkSync('..', join(loopFolder, 'sub', 'up'));
symlinkSync('.', join(loopFolder, 'self'));

const inputs = {
  good: write('good.txt', `Warehouse fire put out\n\n${GOOD}\n`),
  empty: write('empty.txt', ''),
  whitespace: write('whitespace.txt', ' \n\t\n  \r\n'),
  binary: write('binary.txt', binary),
  tooLarge: write('large.txt', `${GOOD}\n`.repeat(30_000)),
  noBody: write('no-body.html', '<html><head><title>Only a title</title></head></html>'),
  unbalanced: write('quotes.txt', `The mayor said “we will not yield and then left.\n${GOOD} "Half a quote\n`),
  badJson: write('bad.json', '{"title": "Broken", "text": "unterminated'),
  lines: write('three.jsonl', [
    JSON.stringify({ title: 'One', text: 'The council approved the budget for next year after a long debate on Monday evening.' }),
    '{"title": "Two", "text": ',
    JSON.stringify({ title: 'Three', text: 'Rail workers began a two-day strike on Tuesday over pay and the closure of ticket offices.' }),
  ].join('\n')),
  oneWord: write('one-word.txt', 'word '.repeat(200_000)),
  brokenGzip: write('broken.html.gz', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4f])),
  mixedScripts: write('mixed.txt', `Москва и Caracas 北京 القاهرة — ${GOOD}\n`),
  nested500: write('nested-500.html', nested(500)),
  nested2000: write('nested-2000.html', nested(2_000)),
  nested100000: write('nested-100000.html', nested(100_000)),
  // 1,000,000 tags in 3 MB, under --max-bytes (each <p> closes the one before: siblings, not depth)
  millionTags: write('million-tags.html', '<p>'.repeat(1_000_000)),
  replacement: write('replacement.txt', '\ufffd'.repeat(10_000)),
  symbols: write('symbols.txt', '#|*|=+-~^ '.repeat(2_000)),
  base64: write('base64.txt', Buffer.from(binary).toString('base64').repeat(4)),
  loop: loopFolder,
  missing: join(folder, 'does-not-exist.txt'),
  unreachable: 'http://127.0.0.1:9/article.html',
  refused: 'http://127.0.0.1:9/private.html',
};

/** A server that never answers: its page can only end by the input's time budget. */
let silentServer: Server;
let silentUrl: string;
before(async () => {
  silentServer = createServer(() => {});
  await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silentServer.address() as AddressInfo).port}/never-answers.html`;
});
after(async () => {
  silentServer.closeAllConnections();
  await new Promise<void>((resolve) => silentServer.close(() => resolve()));
});

let dossier: Dossier;
test('a batch of junk inputs never throws', async () => {
  const { refused, unreachable, ...local } = inputs;
  dossier = await analyzeStory([...Object.values(local), unreachable], { ingest: { maxBytes: 3_500_000, allowPrivate: true, timeoutMs: 3000 } });
  const refusedDossier = await analyzeStory([refused], { ingest: { allowPrivate: false } });
  assert.equal(refusedDossier.articles.length, 0);
  assert.match(refusedDossier.failed[0]!.reason, /loopback|private/i);
  assert.match(refusedDossier.failed[0]!.reason, /--allow-private/);
});

// [input, what its failure must say]
const FAILURES: [keyof typeof inputs, RegExp][] = [
  ['empty', /empty/i],
  ['whitespace', /empty|whitespace/i],
  ['binary', /binary/i],
  ['tooLarge', /too large.*--max-bytes/i],
  ['nested2000', /deeper than 512 levels \(--max-html-depth\)/],
  ['nested100000', /deeper than 512 levels \(--max-html-depth\)/],
  ['millionTags', /more than 100000 elements \(--max-html-elements\)/],
  ['replacement', /100% replacement characters \(U\+FFFD.*not language/],
  ['symbols', /letters and digits.*not language/],
  ['base64', /without a space.*not language/],
  ['noBody', /no article text/i],
  ['badJson', /invalid JSON/i],
  ['brokenGzip', /broken gzip/i],
  ['missing', /no such file/i],
  ['unreachable', /connect|refused|ECONNREFUSED/i],
];

for (const [name, reason] of FAILURES) {
  test(`${name}: fails alone, named, with a clear reason`, () => {
    const failure = dossier.failed.find((failed) => failed.source === inputs[name]);
    assert.ok(failure, `${inputs[name]} is in failed[]: ${JSON.stringify(dossier.failed)}`);
    assert.match(failure.reason, reason);
  });
}

test('a URL that never answers fails by the time budget (under its own --timeout), named, and the batch goes on', async () => {
  const budgeted = await analyzeStory([silentUrl, inputs.good], { ingest: { allowPrivate: true, timeoutMs: 30_000, timeBudgetMs: 500 } });
  const failure = budgeted.failed.find((failed) => failed.source === silentUrl);
  assert.match(failure?.reason ?? '', /took more than 500 ms, the time budget of each input \(--time-budget\)/, JSON.stringify(budgeted.failed));
  assert.deepEqual(budgeted.articles.map((article) => article.source), [inputs.good]);
});

test('a folder whose links loop is walked once: its one article read once, nothing failed in it', () => {
  const fromLoop = dossier.articles.filter((article) => article.source.startsWith(loopFolder));
  assert.deepEqual(fromLoop.map((article) => article.source), [join(loopFolder, 'strike.txt')]);
  assert.deepEqual(dossier.failed.filter((failed) => failed.source.startsWith(loopFolder)), []);
});

test('10,000 U+FFFD characters become no article, outlet or story', () => {
  assert.equal(dossier.articles.some((article) => article.source === inputs.replacement), false);
  assert.equal(dossier.articles.some((article) => /\ufffd{3}/.test(article.text)), false);
});

test('an article over --max-text-length is cut at a paragraph break, with a warning naming the limit', async () => {
  const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index + 1}. ${GOOD}`).join('\n\n');
  const path = write('long.txt', paragraphs);
  const long = await analyzeStory([path], { ingest: { maxTextLength: 2_000 } });
  const [article] = long.articles;
  assert.deepEqual(long.failed, []);
  assert.ok(article && article.raw.length <= 2_000 && article.raw.length > 1_500, `${article?.raw.length}`);
  assert.ok(article.raw.endsWith(GOOD), article.raw.slice(-80));
  const warning = article.messages.find((message) => message.origin === 'ingest:limit-text-length');
  assert.match(warning?.reason ?? '', /over the limit of 2000 \(--max-text-length\): cut at character \d+, a paragraph break/);
});

test('a JSONL file with one bad line keeps its other lines', () => {
  assert.ok(dossier.articles.some((article) => article.source === `${inputs.lines}#1`));
  assert.ok(dossier.articles.some((article) => article.source === `${inputs.lines}#3`));
  const bad = dossier.failed.find((failed) => failed.source === `${inputs.lines}#2`);
  assert.match(bad?.reason ?? '', /line 2: invalid JSON/);
});

test('the good, the unbalanced, the single-word, the mixed-script and the 500-deep inputs are read', () => {
  for (const name of ['good', 'unbalanced', 'oneWord', 'mixedScripts', 'nested500'] as const) {
    assert.ok(dossier.articles.some((article) => article.source === inputs[name]), name);
  }
  assert.equal(dossier.articles.find((article) => article.source === inputs.good)?.title, 'Warehouse fire put out');
});

test('every article keeps the model invariants', () => {
  for (const article of dossier.articles) {
    for (const [cleanStart, rawStart, length] of article.offsetMap) {
      assert.ok(cleanStart >= 0 && cleanStart + length <= article.text.length, `${article.source}: segment inside text`);
      assert.ok(rawStart >= 0 && rawStart + length <= article.raw.length, `${article.source}: segment inside raw`);
      assert.equal(article.text.slice(cleanStart, cleanStart + length), article.raw.slice(rawStart, rawStart + length));
    }
    for (const message of article.messages) assert.ok(message.origin && message.reason, `${article.source}: message has origin and reason`);
    assert.equal(article.text, article.text.normalize('NFC'));
  }
});
