import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from '../../src/model/index.ts';
import { renderJson, renderJsonPieces } from '../../src/report/render-json.ts';
import { findingsFromRealSentences } from './real-sentence-findings.ts';
import { analyzeSeeds } from './seed-dossier.ts';

/** What renderJson wrote when it was one JSON.stringify call: the text the pieces must add up to. */
function stringifiedWhole(dossier: Dossier): string {
  const articles = dossier.articles.map(({ tokens, clauses, ...article }) => (void tokens, void clauses, article));
  return `${JSON.stringify({ ...dossier, articles }, null, 2)}\n`;
}

test('the JSON written in pieces is the JSON of the dossier written whole', async () => {
  const seeds = await analyzeSeeds();
  const dossier = { ...seeds, ...findingsFromRealSentences(seeds) };
  assert.equal(renderJson(dossier), stringifiedWhole(dossier));
  // empty lists, a field left undefined, nested objects: as JSON.stringify writes them
  const sparse = { ...dossier, facts: [], relations: [], framing: [{ ...dossier.framing[0]!, voices: [] }], story: { ...dossier.story, title: undefined } } as unknown as Dossier;
  assert.equal(renderJson(sparse), stringifiedWhole(sparse));
});

test('a dossier larger than a piece comes in several pieces, each item whole in one', async () => {
  const seeds = await analyzeSeeds();
  const omission = seeds.omissions[0] ?? findingsFromRealSentences(seeds).omissions[0]!;
  // some 4 MB of omissions: a big batch's story holds hundreds of thousands
  const dossier = { ...seeds, omissions: Array.from({ length: 50_000 }, (_, index) => ({ ...omission, factId: `fact-${index}` })) };
  const pieces = [...renderJsonPieces(dossier)];
  assert.ok(pieces.length > 2, `${pieces.length} pieces`);
  assert.equal(pieces.join(''), stringifiedWhole(dossier));
  assert.equal(JSON.parse(pieces.join('')).omissions.length, 50_000);
});
