import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readCaseInputs } from './read-case-inputs.ts';

function caseFolder(input: object | null, files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-case-'));
  if (input) writeFileSync(join(folder, 'input.json'), JSON.stringify(input));
  if (Object.keys(files).length > 0) mkdirSync(join(folder, 'input'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'input', name), text);
  return folder;
}

test('a case reads named paths, ECB+ documents and its own input/ folder, under names that do not depend on the checkout', async () => {
  const folder = caseFolder({ paths: ['examples/athens-bank-firebomb/8_4ecbplus.txt', '../shared/seeds'], ecbplus: ['16_2ecb'] }, { 'bug.txt': 'Officials said the bridge reopened on Monday.\n' });
  const { articles } = await readCaseInputs(folder);
  const sources = articles.map((article) => article.source);
  assert.deepEqual(sources.slice(0, 2), ['examples/athens-bank-firebomb/8_4ecbplus.txt', '../shared/seeds/000_5d93164cc9abf8f2.txt']);
  assert.equal(sources.length, 7);
  assert.match(sources[5]!, /input\/bug\.txt$/);
  assert.equal(sources[6], 'ecbplus/16_2ecb.txt');
  assert.match(articles[6]!.text, /^Two possible gang members were arrested/);
});

test('a case without input, or naming an ECB+ document that does not exist, says so', async () => {
  await assert.rejects(readCaseInputs(caseFolder({})), /no input \(an input\/ folder, or "paths" or "ecbplus" in input\.json\)/);
  await assert.rejects(readCaseInputs(caseFolder({ ecbplus: ['99_ecb'] })), /ECB\+ has no document or sub-topic "99_ecb"/);
});
