import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WITHOUT_CHROMIUM } from '../debian-chromium.ts';
import type { Dossier } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { articleAnchor } from '../../src/report/html/html-context.ts';
import type { RelationGraphData } from '../../src/report/html/relation-graph.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { sharedPath } from '../shared-folder.ts';
import { withRealSentenceFindings } from './real-sentence-findings.ts';
import { analyzeRelationStory } from './relation-story.ts';


/** A test article that tries to run script two ways; the seeds' report must show both as text. */
const HOSTILE_TEXT =
  'Council meeting ends without a vote\n\nA reader pasted <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> into the comment box, and Putin expressed solidarity with the Venezuelan people, the minutes say.\n';

describe('the seeds HTML report in Debian chromium', { skip: WITHOUT_CHROMIUM }, () => {
  let browser: Browser;
  let page: Page;
  let dossier: Dossier;
  let documentUrl: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-browser-'));
    const hostile = join(folder, 'hostile.txt');
    writeFileSync(hostile, HOSTILE_TEXT);
    // the real pipeline's dossier; findings built from real sentences only where the aligner gives none yet
    dossier = withRealSentenceFindings(await analyzeStory([sharedPath('seeds'), hostile]));
    const report = join(folder, 'report.html');
    // every fact, uncapped: each row is checked
    writeFileSync(report, renderHtml(dossier, { full: true }));
    documentUrl = pathToFileURL(report).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('request', (request) => request.url() !== documentUrl && requests.push(request.url()));
    await page.goto(documentUrl);
  });

  after(async () => {
    await browser?.close();
  });

  test('the report has facts to check, one row each in the agreement matrix', async () => {
    assert.ok(dossier.facts.length >= 2, 'facts from the aligner or from real sentences');
    assert.equal(await page.locator('table.matrix tr[data-fact]').count(), dossier.facts.length);
  });

  test('each fact row jumps to its highlighted evidence, inside the article that carries it', async () => {
    for (const fact of dossier.facts) {
      const cells = page.locator(`tr[data-fact="${fact.id}"] td[data-article]`);
      const count = await cells.count();
      assert.ok(count >= 1, `fact ${fact.id} links to some evidence`);
      for (let index = 0; index < count; index++) {
        const cell = cells.nth(index);
        const articleId = (await cell.getAttribute('data-article'))!;
        await cell.locator('a').click();
        const target = await page.evaluate(() => {
          const element = document.querySelector(':target');
          const box = element?.getBoundingClientRect();
          return element && box && { tag: element.tagName, article: element.closest('article')?.id ?? null, visible: box.bottom > 0 && box.top < window.innerHeight, text: element.textContent };
        });
        assert.ok(target, `${fact.id} in ${articleId}: a :target element`);
        assert.equal(target.tag, 'MARK');
        assert.equal(target.article, articleAnchor(articleId));
        assert.ok(target.visible, `${fact.id} in ${articleId}: scrolled into view`);
        assert.ok(target.text?.trim(), 'the mark holds text');
      }
      await page.locator(`tr[data-fact="${fact.id}"] td:nth-child(2) > a`).click();
      assert.equal(await page.evaluate(() => document.querySelector(':target')?.tagName), 'MARK');
    }
  });

  test('an article with <script> and onerror markup shows them as text, and neither runs', async () => {
    const hostile = dossier.articles.find((article) => article.source.endsWith('hostile.txt'))!;
    const shown = await page.locator(`#${articleAnchor(hostile.id)}`).textContent();
    assert.ok(shown?.includes('<script>window.__pwned=1</script>'), shown ?? '');
    assert.ok(shown?.includes('<img src=x onerror="window.__pwned=2">'), shown ?? '');
    // the only scripts are the actor graph's own (when the story has relations), each allowed by its hash
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not(.relation-graph-data):not(#cytoscape):not(#relation-graph-code), img').length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  test('no console errors and no request but the document itself', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });
});

/** The cytoscape instance the page's script leaves on `window`, as far as these tests use it. */
interface DrawnGraph {
  nodes(): { length: number; map<T>(each: (node: { renderedPosition(): { x: number; y: number } }) => T): T[] };
  edges(): { length: number };
  getElementById(id: string): { renderedMidpoint(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
}

describe('the actor graph of the relations the real pipeline reads in a story written for it, in Debian chromium', { skip: WITHOUT_CHROMIUM }, () => {
  let browser: Browser;
  let page: Page;
  let withoutScript: Page;
  let data: RelationGraphData;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  before(async () => {
    const dossier = await analyzeRelationStory();
    assert.ok(dossier.relations.length >= 3, 'the extractor reads the story\'s relations');
    const report = join(mkdtempSync(join(tmpdir(), 'triangulate-graph-')), 'report.html');
    writeFileSync(report, renderHtml(dossier));
    const documentUrl = pathToFileURL(report).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('request', (request) => request.url() !== documentUrl && requests.push(request.url()));
    await page.goto(documentUrl);
    data = JSON.parse((await page.locator('#relation-graph script.relation-graph-data').textContent())!) as RelationGraphData;
    withoutScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await withoutScript.goto(documentUrl);
  });

  after(async () => {
    await browser?.close();
  });

  /** Clicks a point of the graph given in its own rendered coordinates. */
  /**
   * A click on the graph at `point`, again (up to three times) while the evidence panel does not change: on a loaded
   * machine the press and release can lie further apart than cytoscape's tap-hold time, which it reads as a hold.
   */
  async function clickGraphAt(point: { x: number; y: number }) {
    await page.locator('#relation-graph .relation-graph-canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('#relation-graph .relation-graph-canvas').boundingBox())!;
    const panel = page.locator('#relation-graph .relation-graph-evidence');
    const before = await panel.innerHTML();
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.mouse.click(box.x + point.x, box.y + point.y);
      for (let waited = 0; waited < 1_500; waited += 100) {
        if ((await panel.innerHTML()) !== before) return;
        await page.waitForTimeout(100);
      }
    }
  }

  test('the graph renders: its canvas, a node per actor and an edge per relation with a recipient', async () => {
    assert.equal(await page.locator('#relation-graph').isVisible(), true);
    assert.ok((await page.locator('#relation-graph .relation-graph-canvas canvas').count()) >= 1, 'cytoscape drew on a canvas');
    const drawn = await page.evaluate(() => {
      const graph = (window as unknown as { relationGraph: DrawnGraph }).relationGraph;
      return { nodes: graph.nodes().length, edges: graph.edges().length };
    });
    assert.ok(data.levels.actor.nodes.length >= 2 && data.levels.actor.edges.length >= 1);
    assert.deepEqual(drawn, { nodes: data.levels.actor.nodes.length, edges: data.levels.actor.edges.length });
  });

  test('clicking an edge shows its evidence sentences, each linking to its highlighted sentence in the article', async () => {
    // the edge whose middle lies farthest from every node and every other edge's middle: a click there hits it alone, whatever the layout
    const { id, point } = await page.evaluate((ids) => {
      const graph = (window as unknown as { relationGraph: DrawnGraph }).relationGraph;
      // no named function in here: tsx would wrap it in a helper the page does not have
      const middles = ids.map((edgeId) => ({ id: edgeId, point: graph.getElementById(edgeId).renderedMidpoint(), room: Infinity }));
      const nodes = graph.nodes().map((node) => node.renderedPosition());
      for (const middle of middles) {
        for (const other of [...nodes, ...middles.filter((item) => item !== middle).map((item) => item.point)]) middle.room = Math.min(middle.room, Math.hypot(other.x - middle.point.x, other.y - middle.point.y));
      }
      return middles.reduce((best, middle) => (middle.room > best.room ? middle : best));
    }, data.levels.actor.edges.map((item) => item.id));
    const relation = data.relations[data.levels.actor.edges.find((item) => item.id === id)!.relation]!;
    await clickGraphAt(point);
    const panel = page.locator('#relation-graph .relation-graph-evidence');
    await panel.locator('.shown-relation').first().waitFor({ timeout: 5_000 });
    assert.ok((await panel.textContent())?.includes(relation.act), `the panel names ${relation.act}: ${await panel.textContent()}`);
    const quotes = panel.locator('blockquote');
    assert.equal(await quotes.count(), relation.sentences.length);
    for (let index = 0; index < relation.sentences.length; index++) {
      const sentence = data.sentences[relation.sentences[index]!]!;
      assert.equal(await quotes.nth(index).locator('b').textContent(), sentence.trigger, 'the trigger in bold');
      await quotes.nth(index).locator('a').click();
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        const box = element?.getBoundingClientRect();
        return element && box && { tag: element.tagName, kind: element.className, article: element.closest('article')?.id ?? null, visible: box.bottom > 0 && box.top < window.innerHeight, text: element.textContent };
      });
      assert.ok(target, 'a :target element');
      assert.deepEqual([target.tag, target.kind], ['MARK', 'relation']);
      assert.ok(target.article?.startsWith('article-'), 'inside an article');
      assert.ok(target.visible, 'scrolled into view');
      assert.ok(target.text?.includes(sentence.trigger), 'the marked sentence holds the trigger');
    }
  });

  test('clicking a node shows every relation it takes part in', async () => {
    const node = [...data.levels.actor.nodes].sort((a, b) => b.relations.length - a.relations.length)[0]!;
    await clickGraphAt(await page.evaluate((id) => (window as unknown as { relationGraph: DrawnGraph }).relationGraph.getElementById(id).renderedPosition(), node.id));
    assert.equal(await page.locator('#relation-graph .relation-graph-evidence .shown-relation').count(), node.relations.length);
  });

  test('the level switch draws the countries', async () => {
    await page.locator('#relation-graph input[value="country"]').check();
    const nodes = await page.evaluate(() => (window as unknown as { relationGraph: DrawnGraph }).relationGraph.nodes().length);
    assert.equal(nodes, data.levels.country.nodes.length);
    await page.locator('#relation-graph input[value="actor"]').check();
  });

  test('an article\'s "</script><script>" runs nothing: the only scripts are the graph\'s own', async () => {
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('script')].map((script) => script.id || script.className)), ['relation-graph-data', 'cytoscape', 'relation-graph-code']);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  test('with JavaScript off the graph stays hidden and the list shows every relation, its evidence opening in place', async () => {
    assert.equal(await withoutScript.locator('#relation-graph').isVisible(), false);
    const items = withoutScript.locator('ul.relations li.relation');
    // every listed relation, one without a recipient too, is some node's
    assert.equal(await items.count(), new Set(data.levels.actor.nodes.flatMap((node) => node.relations)).size);
    await items.first().locator('summary').click();
    assert.equal(await items.first().locator('blockquote').first().isVisible(), true);
  });

  test('no console errors and no request but the document itself', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });
});
