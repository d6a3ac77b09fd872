import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_INGEST_OPTIONS, readArticlesFromBytes } from '../../src/ingest/index.ts';

/** A message's place is in the article's `raw`: a repair in a page's source has none there, one in plain text has. */
const BODY = 'NicolÃ¡s Maduro said on Tuesday that the talks with the opposition would resume in Oslo next week, officials confirmed.';

// [input name, bytes, where the repair message points in raw (null: no place)]
const ROWS: [name: string, input: string, place: string | null][] = [
  ['article.txt', BODY, 'á'],
  ['page.html', `<html><head><title>Talks</title></head><body><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`, null],
  ['article.md', `# Talks\n\n${BODY}`, null],
];

for (const [name, input, place] of ROWS) {
  test(`message places: a mojibake repair in ${name} ${place ? `points at "${place}" in raw` : 'has no place in raw'}`, async () => {
    const reading = await readArticlesFromBytes(new TextEncoder().encode(input), name, { contentType: null, url: null }, DEFAULT_INGEST_OPTIONS);
    const article = reading.articles[0]!;
    const repair = article.messages.find((message) => message.origin === 'ingest:repair-mojibake');
    assert.ok(repair, JSON.stringify(article.messages));
    assert.equal(repair.start === undefined ? null : article.text.slice(repair.start, repair.end), place);
  });
}
