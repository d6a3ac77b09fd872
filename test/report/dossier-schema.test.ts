import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { renderJson } from '../../src/report/render-json.ts';
import { REPO } from '../shared-folder.ts';
import { findingsFromRealSentences } from './real-sentence-findings.ts';
import { analyzeSeeds } from './seed-dossier.ts';

const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(REPO, 'schema/dossier.schema.json'), 'utf8')));

/** The seed dossier as `--format json` prints it, every finding filled (from real sentences where the aligner gives none). */
async function seedsJson() {
  const dossier = await analyzeSeeds();
  return JSON.parse(renderJson({ ...dossier, ...findingsFromRealSentences(dossier) }));
}

test('a dossier with every kind of finding follows the schema', async () => {
  const json = await seedsJson();
  for (const field of ['facts', 'singleSource', 'omissions', 'conflicts', 'quoteVariants', 'timeline', 'framing']) assert.ok(json[field].length, field);
  assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 5)));
});

for (const [title, breakIt] of [
  ['a fact without support', (json: any) => delete json.facts[0].support],
  ['a conflict of an unknown kind', (json: any) => (json.conflicts[0].kind = 'colour')],
  ['a conflict with one value', (json: any) => json.conflicts[0].values.splice(1)],
  ['a timeline entry without precision', (json: any) => delete json.timeline[0].precision],
  ['a quote wording without differences', (json: any) => delete json.quoteVariants[0].wordings[0].differences],
  ['framing with a share over 1', (json: any) => json.framing[0].voices.push({ id: null, name: 'x', quotes: 1, share: 2 })],
  ['a dossier without omissions', (json: any) => delete json.omissions],
] as const) {
  test(`the schema rejects ${title}`, async () => {
    const json = await seedsJson();
    breakIt(json);
    assert.equal(validate(json), false);
  });
}
