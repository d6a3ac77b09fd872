import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { scoreCorpus, scorePage } from '../../../bench/shingle-f1.ts';
import { extractArticleFromHtml } from '../../../src/ingest/html/index.ts';
import { sharedPath } from '../../shared-folder.ts';

/** Ten real pages of the extraction benchmark's development half (../shared/data/extraction), read at test time. */
const PAGE_COUNT = 10;
const MIN_F1 = 0.9;

test(`dev pages: the benchmark's shingle F1 on ${PAGE_COUNT} real pages is above ${MIN_F1}`, () => {
  const folder = sharedPath('data', 'extraction');
  const gold = JSON.parse(readFileSync(join(folder, 'ground-truth.dev.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = readdirSync(join(folder, 'html'))
    .map((file) => file.replace(/\.html\.gz$/, ''))
    .sort()
    .slice(0, PAGE_COUNT);
  assert.equal(ids.length, PAGE_COUNT);
  const pages = ids.map((id) => {
    const html = gunzipSync(readFileSync(join(folder, 'html', `${id}.html.gz`))).toString('utf8');
    const { text } = extractArticleFromHtml(html, { url: gold[id]!.url });
    return scorePage(gold[id]!.articleBody, text);
  });
  const score = scoreCorpus(pages);
  assert.ok(score.f1 > MIN_F1, `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`);
});
