import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { detectLanguage } from '../../src/clean/detect-language.ts';

// [text, language] — null: too short to tell
const ROWS: [string, string | null][] = [
  ['Firefighters put out a blaze at a warehouse on the edge of the city on Thursday night.', 'en'],
  ['El gobierno anunció hoy que las nuevas medidas entrarán en vigor la próxima semana en todo el país.', 'es'],
  ['El govern ha anunciat avui que les noves mesures entraran en vigor la setmana vinent a tot el país.', 'ca'],
  ['O governo anunciou hoje que as novas medidas entram em vigor na próxima semana em todo o país.', 'pt'],
  // a near tie that the names tipped (French 0.676, English 0.668): the words without them decide
  ['Saudi Arabia eased restrictions on Qatari travellers.', 'en'],
  ['Le Premier ministre François Bayrou a levé les restrictions sur Paris.', 'fr'],
  ['Three dead.', null],
  ['', null],
];

for (const [text, language] of ROWS) {
  test(`detectLanguage(${JSON.stringify(text.slice(0, 40))}) is ${language}`, () => assert.equal(detectLanguage(text), language));
}

// detectLanguage hands eld's own detector this copy of eld's table: while they are equal, it decides as eld/medium does
test('data/eld-ngrams-medium.json is the n-gram table of the installed eld/medium (else run scripts/build-eld-ngrams.ts)', async () => {
  const table = resolve(import.meta.dirname, '../../data/eld-ngrams-medium.json');
  const { ngramsData } = (await import(new URL('../ngrams/medium.js', import.meta.resolve('eld/medium')).href)) as { ngramsData: unknown };
  assert.ok(readFileSync(table, 'utf8') === JSON.stringify(ngramsData), 'the table differs from the installed eld');
});
