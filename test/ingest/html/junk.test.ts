import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticleFromHtml } from '../../../src/ingest/html/index.ts';
import type { ArticleMetadata } from '../../../src/model/index.ts';

const STORY = 'The council voted on Tuesday to close the old bridge for repairs, engineers said. ';
const NO_METADATA: ArticleMetadata = { title: null, outlet: null, byline: null, published: null, language: null, url: null };

function binaryGarbage(length: number): string {
  let state = 7;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(state % 256);
  }
  return text;
}

/** A real-looking 5 MB page: a story among many menus, scripts and related links. */
function hugePage(): string {
  const furniture = `<div class="related"><ul>${'<li><a href="/x">Another story about something else entirely</a></li>'.repeat(20)}</ul></div><script>var x = "${'a'.repeat(2000)}";</script>`;
  const blocks = Math.ceil(5_000_000 / furniture.length);
  return `<html><head><title>Huge</title></head><body>${furniture.repeat(blocks / 2)}<article><p>${STORY.repeat(30)}</p></article>${furniture.repeat(blocks / 2)}</body></html>`;
}

const JUNK: [name: string, html: string, expectText: 'empty' | 'some'][] = [
  ['an empty string', '', 'empty'],
  ['whitespace', ' \n\t  \r\n ', 'empty'],
  ['binary garbage', binaryGarbage(20_000), 'empty'],
  ['NUL bytes around text', `\u0000\u0000<p>${STORY}</p>\u0000`, 'some'],
  ['text without any tags', STORY.repeat(5), 'some'],
  ['a page without <body>', `<html><head><title>T</title></head><p>${STORY.repeat(4)}</p></html>`, 'some'],
  ['a fragment', `<p>${STORY}</p><p>${STORY}</p>`, 'some'],
  ['only a <head>', '<html><head><title>Nothing here</title><meta property="og:title" content="Nothing"></head></html>', 'empty'],
  ['unclosed tags', `<html><body><div><p>${STORY}<b>bold <i>italic <p>${STORY}`, 'some'],
  ['unbalanced quotes and brackets in text', `<html><body><p>He said "we will not yield, ${STORY}</p><p>“${STORY} ((</p><<<>>></body></html>`, 'some'],
  ['an attribute that never closes', `<html><body><p class="a>${STORY}</p><p>${STORY}</p></body></html>`, 'empty'],
  ['mixed scripts', `<html lang="ar"><body><p>${'مجلس المدينة صوت يوم الثلاثاء. 市议会周二投票。 Совет проголосовал. '.repeat(10)}</p></body></html>`, 'some'],
  ['1 MB of one word', `<html><body><p>${'word '.repeat(200_000)}</p></body></html>`, 'some'],
  ['scripts and styles only', '<html><body><script>alert(1)</script><style>p{}</style></body></html>', 'empty'],
  ['a broken JSON-LD block', `<html><head><script type="application/ld+json">{"@graph": [</script></head><body><p>${STORY.repeat(4)}</p></body></html>`, 'some'],
];

for (const [name, html, expectText] of JUNK) {
  test(`junk: ${name} does not throw and keeps the model's invariants`, () => {
    const result = extractArticleFromHtml(html);
    assert.equal(typeof result.text, 'string');
    assert.equal(result.text, result.text.trim());
    assert.equal(/\n{3,}/.test(result.text), false);
    assert.deepEqual(Object.keys(result.metadata).sort(), Object.keys(NO_METADATA).sort());
    for (const message of result.messages) assert.equal(message.origin, 'ingest:extract-html');
    if (expectText === 'empty') {
      assert.equal(result.text, '');
      assert.ok(result.messages.some((message) => message.severity === 'warning'), JSON.stringify(result.messages));
    } else {
      assert.ok(result.text.length > 0);
    }
  });
}

test('junk: binary garbage gives a warning that says so, and no metadata', () => {
  const result = extractArticleFromHtml(binaryGarbage(5_000));
  assert.deepEqual(result.metadata, NO_METADATA);
  assert.deepEqual(result.messages, [{ severity: 'warning', origin: 'ingest:extract-html', reason: 'page looks like binary data, not HTML' }]);
});

test('junk: a 5 MB page is read, and its story found among the furniture', () => {
  const html = hugePage();
  assert.ok(html.length > 4_900_000);
  const result = extractArticleFromHtml(html);
  assert.ok(result.text.startsWith(STORY.trim()), result.text.slice(0, 200));
  assert.equal(result.text.includes('Another story'), false);
});

test('junk: a page over the length limit gives empty text and a warning, not an exception', () => {
  const result = extractArticleFromHtml(`<html><body><p>${STORY.repeat(100)}</p></body></html>`, { maxHtmlLength: 1_000, url: 'https://example.org/a' });
  assert.equal(result.text, '');
  assert.deepEqual(result.metadata, { ...NO_METADATA, url: 'https://example.org/a' });
  assert.match(result.messages[0]!.reason, /over the limit of 1000/);
});

test('junk: a page with more elements than the limit gives empty text and a warning', () => {
  const result = extractArticleFromHtml(`<html><body>${'<div><span>x</span></div>'.repeat(500)}</body></html>`, { maxElements: 100 });
  assert.equal(result.text, '');
  assert.match(result.messages[0]!.reason, /more than 100 elements \(--max-html-elements\)/);
});

test('junk: a page whose article Readability cannot find falls back to the whole page, with a warning', () => {
  const html = `<html><body><table><tr><td>Results</td></tr><tr><td>${'Smith 12.4 seconds, Jones 12.9 seconds. '.repeat(3)}</td></tr></table></body></html>`;
  const result = extractArticleFromHtml(html);
  assert.ok(result.text.includes('Smith 12.4 seconds'), result.text);
  assert.ok(result.messages.some((message) => message.reason === 'page has no article body; used whole-page text'), JSON.stringify(result.messages));
});

// [name, page, what the refusal says, or null when the page is read]; browsers stop nesting at 512
const STRUCTURE_LIMITS: [name: string, html: string, refusal: RegExp | null][] = [
  ['500 nested <div>s', `${'<div>'.repeat(500)}<p>${STORY}</p>${'</div>'.repeat(500)}`, null],
  ['2,000 nested <div>s', `${'<div>'.repeat(2_000)}<p>${STORY}</p>${'</div>'.repeat(2_000)}`, /nests elements deeper than 512 levels \(--max-html-depth\); not read/],
  ['100,000 nested <div>s', `${'<div>'.repeat(100_000)}<p>${STORY}</p>${'</div>'.repeat(100_000)}`, /nests elements deeper than 512 levels/],
  ['1,000,000 unclosed <b>s', '<b>'.repeat(1_000_000), /nests elements deeper than 512 levels/],
  ['1,000,000 <br>s', '<br>'.repeat(1_000_000), /more than 100000 elements \(--max-html-elements\); not read/],
  ['<p>s that close each other, 1,000 deep in the source', `<body>${`<p>${STORY}`.repeat(1_000)}</body>`, null],
];

for (const [name, html, refusal] of STRUCTURE_LIMITS) {
  test(`limits: ${name} ${refusal ? 'is refused before parsing, with the limit named' : 'is read'}`, () => {
    const result = extractArticleFromHtml(html, { maxElements: 100_000, maxDepth: 512 });
    if (refusal) {
      assert.equal(result.text, '');
      assert.match(result.messages[0]!.reason, refusal);
    } else {
      assert.ok(result.text.includes(STORY.trim()), result.text.slice(0, 200));
    }
  });
}
