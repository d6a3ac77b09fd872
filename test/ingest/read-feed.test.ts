import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isFeed, readFeed, type FeedReading } from '../../src/ingest/read-feed.ts';

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

function assertNotFatal(reading: FeedReading): void {
  assert.deepEqual(reading.messages.filter((message) => message.severity === 'fatal'), []);
}

test('isFeed tells feeds from other XML and HTML by the root element', () => {
  for (const name of ['rss2-content-encoded.xml', 'rss2-description-only.xml', 'atom-content.xml', 'rss1-rdf.xml']) assert.equal(isFeed(fixture(name)), true, name);
  const rows: Array<[string, boolean]> = [
    ['\ufeff<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="feed.xsl"?>\n<rss version="2.0"><channel/></rss>', true],
    ['<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss version="0.91"><channel/></rss>', true],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', true],
    ['<?xml version="1.0"?><!DOCTYPE html><html><body><p>rss feed</p></body></html>', false],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>', false],
    ['<sitemap><loc>https://example.org/</loc></sitemap>', false],
    ['Plain text that mentions <rss> in passing.', false],
    ['', false],
  ];
  for (const [text, expected] of rows) assert.equal(isFeed(text), expected, JSON.stringify(text.slice(0, 60)));
});

test('RSS 2.0 with content:encoded: full items, metadata as the feed wrote it', async () => {
  const reading = await readFeed(fixture('rss2-content-encoded.xml'), 'test/fixtures/feeds/rss2-content-encoded.xml');
  assertNotFatal(reading);
  assert.equal(reading.title, 'Example Film Desk');
  assert.equal(reading.items.length, 3);
  const [first, second, third] = reading.items;
  assert.equal(first?.title, 'Ellen DeGeneres To Host 86th Oscars');
  assert.equal(first?.link, 'https://film.example.org/2013/08/host-86th-oscars');
  // "Fri, 02 Aug 2013 23:13:00 -0700" is the 3rd in UTC; the outlet's day is the 2nd.
  assert.equal(first?.published, '2013-08-02');
  assert.equal(first?.author, 'Film Desk Staff');
  assert.equal(first?.outlet, 'Example Film Desk');
  assert.equal(first?.summaryOnly, false);
  assert.match(first?.html ?? '', /^<p>Ellen DeGeneres just tweeted she will be hosting the Oscars this year\.<\/p>/);
  assert.match(first?.html ?? '', /the third time’s the charm/);

  assert.equal(second?.author, 'Trade Weekly Reporter', '<author>address (Name)</author> gives the name');
  assert.equal(second?.outlet, 'Example Trade Weekly', 'the item’s <source> names its outlet');
  assert.equal(second?.summaryOnly, false);

  assert.equal(third?.link, 'https://film.example.org/2013/08/oscars-host-2014', 'a permalink <guid> stands in for <link>');
  assert.equal(third?.summaryOnly, true, 'content:encoded of two sentences is a summary');
  assert.match(third?.html ?? '', /Ellen DeGeneres will host the Oscars\./);
});

test('RSS 2.0 with descriptions only: every item is summaryOnly', async () => {
  const reading = await readFeed(fixture('rss2-description-only.xml'), 'https://news.example.net/feeds/main.xml');
  assertNotFatal(reading);
  assert.equal(reading.title, 'Example Evening News');
  assert.deepEqual(
    reading.items.map((item) => [item.link, item.published, item.author, item.summaryOnly]),
    [
      ['https://news.example.net/2013/08/02/oscars-host', '2013-08-02', 'Evening Newsdesk', true],
      ['https://news.example.net/2013/08/02/asked-twice', '2013-08-02', null, true],
    ],
  );
  assert.equal(reading.items[0]?.html, '<p>Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.</p>');
  assert.deepEqual(
    reading.messages.map((message) => [message.severity, message.reason]),
    [['warning', 'skipped 1 item with neither a link nor content']],
  );
});

