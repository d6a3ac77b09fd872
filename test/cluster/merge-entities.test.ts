import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { companyKey, mergeEntities } from '../../src/cluster/merge-entities.ts';
import type { Article } from '../../src/model/index.ts';
import { extractArticle } from '../../src/pipeline.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-merge-entities-'));
let written = 0;

/** One text through ingest, clean and annotate, as the pipeline reads it. */
async function read(text: string): Promise<Article> {
  const file = join(folder, `${++written}.txt`);
  writeFileSync(file, `${text}\n`);
  const { article } = await extractArticle(file);
  return annotateArticle(article!);
}

// [name, name, same company?]
const COMPANY_ROWS: [string, string, boolean][] = [
  ['TallGrass Distribution Ltd.', 'Tall Grass Distribution Limited', true],
  ['TallGrass Distribution Ltd.', 'TallGrass Distribution', true],
  ['Acme Widgets, Inc.', 'ACME WIDGETS INC', true],
  ['Siemens Energy AG', 'Siemens Energy GmbH', true],
  ['Banco Santander S.A.', 'Banco Santander SA', true],
  ['The Widget Company', 'Widget Co.', true],
  ['TallGrass Distribution Ltd.', 'Tallgrass Distributors Ltd.', false],
  ['Northern Rail Ltd.', 'Southern Rail Ltd.', false],
];

for (const [one, other, same] of COMPANY_ROWS) {
  test(`"${one}" and "${other}" are ${same ? 'one company' : 'two companies'}`, () => {
    assert.ok(companyKey(one), `"${one}" has a company key`);
    assert.equal(companyKey(one) === companyKey(other), same);
  });
}

test('a single word without a legal form keeps its own key', () => {
  assert.equal(companyKey('Reuters'), null);
  assert.equal(companyKey('Ltd.'), null);
});

test('one company written two ways in two articles is one entity', async () => {
  const first = await read('A man opened fire at TallGrass Distribution Ltd. on Friday, police said. TallGrass Distribution Ltd. sells hemp products.');
  const second = await read('The shooting happened at the office of Tall Grass Distribution Limited, a hemp firm in Vancouver.');
  const { entities, idOf } = mergeEntities([first, second]);
  const companies = entities.filter((entity) => /tall\s?grass/i.test(entity.name));
  assert.equal(companies.length, 1, `one entity among ${JSON.stringify(companies.map((entity) => entity.name))}`);
  assert.equal(companies[0]!.type, 'organization');
  assert.deepEqual(companies[0]!.articles, [first.id, second.id]);
  const idsOf = (article: Article) => article.mentions.filter((mention) => /tall\s?grass/i.test(mention.text)).map((mention) => idOf(article.id, mention.entityKey));
  assert.deepEqual(new Set([...idsOf(first), ...idsOf(second)]), new Set([companies[0]!.id]));
});

test('two companies that differ in a word stay apart', async () => {
  const first = await read('Workers at Northern Rail Ltd. went on strike on Monday.');
  const second = await read('Workers at Southern Rail Ltd. went on strike on Monday.');
  const names = mergeEntities([first, second]).entities.map((entity) => entity.name);
  assert.ok(names.includes('Northern Rail Ltd.') && names.includes('Southern Rail Ltd.'), JSON.stringify(names));
});
