import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { articleAnchor, factEvidenceAnchor } from '../../src/report/html/html-context.ts';
import { highlightParagraphs } from '../../src/report/html/article-text.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { sharedPath } from '../shared-folder.ts';
import { findingsFromRealSentences, withRealSentenceFindings } from './real-sentence-findings.ts';
import { analyzeSeeds } from './seed-dossier.ts';

async function seedsWithFindings() {
  const dossier = await analyzeSeeds();
  return { ...dossier, ...findingsFromRealSentences(dossier) };
}

/** The HTML of one `<article>` of the page, by article id. */
function articleHtml(html: string, articleId: string): string {
  const start = html.indexOf(`<article id="${articleAnchor(articleId)}">`);
  assert.ok(start >= 0, `article ${articleId}`);
  return html.slice(start, html.indexOf('</article>', start));
}

test('the page is self-contained: no external resource, no script but the actor graph\'s own, a CSP that allows nothing else', async () => {
  const html = renderHtml(await seedsWithFindings());
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ('none'|('sha256-[A-Za-z0-9+/=]+' ?)+); base-uri 'none'; form-action 'none'">/);
  const scripts = /<script (?:id="cytoscape"|id="relation-graph-code"|type="application\/json" class="relation-graph-data")>[\s\S]*?<\/script>/g;
  // cytoscape.js names urls and images in its own code; everything else on the page must name none
  const page = html.replace(scripts, '');
  assert.doesNotMatch(page, /<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
  assert.doesNotMatch(page, /href="(?!#)/);
});

test('every id is unique and every link lands on an element of the page', async () => {
  const html = renderHtml(withRealSentenceFindings(await analyzeSeeds()));
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  assert.equal(new Set(ids).size, ids.length);
  for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target!), target);
});

test('the sections come in reading order, each only when it has something', async () => {
  const html = renderHtml(await seedsWithFindings());
  const sections = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(sections, ['sources', 'facts', 'conflicts', 'single-source', 'omissions', 'quotes', 'timeline', 'relations', 'framing', 'articles']);
  const bare = renderHtml({ ...(await analyzeSeeds()), facts: [], conflicts: [], singleSource: [], omissions: [], quoteVariants: [], timeline: [], framing: [], relations: [] });
  assert.deepEqual([...bare.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]), ['sources', 'quotes', 'articles']);
});

test('the agreement matrix has a row per fact and a cell per article that links to its evidence in that article', async () => {
  const dossier = await seedsWithFindings();
  const html = renderHtml(dossier);
  assert.match(html, /<th class="col"><a class="label" href="#article-[^"]+">\[A\]<\/a><span class="outlet muted" title="unknown outlet">\?<\/span><\/th>/);
  assert.match(html, /<th class="col"><a class="label" href="#article-[^"]+">\[B\]<\/a><span class="outlet" title="[^"]+"><bdi>BBC News World<\/bdi><\/span><\/th>/);
  for (const fact of dossier.facts) {
    const row = html.match(new RegExp(`<tr id="row-${fact.id}" data-fact="${fact.id}"[^>]*>.*?</tr>`))?.[0];
    assert.ok(row, fact.id);
    assert.match(row, /(\d outlets?( \+ \d unknown)?|\d articles?, outlets unknown) · \d independent/);
    fact.evidence.forEach((evidence, index) => {
      const anchor = factEvidenceAnchor(fact.id, index);
      assert.ok(row.includes(`data-article="${evidence.articleId}"><a href="#${anchor}"`), anchor);
      const inArticle = articleHtml(html, evidence.articleId);
      const mark = inArticle.match(new RegExp(`<mark class="fact" id="${anchor}"[^>]*>(.*?)</mark>`, 's'));
      assert.ok(mark, `${anchor} in its article`);
      assert.ok(evidence.text.replace(/[“"]/g, '').startsWith(mark[1]!.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/[“"]/g, '').slice(0, 20)), anchor);
    });
  }
});

test('conflict cards, single-source claims and quote variants link to or show their real sentences', async () => {
  const html = renderHtml(await seedsWithFindings());
  assert.match(html, /<section class="card" id="card-c-buildup"><h3><bdi>When the US build-up began<\/bdi><span class="kind">date<\/span><\/h3>/);
  assert.match(html, /<strong>“<bdi>last August<\/bdi>”<\/strong> <a class="label" href="#article-[^"]+">\[B\]<\/a><blockquote>\[B\] <a href="#conflict-c-buildup-0-0"><bdi>/);
  assert.match(html, /<li><a href="#claim-s-[^"]+"><bdi>Simultaneously, Belarusian President Alexander Lukashenko/);
  assert.match(html, /in the face of <mark class="difference">growing<\/mark> external pressure/);
  assert.match(html, /<summary>Every quote, by speaker \(\d+\)<\/summary>/);
});

test('article text is escaped: a <script> or an onerror in an article shows as text', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-html-'));
  const path = join(folder, 'hostile.txt');
  writeFileSync(path, 'Council meeting ends\n\nA reader pasted <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> into the comment box on Monday, and the council said it would meet again.\n');
  const html = renderHtml(await analyzeStory([sharedPath('seeds'), path]));
  assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;'));
  // the actor graph's own scripts aside (the seeds have relations), none
  assert.doesNotMatch(html.replace(/<script (?:id="cytoscape"|id="relation-graph-code"|type="application\/json" class="relation-graph-data")>[\s\S]*?<\/script>/g, ''), /<script|<img/);
});

test('highlights split at line breaks and where they cross; the id stays on the first piece', () => {
  const text = 'One two three.\nFour five.';
  const paragraphs = highlightParagraphs(text, [
    { start: 4, end: 20, id: 'fact-x-0', kind: 'fact', title: 'Fact 1' },
    { start: 8, end: 13, id: 'claim-y', kind: 'claim', title: 'Only [A]' },
  ]);
  assert.deepEqual(paragraphs, [
    'One <mark class="fact" id="fact-x-0" title="Fact 1">two <mark class="claim" id="claim-y" title="Only [A]">three</mark>.</mark>',
    '<mark class="fact" title="Fact 1">Four </mark>five.',
  ]);
});
