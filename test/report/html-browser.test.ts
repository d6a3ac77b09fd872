import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Dossier } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { articleAnchor } from '../../src/report/html/html-context.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { sharedPath } from '../shared-folder.ts';
import { withRealSentenceFindings } from './real-sentence-findings.ts';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it): playwright-core downloads no browser. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A test article that tries to run script two ways; the seeds' report must show both as text. */
const HOSTILE_TEXT =
  'Council meeting ends without a vote\n\nA reader pasted <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> into the comment box, and Putin expressed solidarity with the Venezuelan people, the minutes say.\n';

describe('the seeds HTML report in Debian chromium', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install Debian chromium (apt-get install -y chromium) to run the browser test` }, () => {
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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
    assert.equal(await page.evaluate(() => document.querySelectorAll('script, img').length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  test('no console errors and no request but the document itself', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });
});
