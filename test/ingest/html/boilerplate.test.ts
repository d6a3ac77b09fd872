import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticleFromHtml } from '../../../src/ingest/html/index.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the Old Mill bridge for six months of repairs, after engineers found cracks in two of its supports.',
  'Traffic will be diverted over the river road, which the council said can carry the extra cars, although residents warned of queues at the school gates.',
  'Work is due to start in January and to cost about 2.4 million euros, paid for by the regional government and a loan from the national roads fund.',
  'The mayor said the bridge had carried heavy lorries for decades longer than it was built for, and that closing it now would avoid a far longer closure later.',
];

/** A news page with the article's paragraphs and, at `{junk}`, one piece of furniture between them. */
function pageWith(junk: string): string {
  const [first, second, ...rest] = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Bridge to close for repairs - The Daily Example</title></head><body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main><article>
      <h1>Bridge to close for repairs</h1>
      ${first}${second}
      ${junk}
      ${rest.join('')}
    </article></main>
    <footer><p>© 2019 The Daily Example. All rights reserved.</p></footer>
  </body></html>`;
}

// What needs the page's structure: furniture named by its tag or class, hidden elements, link lists. Lines
// that are furniture by their words ("Advertisement", "Image copyright Getty Images", a bare date) are
// clean's to remove: test/clean/page-lines.test.ts.
const ROWS: [name: string, junk: string, removedText: string][] = [
  ['a figure caption', '<figure><img src="a.jpg" alt=""><figcaption>The Old Mill bridge on Monday. Photo: Jane Doe</figcaption></figure>', 'Old Mill bridge on Monday'],
  ['a caption in a classed div', '<div class="image-caption-text">Engineers inspect the supports under the bridge deck</div>', 'Engineers inspect the supports'],
  ['an aside', '<aside><h3>Read more</h3><p>Council budget: what the new taxes mean for you and your family this winter</p></aside>', 'what the new taxes mean'],
  ['a share bar', '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>', 'Share on Facebook'],
  ['a newsletter box', '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p><form><input type="email"><button>Sign up</button></form></div>', 'morning briefing'],
  ['a related-stories block', '<div class="related-articles"><h4>Related</h4><ul><li><a href="/a">Ferry fares to rise in spring</a></li><li><a href="/b">New cycle lane opens on river road</a></li></ul></div>', 'Ferry fares to rise'],
  ['a recommended block', '<section id="recommended-for-you"><h2>Recommended</h2><div><a href="/c">Ten walks along the river this autumn</a></div></section>', 'Ten walks along the river'],
  ['a hidden element', '<div style="display: none">Please enable JavaScript to view the comments</div><p hidden>Loading the live blog feed</p>', 'enable JavaScript'],
  ['a link-only teaser paragraph', '<p><a href="/2019/11/18/ferry"><strong>FERRY OPERATOR ANNOUNCES WINTER TIMETABLE CHANGES</strong></a></p>', 'WINTER TIMETABLE'],
  ['a byline block', '<div class="article-byline">By Jane Doe, Local Government Reporter</div>', 'Local Government Reporter'],
  ['an advertisement slot', '<div class="ad-slot"><span>Advertisement</span></div>', 'Advertisement'],
  ['a comment thread', '<div id="comments"><h3>3 comments</h3><p>What a waste of money, just fix the potholes on Main Street first!</p></div>', 'fix the potholes'],
];

for (const [name, junk, removedText] of ROWS) {
  test(`boilerplate: removes ${name} and keeps every paragraph`, () => {
    const { text } = extractArticleFromHtml(pageWith(junk));
    assert.equal(text.includes(removedText), false, `"${removedText}" is still in:\n${text}`);
    assert.equal(text, PARAGRAPHS.join('\n\n'));
  });
}

test('boilerplate: the headline is not repeated at the top of the body', () => {
  const { text, metadata } = extractArticleFromHtml(pageWith(''));
  assert.equal(metadata.title, 'Bridge to close for repairs');
  assert.equal(text.startsWith(PARAGRAPHS[0]!), true);
});

test('boilerplate: removals are reported as info messages from ingest:extract-html', () => {
  const { messages } = extractArticleFromHtml(pageWith(ROWS[0]![1] + ROWS[3]![1]));
  assert.ok(messages.length > 0);
  assert.ok(messages.every((message) => message.origin === 'ingest:extract-html' && message.severity === 'info'));
  assert.ok(messages.some((message) => message.reason === 'removed 1 figure caption'), JSON.stringify(messages));
});

test('boilerplate: an embedded tweet quoted in the story is kept', () => {
  const tweet =
    '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge is closed from today, use the river road.</p>— City Council (@council) November 19, 2019</blockquote></div>';
  const { text } = extractArticleFromHtml(pageWith(tweet));
  assert.ok(text.includes('The bridge is closed from today, use the river road.'), text);
});

test('boilerplate: headings and list items stay on their own lines', () => {
  const list = '<h2>What changes</h2><ul><li>Buses take the river road</li><li>The footpath stays open</li></ul>';
  const { text } = extractArticleFromHtml(pageWith(list));
  assert.ok(text.includes('\n\nWhat changes\n\nBuses take the river road\nThe footpath stays open\n\n'), text);
});

test('boilerplate: a furniture line in the article is rendered for clean to remove', () => {
  const { text } = extractArticleFromHtml(pageWith('<p>Image copyright Getty Images</p>'));
  assert.equal(text, [PARAGRAPHS[0], PARAGRAPHS[1], 'Image copyright Getty Images', PARAGRAPHS[2], PARAGRAPHS[3]].join('\n\n'));
});
