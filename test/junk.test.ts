import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
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

const inputs = {
  good: write('good.txt', `Warehouse fire put out\n\n${GOOD}\n`),
  empty: write('empty.txt', ''),
  whitespace: write('whitespace.txt', ' \n\t\n  \r\n'),
  binary: write('binary.txt', binary),
  tooLarge: write('large.txt', `${GOOD}\n`.repeat(20_000)),
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
  missing: join(folder, 'does-not-exist.txt'),
  unreachable: 'http://127.0.0.1:9/article.html',
  refused: 'http://127.0.0.1:9/private.html',
};

let dossier: Dossier;
test('a batch of junk inputs never throws', async () => {
  const { refused, unreachable, ...local } = inputs;
  dossier = await analyzeStory([...Object.values(local), unreachable], { ingest: { maxBytes: 2_000_000, allowPrivate: true, timeoutMs: 3000 } });
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

test('a JSONL file with one bad line keeps its other lines', () => {
  assert.ok(dossier.articles.some((article) => article.source === `${inputs.lines}#1`));
  assert.ok(dossier.articles.some((article) => article.source === `${inputs.lines}#3`));
  const bad = dossier.failed.find((failed) => failed.source === `${inputs.lines}#2`);
  assert.match(bad?.reason ?? '', /line 2: invalid JSON/);
});

test('the good, the unbalanced, the single-word and the mixed-script inputs are read', () => {
  for (const name of ['good', 'unbalanced', 'oneWord', 'mixedScripts'] as const) {
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
