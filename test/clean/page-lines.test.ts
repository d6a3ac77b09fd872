import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import { DEFAULT_INGEST_OPTIONS, readArticlesFromBytes } from '../../src/ingest/index.ts';
import { EMPTY_METADATA } from '../../src/model/index.ts';

/**
 * The lines a page's furniture leaves in its text are clean's to remove, each with a message that says
 * which rule removed it and where it stood in `raw`: the HTML reader keeps what needs the page's structure
 * (hidden elements, link lists, classed furniture, Readability) and renders the rest, an element a line.
 */

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the Old Mill bridge for six months of repairs, after engineers found cracks in two of its supports.',
  'Traffic will be diverted over the river road, which the council said can carry the extra cars, although residents warned of queues at the school gates.',
  'Work is due to start in January and to cost about 2.4 million euros, paid for by the regional government and a loan from the national roads fund.',
  'The mayor said the bridge had carried heavy lorries for decades longer than it was built for, and that closing it now would avoid a far longer closure later.',
];

/** A news page with the article's paragraphs and, after the second, `junk`. */
function pageWith(junk: string, heading = '<p>Bridge to close for repairs</p>'): string {
  const [first, second, ...rest] = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Bridge to close for repairs - The Daily Example</title></head><body>
    <main><article>${heading}${first}${second}${junk}${rest.join('')}</article></main>
  </body></html>`;
}

async function readAndClean(html: string) {
  const reading = await readArticlesFromBytes(new TextEncoder().encode(html), 'page.html', { contentType: 'text/html', url: null }, DEFAULT_INGEST_OPTIONS);
  const raw = reading.articles[0]!;
  return { raw, cleaned: cleanArticle(raw) };
}

// [the line as the page writes it, the message's origin]
const PAGE_LINES: [html: string, origin: string][] = [
  ['<p>Advertisement</p>', 'clean:furniture-fragment'],
  ['<p>Iklan</p>', 'clean:advertisement-label'],
  ['<p>Story continues below gallery</p>', 'clean:continue-reading-label'],
  ['<p>This slideshow requires JavaScript.</p>', 'clean:script-notice'],
  ['<p>Filed under: Local politics |</p>', 'clean:section-label'],
  ['<p>READ MORE: Council approves budget for road repairs across the county</p>', 'clean:read-more-link'],
  ['<p>[Related: Ferry fares to rise in spring]</p>', 'clean:read-more-link'],
  ['<p>Image copyright Getty Images</p>', 'clean:image-credit'],
  ['<p>Photo: John Locher, AP</p>', 'clean:image-credit'],
  ['<p>1 of 6</p>', 'clean:image-counter'],
  ['<p>6</p>', 'clean:wordless-line'],
  ['<p>November 19, 2019 | 4:10pm</p>', 'clean:date-line'],
  ['<p>Posted on March 30, 2015 by Admin</p>', 'clean:publication-line'],
  ['<p>Copyright @ 2019 The Daily Example.</p>', 'clean:copyright-line'],
  ['<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>', 'clean:subscription-prompt'],
  ['<p>For more information on the closure, click here.</p>', 'clean:click-here-prompt'],
  ['<p>This post may contain affiliate links.</p>', 'clean:affiliate-notice'],
  ['<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>', 'clean:social-prompt'],
  ['<p>Reporting by Jane Doe; Editing by John Roe</p>', 'clean:wire-credit'],
  ['<p>The Old Mill bridge on Monday morning. (Photo: Jane Doe/AP)</p>', 'clean:caption-with-credit'],
  ['<p>Tempo de leitura: 1 minuto</p>', 'clean:read-time-badge'],
];

for (const [html, origin] of PAGE_LINES) {
  test(`page lines: ${origin} removes ${html}`, async () => {
    const { raw, cleaned } = await readAndClean(pageWith(html));
    const line = html.replace(/<[^>]+>/g, '');
    assert.ok(raw.text.includes(line), `the HTML reader leaves the line to clean:\n${raw.text}`);
    assert.equal(cleaned.text, PARAGRAPHS.join('\n\n'));
    const message = cleaned.messages.find((candidate) => candidate.start !== undefined && raw.text.slice(candidate.start, candidate.end) === line);
    assert.equal(message?.origin, origin, JSON.stringify(cleaned.messages));
    assert.equal(message?.severity, 'info');
  });
}

test('page lines: the headline repeated at the top of the body goes, with a message', async () => {
  const { raw, cleaned } = await readAndClean(pageWith(''));
  assert.ok(raw.text.startsWith('Bridge to close for repairs\n\n'), raw.text);
  assert.equal(cleaned.metadata.title, 'Bridge to close for repairs');
  assert.equal(cleaned.text, PARAGRAPHS.join('\n\n'));
  const message = cleaned.messages.find((candidate) => candidate.origin === 'clean:repeated-title');
  assert.deepEqual([message?.start, message?.end], [0, 'Bridge to close for repairs'.length]);
});

test('page lines: a headline that only the page\'s <title> gives is found too', async () => {
  const { cleaned } = await readAndClean(pageWith('', '<p>Bridge to close for repairs - The Daily Example</p>'));
  assert.equal(cleaned.text, PARAGRAPHS.join('\n\n'));
});

/** Lines that look like furniture at a glance but are the story's own text. */
const KEPT_LINES = [
  'Published in 1998, the novel sold well.',
  'He was born in 1990.',
  'The 2019 season starts now',
  'Opening hours: 9.30 A.M. / 7.00 P.M.',
  '02-751-1500',
  'Related stories were told by three witnesses who saw the bridge shake.',
];

for (const line of KEPT_LINES) {
  test(`page lines: keeps the line "${line}"`, async () => {
    const { cleaned } = await readAndClean(pageWith(`<p>${line}</p>`));
    assert.equal(cleaned.text, [PARAGRAPHS[0], PARAGRAPHS[1], line, PARAGRAPHS[2], PARAGRAPHS[3]].join('\n\n'));
  });
}

test('page lines: the same lines in a plain-text article are left to the rules for any text', async () => {
  const text = [PARAGRAPHS[0], 'Iklan', PARAGRAPHS[1]].join('\n\n');
  const cleaned = cleanArticle({ source: 'a.txt', kind: 'text', text, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] });
  assert.equal(cleaned.text, text);
});
