import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WITHOUT_CHROMIUM } from '../debian-chromium.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { openStore, type Database } from '../../src/store/index.ts';
import { freshStore, type FreshStore } from '../store/databases.ts';
import { fillStore, HOSTILE_ARTICLE } from './server-stores.ts';

/** Where the run leaves its screenshots, for a person to look at. */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

describe('the web pages in Debian chromium, from a real server on a port', { skip: WITHOUT_CHROMIUM }, () => {
  let fresh: FreshStore;
  let db: Database;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];

  before(async () => {
    fresh = await freshStore('pglite');
    db = await openStore(fresh.location);
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-hostile-'));
    writeFileSync(join(folder, 'hostile.json'), JSON.stringify([HOSTILE_ARTICLE]));
    await fillStore(db, [resolve(import.meta.dirname, '../../examples/athens-bank-firebomb'), join(folder, 'hostile.json')]);
    server = await startServer(db, '127.0.0.1', 0, {});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    page.on('request', (request) => !request.url().startsWith(server.url) && !request.url().startsWith('data:') && outside.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    await fresh?.remove();
  });

  test('from the story list to a story, a fact opened to its evidence, and the evidence marked in its article', async () => {
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: join(SCREENSHOTS, 'story-list.png') });
    await page.locator('ol.stories h3 a', { hasText: /Athens|bank|Greek/i }).first().click();
    await page.waitForSelector('table.matrix');
    await page.screenshot({ path: join(SCREENSHOTS, 'story.png') });
    // the header row stays in view as the matrix scrolls
    const frame = page.locator('.matrix-frame').first();
    await frame.evaluate((element) => element.scrollBy(0, 300));
    const headerTop = await page.locator('table.matrix thead th').first().evaluate((cell) => cell.getBoundingClientRect().top - cell.closest('.matrix-frame')!.getBoundingClientRect().top);
    assert.ok(Math.abs(headerTop) < 2, `the matrix header moved ${headerTop}px`);
    const fact = page.locator('table.matrix th.fact summary').first();
    await fact.click();
    const evidence = page.locator('table.matrix details[open] .evidence-list blockquote').first();
    assert.ok(await evidence.isVisible(), 'the fact opens in place to its evidence');
    await page.screenshot({ path: join(SCREENSHOTS, 'fact-evidence.png') });
    const quoted = (await evidence.locator('p').first().innerText()).trim();
    await evidence.locator('a.open-article').click();
    const mark = page.locator('mark#evidence');
    await mark.waitFor();
    assert.ok(await mark.isVisible());
    assert.ok(quoted.startsWith((await mark.innerText()).trim().slice(0, 20)), 'the marked text is the evidence quoted');
    const inView = await mark.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight);
    assert.ok(inView, 'the page is scrolled to the marked evidence');
    await page.screenshot({ path: join(SCREENSHOTS, 'article-evidence.png') });
  });

  test('search finds the story; an actor\'s page; the graph drawn', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('header form.search input[name=q]', 'firebomb');
    await page.press('header form.search input[name=q]', 'Enter');
    await page.waitForURL(/\?q=firebomb/);
    assert.equal(await page.locator('ol.stories > li').count(), 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
    await page.goto(`${server.url}/entities`);
    await page.locator('table.plain a').first().click();
    await page.waitForSelector('h2#stories');
    assert.ok((await page.locator('h2#stories + ul li').count()) >= 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity.png'), fullPage: true });
    await page.goto(`${server.url}/graph`);
    const canvas = page.locator('.graph-canvas[data-drawn]');
    await canvas.waitFor({ timeout: 15_000 });
    assert.ok(Number(await canvas.getAttribute('data-drawn')) > 0);
    assert.ok(await page.evaluate(() => (window as unknown as { actorGraph?: { nodes(): { length: number } } }).actorGraph!.nodes().length > 1));
    await page.screenshot({ path: join(SCREENSHOTS, 'graph.png') });
  });

  test('a phone reads the story page: no sideways scroll of the page, the matrix scrolls in its frame', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await phone.goto(`${server.url}/`);
      await phone.locator('ol.stories h3 a', { hasText: /Athens|bank|Greek/i }).first().click();
      await phone.waitForSelector('table.matrix');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
      await phone.screenshot({ path: join(SCREENSHOTS, 'story-phone.png') });
    } finally {
      await phone.close();
    }
  });

  test('with JavaScript off, the pages read the same; a hostile article runs no script; no page asks anything of another server', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${server.url}/`);
      await plain.locator('ol.stories h3 a').first().click();
      await plain.locator('table.matrix th.fact summary').first().click();
      assert.ok(await plain.locator('table.matrix details[open] .evidence-list').first().isVisible(), 'details open without script');
    } finally {
      await context.close();
    }
    const [hostile] = await db.query<{ id: string }>("SELECT id FROM articles WHERE title LIKE 'Riot%'");
    await page.goto(`${server.url}/articles/${hostile!.id}`);
    assert.match(await page.locator('h1').innerText(), /<script>window.__pwned = 1; alert\(1\)<\/script>/);
    await page.goto(`${server.url}/?q=Riot`);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(outside, []);
    assert.deepEqual(consoleErrors, [], 'no page broke its policy or failed to load a file');
  });
});
