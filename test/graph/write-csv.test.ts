import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSV_COLUMNS, renderGraph } from '../../src/graph/index.ts';
import { actor, article, relation, story } from './build-relations.ts';

/** RFC 4180 read back: fields split at commas outside quotes, records at CRLF outside quotes, "" inside quotes is one ". */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && text[index + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), index++;
    else field += char;
  }
  assert.equal(field + record.join(''), '', 'the text ends with a full record');
  return records;
}

const SENTENCES = [
  'Russia said: "We condemn it, firmly."',
  'A line\r\nbreak, a lone \n and a lone \r',
  'Quotes "" doubled, commas ,,, and the end"',
  'مادورو condemned 🛢️ seizure\u200f — “curly”',
  '=SUM(A1) starts like a formula',
];

test('CSV: one row per evidence sentence, every field read back as written (RFC 4180 quoting)', () => {
  const russia = actor('e-ru', 'Russia, the Federation', 'country', 'RU');
  const us = actor('e-us', 'The "United" States', 'country', 'US');
  const relations = SENTENCES.map((text, index) => relation({ id: `r${index}`, source: russia, target: us, type: 'accuse', mode: 'disapprove', articles: [`a${index}`], text }));
  const csv = [...renderGraph([story(relations, SENTENCES.map((_, index) => article(`a${index}`, 'Reuters')))], 'csv', 'country')].join('');
  assert.ok(csv.endsWith('\r\n'));
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, [...CSV_COLUMNS]);
  assert.equal(rows.length, SENTENCES.length);
  const column = (name: (typeof CSV_COLUMNS)[number]) => rows.map((row) => row[CSV_COLUMNS.indexOf(name)]);
  assert.deepEqual(column('evidence_text'), SENTENCES);
  assert.deepEqual(new Set(column('source')), new Set(['Russia, the Federation']));
  assert.deepEqual(new Set(column('target')), new Set(['The "United" States']));
  assert.deepEqual(column('article_id'), ['a0', 'a1', 'a2', 'a3', 'a4']);
  assert.deepEqual(column('evidence_start'), ['0', '0', '0', '0', '0']);
  assert.deepEqual(column('evidence_end'), SENTENCES.map((text) => String(text.length)));
  assert.ok(rows.every((row) => row.length === CSV_COLUMNS.length));
});

test('CSV: a relation without a target leaves the target columns empty; levels are kept apart', () => {
  const venezuela = actor('e-ve', 'Venezuela', 'country', 'VE');
  const relations = [
    relation({ id: 'r-country', source: venezuela, target: null, type: 'protest', articles: ['a1'] }),
    relation({ id: 'r-actor', level: 'actor', source: actor('e-m', 'Maduro', 'person', 'VE'), target: null, type: 'protest', articles: ['a1'] }),
  ];
  const [, ...rows] = parseCsv([...renderGraph([story(relations, [article('a1', null)])], 'csv', 'country')].join(''));
  assert.deepEqual(rows.map((row) => [row[0], row[CSV_COLUMNS.indexOf('target_id')], row[CSV_COLUMNS.indexOf('target')], row[CSV_COLUMNS.indexOf('level')]]), [['r-country', '', '', 'country']]);
});