test('a relative link stays unresolved (null) when the feed is a file', async () => {
  const reading = await readFeed(fixture('rss2-description-only.xml'), 'test/fixtures/feeds/rss2-description-only.xml');
  assert.equal(reading.items[0]?.link, null);
  assert.equal(reading.items[1]?.link, 'https://news.example.net/2013/08/02/asked-twice');
});

test('Atom: html and xhtml content, a summary-only entry, and an unreadable date that loses only itself', async () => {
  const reading = await readFeed(fixture('atom-content.xml'), 'test/fixtures/feeds/atom-content.xml');
  assertNotFatal(reading);
  assert.equal(reading.title, 'Example Culture Review');
  assert.deepEqual(
    reading.items.map((item) => [item.title, item.published, item.author, item.summaryOnly]),
    [
      ['Ellen DeGeneres to Host Next Year’s Oscars', '2013-08-02', 'Culture Review Staff', false],
      ['Ellen DeGeneres to host the Oscars', '2013-08-02', null, false],
      ['Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards', null, null, true],
    ],
  );
  assert.match(reading.items[0]?.html ?? '', /^<p>Reaching back to television/, 'content wins over summary');
  assert.match(reading.items[1]?.html ?? '', /<p>Ellen DeGeneres will host the Oscars for a second time next year/);
  assert.equal(reading.items[2]?.html, 'Ellen DeGeneres will host the Oscars.');
  assert.equal(reading.items[2]?.link, 'https://culture.example.org/2013/08/set-as-host');
});

test('RSS 1.0 (RDF): dc:date and dc:creator', async () => {
  const reading = await readFeed(fixture('rss1-rdf.xml'), 'test/fixtures/feeds/rss1-rdf.xml');
  assertNotFatal(reading);
  assert.equal(reading.title, 'Example Wire Digest');
  assert.deepEqual(
    reading.items.map((item) => [item.link, item.published, item.author, item.outlet, item.summaryOnly]),
    [
      ['https://wire.example.org/2013/08/02/set-as-host', '2013-08-02', 'Wire Digest Editors', 'Example Wire Digest', true],
      ['https://wire.example.org/2013/08/02/to-host-2014', '2013-08-02', null, 'Example Wire Digest', true],
    ],
  );
});

test('the length that makes full content a summary is an option', async () => {
  const reading = await readFeed(fixture('rss2-content-encoded.xml'), 'feed.xml', { minFullTextChars: 100 });
  assert.equal(reading.items[2]?.summaryOnly, false);
});

test('broken or foreign input is a fatal message, never a throw', async () => {
  const rows: Array<[string, RegExp]> = [
    [fixture('broken.xml'), /^broken RSS feed: Unclosed root tag \(line \d+\)$/],
    ['<rss version="2.0"><channel><title>A &bogus; entity</title></channel></rss>', /^broken RSS feed: /],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry>', /^broken Atom feed: /],
    ['<html><body><p>No feed here.</p></body></html>', /^not a feed: expected RSS 2.0, RSS 1.0 \(RDF\) or Atom$/],
    ['', /^not a feed/],
    ['\u0000\u0001binary', /^not a feed/],
  ];
  for (const [xml, reason] of rows) {
    const reading = await readFeed(xml, 'input.xml');
    assert.deepEqual(reading.items, []);
    assert.equal(reading.messages.length, 1);
    assert.equal(reading.messages[0]?.severity, 'fatal');
    assert.equal(reading.messages[0]?.origin, 'ingest:read-feed');
    assert.match(reading.messages[0]?.reason ?? '', reason);
  }
});

test('a feed without items is read, with a warning', async () => {
  const reading = await readFeed('<rss version="2.0"><channel><title>Quiet Desk</title></channel></rss>', 'quiet.xml');
  assert.equal(reading.title, 'Quiet Desk');
  assert.deepEqual(reading.items, []);
  assert.deepEqual(reading.messages.map((message) => message.severity), ['warning']);
});
