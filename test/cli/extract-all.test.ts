import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, sharedPath } from '../shared-folder.ts';
import { triangulate } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-extract-'));
const seeds = sharedPath('seeds');
const FEED = join(REPO, 'test/fixtures/feeds/rss2-content-encoded.xml');

/** Two articles in JSON Lines, as a crawler writes them. */
const jsonl = join(folder, 'two.jsonl');
writeFileSync(
  jsonl,
  [
    { title: 'Warehouse fire put out', maintext: 'Firefighters put out a blaze at a warehouse on Sunday night. No one was hurt, the fire service said.' },
    { title: 'Council approves budget', maintext: 'The city council approved next year\'s budget on Monday after a long debate about road repairs.' },
  ]
    .map((article) => JSON.stringify(article))
    .join('\n'),
);

test('extract on an input of several articles (folder, JSON Lines, feed) is a usage error without --all: exit 2, the count named, nothing printed', () => {
  for (const input of [seeds, jsonl, FEED]) {
    const { code, stdout, stderr } = triangulate(['extract', input]);
    assert.equal(code, 2, input);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`holds \\d+ articles.*--all`));
  }
});

test('extract --all prints every article: JSON Lines for --format json, one line each with its source', () => {
  const { code, stdout } = triangulate(['extract', seeds, '--all', '--format', 'json']);
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  const articles = lines.map((line) => JSON.parse(line));
  const analyzed = JSON.parse(triangulate(['analyze', seeds, '--format', 'json', '--quiet']).stdout);
  assert.equal(articles.length, analyzed.articles.length);
  assert.deepEqual(articles.map((article) => article.source).sort(), analyzed.articles.map((article: { source: string }) => article.source).sort());
  for (const article of articles) assert.ok(article.text.length > 100, article.source);
});

test('extract --all in text heads each article with its source', () => {
  const { code, stdout } = triangulate(['extract', jsonl, '--all']);
  assert.equal(code, 0);
  assert.deepEqual(stdout.match(/^==> .+ <==$/gm), [`==> ${jsonl}#1 <==`, `==> ${jsonl}#2 <==`]);
  assert.match(stdout, /Firefighters put out a blaze[\s\S]*The city council approved/);
});

test('extract of a folder with one article prints it without --all', () => {
  const single = join(folder, 'single');
  mkdirSync(single);
  writeFileSync(join(single, 'fire.txt'), 'Warehouse fire put out\n\nFirefighters put out a blaze at a warehouse on Sunday night. No one was hurt.\n');
  const { code, stdout } = triangulate(['extract', single]);
  assert.equal(code, 0);
  assert.match(stdout, /^Firefighters put out a blaze/);
});
