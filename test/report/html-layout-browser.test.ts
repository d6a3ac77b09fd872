import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WITHOUT_CHROMIUM } from '../debian-chromium.ts';
import type { Dossier } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { sharedPath } from '../shared-folder.ts';

/** A laptop and a phone (an iPhone 12-15 is 390 css px wide). */
const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const ECB_DOCUMENTS = 200;
/** An unbroken run far wider than any screen (a pasted URL or data blob); the page must wrap it, not widen. */
const UNBROKEN = 4_000;
const RLO = '\u202E';

/** 200 ECB+ documents as text files, plus a file with an unbroken line and two whose names carry a right-to-left override. */
function writeInputs(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-layout-'));
  const ecb = join(folder, 'ecb');
  mkdirSync(ecb);
  const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, ECB_DOCUMENTS);
  for (const line of documents) {
    const document = JSON.parse(line) as { id: string; text: string };
    writeFileSync(join(ecb, `${document.id}.txt`), `${document.text}\n`);
  }
  const long = join(folder, 'long-line.txt');
  // enough prose around the run that the article reads as language (a text mostly of unbroken runs is refused as encoded data)
  const prose = Array.from({ length: 60 }, (_, index) => `Item ${index + 1} of the agenda was deferred to the next meeting, the clerk said, after members asked for more time to read the reports.`).join(' ');
  writeFileSync(long, `Council meeting ends without a vote\n\nThe council met on Monday and adjourned without a vote, the minutes say.\n\n${prose}\n\nSee https://example.org/${'a'.repeat(UNBROKEN)}\n`);
  const rtl = join(folder, `council-${RLO}txt.evil.txt`);
  writeFileSync(rtl, 'Council meeting ends without a vote\n\nThe council met on Monday and adjourned without a vote, its chair said.\n');
  const empty = join(folder, `empty-${RLO}txt.evil.txt`);
  writeFileSync(empty, '');
  return [ecb, long, rtl, empty];
}

describe('the HTML report of 200 articles on a laptop and a phone, in Debian chromium', { skip: WITHOUT_CHROMIUM }, () => {
  let browser: Browser;
  let dossier: Dossier;
  let documentUrl: string;
  const pages = new Map<string, Page>();

  before(async () => {
    dossier = await analyzeStory(writeInputs());
    const report = join(mkdtempSync(join(tmpdir(), 'triangulate-layout-report-')), 'report.html');
    writeFileSync(report, renderHtml(dossier));
    documentUrl = pathToFileURL(report).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    for (const screen of SCREENS) {
      const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
      await page.goto(documentUrl);
      pages.set(screen.name, page);
    }
  });

  after(async () => {
    await browser?.close();
  });

  test('the inputs make a big report: 200+ articles, a matrix wider than any screen', () => {
    assert.ok(dossier.articles.length >= ECB_DOCUMENTS, `${dossier.articles.length} articles`);
    assert.ok(dossier.facts.length > 20, `${dossier.facts.length} facts`);
    assert.ok(dossier.failed.some((failure) => failure.source.includes(RLO)), 'the empty file with an override in its name failed');
  });

  for (const screen of SCREENS) {
    test(`${screen.name} (${screen.width} px): the page never scrolls sideways`, async () => {
      const page = pages.get(screen.name)!;
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.equal(scrollWidth, innerWidth);
    });

    test(`${screen.name} (${screen.width} px): the facts x outlets matrix scrolls inside its frame, the fact column stays readable`, async () => {
      const page = pages.get(screen.name)!;
      const matrix = await page.evaluate(() => {
        const frame = document.querySelector('table.matrix')!.parentElement!;
        const fact = document.querySelector('table.matrix tbody td.fact')!.getBoundingClientRect();
        return { frameClass: frame.className, scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth, factWidth: fact.width, factLeft: fact.left };
      });
      assert.equal(matrix.frameClass, 'frame');
      assert.ok(matrix.scrollWidth > matrix.clientWidth, `the matrix (${matrix.scrollWidth} px) is wider than its frame (${matrix.clientWidth} px) and scrolls`);
      // a readable column: 25 characters of 16 px text at the least, on a phone too
      assert.ok(matrix.factWidth >= 200, `fact column ${matrix.factWidth} px`);
      assert.ok(matrix.factLeft >= 0 && matrix.factLeft + matrix.factWidth <= screen.width, 'the fact column is on screen');
      // scrolled to its far end, the fact column is still in view (sticky)
      const scrolled = await page.evaluate(() => {
        const frame = document.querySelector('table.matrix')!.parentElement!;
        frame.scrollLeft = frame.scrollWidth;
        return { scrollLeft: frame.scrollLeft, left: document.querySelector('table.matrix tbody td.fact')!.getBoundingClientRect().left, frameLeft: frame.getBoundingClientRect().left };
      });
      assert.ok(scrolled.scrollLeft > 0);
      // only the number column (2.2rem) lies between the frame's edge and the fact column
      assert.ok(scrolled.left - scrolled.frameLeft < 60, `fact column ${scrolled.left - scrolled.frameLeft} px from the frame's edge after scrolling`);
    });

    test(`${screen.name} (${screen.width} px): no article card is wider than itself, the unbroken line wraps`, async () => {
      const page = pages.get(screen.name)!;
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('article')].filter((article) => article.scrollWidth > article.clientWidth + 1).map((article) => article.id),
      );
      assert.deepEqual(overflowing, []);
      // the paragraph that holds the run is many lines tall: it wrapped instead of widening the card
      const lines = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('article p')].find((candidate) => candidate.textContent!.includes('aaaaaaaaaa'))!;
        const style = getComputedStyle(paragraph);
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        return paragraph.getBoundingClientRect().height / lineHeight;
      });
      assert.ok(lines >= 10, `the ${UNBROKEN}-character line wraps into many lines (${lines.toFixed(1)} lines)`);
    });
  }

  test('a right-to-left override in a source name does not reverse the rest of its line', async () => {
    const page = pages.get('laptop')!;
    const lines = await page.evaluate((rlo) => {
      const items = [...document.querySelectorAll('ul.failed li, p.meta')].filter((element) => element.textContent!.includes(rlo));
      return items.map((item) => {
        const source = [...item.querySelectorAll('bdi')].find((bdi) => bdi.textContent!.includes(rlo))!.getBoundingClientRect();
        // everything after the source name: the text and elements that follow its <bdi> (or its <code>) on the line
        const range = document.createRange();
        const after = item.querySelector('code') ?? [...item.querySelectorAll('bdi')].find((bdi) => bdi.textContent!.includes(rlo))!;
        range.setStartAfter(after);
        range.setEndAfter(item.lastChild!);
        const rest = range.getBoundingClientRect();
        const before = document.createRange();
        before.setStartBefore(item.firstChild!);
        before.setEndBefore(after);
        return { text: item.textContent!, sourceRight: source.right, restLeft: rest.width ? rest.left : null, beforeRight: before.getBoundingClientRect().right };
      });
    }, RLO);
    assert.ok(lines.length >= 2, 'the failed input and the article meta line carry the name');
    for (const line of lines) {
      // left to right: what precedes the name ends where the name begins, what follows begins where it ends
      assert.ok(line.beforeRight <= line.sourceRight, line.text);
      if (line.restLeft !== null) assert.ok(line.restLeft >= line.sourceRight - 1, `${line.text}: the rest starts at ${line.restLeft} px, the name ends at ${line.sourceRight} px`);
    }
  });
});
