/**
 * Screenshots of the HTML report of the first 200 ECB+ documents (../shared/data/clustering/ecbplus.dev.jsonl)
 * on a laptop (1280 x 800) and a phone (390 x 844), in Debian chromium, with the figures a reader feels:
 * page width against the screen, matrix width against its frame, the fact column's width.
 *
 *   node --import tsx bench/report-screenshots.ts [out-folder] [extra inputs…]
 *
 * Writes report.html, report.md and {laptop,phone}-{top,matrix,articles}.png to out-folder
 * (default /tmp/triangulate-report-screenshots).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { analyzeStory } from '../src/pipeline.ts';
import { renderDossier } from '../src/report/index.ts';
import { ECBPLUS_FILE } from './ecbplus.ts';

const DOCUMENTS = 200;
const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const [out = path.join(tmpdir(), 'triangulate-report-screenshots'), ...extra] = process.argv.slice(2);
const inputs = path.join(out, 'inputs');
mkdirSync(inputs, { recursive: true });
for (const line of readFileSync(ECBPLUS_FILE, 'utf8').split('\n').filter(Boolean).slice(0, DOCUMENTS)) {
  const document = JSON.parse(line) as { id: string; text: string };
  writeFileSync(path.join(inputs, `${document.id}.txt`), `${document.text}\n`);
}
const dossier = await analyzeStory([inputs, ...extra]);
const html = renderDossier(dossier, 'html');
const markdown = renderDossier(dossier, 'md');
writeFileSync(path.join(out, 'report.html'), html);
writeFileSync(path.join(out, 'report.md'), markdown);
const paragraphs = dossier.articles.flatMap((article) => article.text.split('\n'));
console.log(`${dossier.articles.length} articles, ${dossier.facts.length} facts, ${dossier.omissions.length} omissions, ${dossier.story.stories.length} stories`);
console.log(`html ${(html.length / 1e6).toFixed(2)} MB; markdown ${(markdown.length / 1e3).toFixed(0)} KB, longest line ${Math.max(...markdown.split('\n').map((text) => text.length))} chars (longest input paragraph ${Math.max(...paragraphs.map((text) => text.length))})`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  for (const screen of SCREENS) {
    const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    const figures = await page.evaluate(() => {
      const frame = document.querySelector('table.matrix')?.parentElement;
      const fact = document.querySelector('table.matrix tbody td.fact')?.getBoundingClientRect();
      return { pageWidth: document.documentElement.scrollWidth, screen: window.innerWidth, pageHeight: document.documentElement.scrollHeight, matrix: frame?.scrollWidth, frame: frame?.clientWidth, factColumn: fact && Math.round(fact.width) };
    });
    console.log(`${screen.name}: page ${figures.pageWidth} px wide on a ${figures.screen} px screen, ${figures.pageHeight} px tall; matrix ${figures.matrix} px in a ${figures.frame} px frame; fact column ${figures.factColumn} px`);
    await page.screenshot({ path: path.join(out, `${screen.name}-top.png`) });
    await page.locator('#facts').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#facts')!.scrollIntoView());
    await page.screenshot({ path: path.join(out, `${screen.name}-matrix.png`) });
    await page.evaluate(() => {
      const frame = document.querySelector('table.matrix')!.parentElement!;
      frame.scrollLeft = frame.scrollWidth / 2;
    });
    await page.screenshot({ path: path.join(out, `${screen.name}-matrix-scrolled.png`) });
    await page.evaluate(() => document.querySelector('#articles')!.scrollIntoView());
    await page.screenshot({ path: path.join(out, `${screen.name}-articles.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
