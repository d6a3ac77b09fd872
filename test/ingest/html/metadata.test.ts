import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticleFromHtml } from '../../../src/ingest/html/index.ts';
import type { ArticleMetadata } from '../../../src/model/index.ts';

const BODY = `<body><article><p>${'The council voted on Tuesday to close the old bridge for repairs. '.repeat(8)}</p></article></body>`;

function page(head: string, htmlAttributes = ''): string {
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head>${BODY}</html>`;
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

const ROWS: [name: string, html: string, url: string | null, expected: ArticleMetadata][] = [
  [
    'JSON-LD @graph with references to the publisher and authors',
    page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Daily Example' },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          {
            '@type': ['NewsArticle'],
            headline: 'Bridge to close for repairs',
            author: [{ '@id': '#jane' }, { '@type': 'Person', name: 'John Roe' }],
            datePublished: '2019-11-19T23:30:00-05:00',
            publisher: { '@id': '#org' },
            mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/bridge' },
          },
        ],
      }),
      ' lang="en-GB"',
    ),
    null,
    { title: 'Bridge to close for repairs', outlet: 'The Daily Example', byline: 'Jane Doe, John Roe', published: '2019-11-19', language: 'en', url: 'https://example.org/news/bridge' },
  ],
  [
    'JSON-LD wins over Open Graph; an Organization author is the outlet, not a byline',
    page(
      jsonLd({ '@type': 'ReportageNewsArticle', headline: 'From JSON-LD', author: { '@type': 'Organization', name: 'Wire' }, datePublished: '2020-01-02' }) +
        '<meta property="og:title" content="From Open Graph"><meta property="og:site_name" content="Example News">',
    ),
    null,
    { title: 'From JSON-LD', outlet: 'Example News', byline: null, published: '2020-01-02', language: null, url: null },
  ],
  [
    'Open Graph only: article:author as a profile URL is no byline; the outlet suffix leaves the title',
    page(
      '<meta property="og:title" content="Bridge to close | Example News"><meta property="og:site_name" content="Example News">' +
        '<meta property="article:author" content="https://www.facebook.com/jane"><meta property="article:published_time" content="2019-11-18T10:00:00Z">' +
        '<meta property="og:url" content="https://example.org/b">',
    ),
    'https://example.org/feed',
    { title: 'Bridge to close', outlet: 'Example News', byline: null, published: '2019-11-18', language: null, url: 'https://example.org/b' },
  ],
  [
    'plain meta tags: name=author with "By", name=date, a relative canonical link',
    page('<meta name="author" content="By Matthew Digby and Minh Do"><meta name="date" content="Tue, 19 Nov 2019 06:51:00 GMT"><link rel="canonical" href="/news/1">'),
    'https://example.org/a?x=1',
    { title: null, outlet: null, byline: 'Matthew Digby, Minh Do', published: '2019-11-19', language: null, url: 'https://example.org/news/1' },
  ],
  [
    'citation_* tags (scholarly pages) and an initial in a name',
    page(
      '<meta name="citation_title" content="Hibernation in space"><meta name="citation_author" content="Bruce Y. Lee">' +
        '<meta name="citation_publication_date" content="2019/11/18"><meta name="citation_journal_title" content="Journal of Examples">',
    ),
    null,
    { title: 'Hibernation in space', outlet: 'Journal of Examples', byline: 'Bruce Y. Lee', published: '2019-11-18', language: null, url: null },
  ],
  [
    'parsely and Dublin Core tags, a twice-escaped title, a <time datetime> in the body',
    page('<meta name="parsely-title" content="Chelsea pay &#163;71.6m"><meta name="dc.creator" content="Ana Silva"><meta http-equiv="content-language" content="pt-BR">'),
    null,
    { title: 'Chelsea pay £71.6m', outlet: null, byline: 'Ana Silva', published: null, language: 'pt', url: null },
  ],
  [
    'nothing declared: every field is null, and the outlet is not guessed from the URL',
    page('<title>Bridge</title>'),
    null,
    { title: 'Bridge', outlet: null, byline: null, published: null, language: null, url: null },
  ],
  [
    'nothing declared but the URL it came from',
    `<html><body><p>${'Short page text. '.repeat(5)}</p></body></html>`,
    'https://news.example.com/story',
    { title: null, outlet: null, byline: null, published: null, language: null, url: 'https://news.example.com/story' },
  ],
  [
    'platform names, social handles and admin accounts are not outlets or bylines; a bad date is null',
    page('<meta property="og:site_name" content="@examplenews"><meta name="application-name" content="Blogger"><meta name="author" content="admin"><meta name="date" content="0001-01-01T00:00:00Z">'),
    null,
    { title: null, outlet: null, byline: null, published: null, language: null, url: null },
  ],
];

for (const [name, html, url, expected] of ROWS) {
  test(`metadata: ${name}`, () => {
    assert.deepEqual(extractArticleFromHtml(html, { url }).metadata, expected);
  });
}

test('metadata: <time datetime> is the published date when no tag declares one', () => {
  const html = `<html><body><article><time datetime="2018-10-09T12:00:00+01:00">9 Oct</time><p>${'Text of the story. '.repeat(20)}</p></article></body></html>`;
  assert.equal(extractArticleFromHtml(html).metadata.published, '2018-10-09');
});

test('metadata: a broken JSON-LD block is skipped, the next source is used', () => {
  const html = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Fallback title">');
  assert.equal(extractArticleFromHtml(html).metadata.title, 'Fallback title');
});
