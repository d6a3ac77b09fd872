import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findDuplicates } from '../../src/clean/index.ts';
import { sharedPath } from '../shared-folder.ts';

/** Real news texts from ECB+ (CC BY 3.0), two stories' documents. */
const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string; subtopic: string })
  .filter((document) => document.subtopic === '8_ecbplus' || document.subtopic === '20_ecbplus');

test('exact copies collapse, whatever their spacing and case', () => {
  const [first, second] = documents;
  const findings = findDuplicates([
    { id: 'a', text: first!.text, outlet: 'Example Gazette' },
    { id: 'b', text: second!.text, outlet: null },
    { id: 'c', text: `  ${first!.text.toUpperCase().replace(/ /g, '  ')}\n`, outlet: 'Example Times' },
  ]);
  assert.deepEqual([...findings.exactCopies.entries()], [['a', ['c']]]);
  assert.equal(findings.kinship.size, 0);
});

test('a wire text under two outlets, trimmed and retitled, is a syndicated copy; different reports of one event are not', () => {
  const wire = documents[0]!.text;
  const lines = wire.split('\n');
  const trimmed = ['A different headline for the same wire story', ...lines.slice(1, Math.ceil(lines.length * 0.8))].join('\n');
  const candidates = [
    { id: 'wire', text: wire, outlet: 'Agency' },
    { id: 'copy', text: trimmed, outlet: 'Example Gazette' },
    { id: 'same-outlet', text: `${trimmed}\nA line this outlet added at the end.`, outlet: 'Agency' },
    ...documents.slice(1).map((document) => ({ id: document.id, text: document.text, outlet: null })),
  ];
  const findings = findDuplicates(candidates);
  assert.equal(findings.kinship.get('copy')?.copyOf, 'wire');
  assert.equal(findings.kinship.get('copy')?.relation, 'syndicated');
  assert.ok(findings.kinship.get('copy')!.similarity >= 0.9);
  assert.equal(findings.kinship.get('same-outlet')?.relation, 'near-duplicate');
  const independent = documents.slice(1).filter((document) => findings.kinship.has(document.id));
  assert.deepEqual(independent.map((document) => document.id), [], 'independent reports of the same event are no copies');
});
