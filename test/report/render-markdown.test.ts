import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { emphasizeDifferences } from '../../src/report/markdown/quote-variants.ts';
import { escapeCell } from '../../src/report/markdown/table.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { REPO } from '../shared-folder.ts';
import { factFromRealSentences, findingsFromRealSentences } from './real-sentence-findings.ts';
import { analyzeSeeds } from './seed-dossier.ts';

/** The seed dossier from the real pipeline, its findings built from the articles' real sentences. */
async function seedsWithFindings() {
  const dossier = await analyzeSeeds();
  return { ...dossier, ...findingsFromRealSentences(dossier) };
}

const headings = (markdown: string) => [...markdown.matchAll(/^###? (.+)$/gm)].map((match) => match[1]!.replace(/ \(.*\)$/, ''));

test('sections come in the order a reader wants, each present only when it has something', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  assert.deepEqual(headings(markdown).slice(1), [
    'Sources', 'Corroborated', 'Where the outlets disagree', 'Only one outlet reports', 'Left out', 'The same quote, as each outlet gives it',
    'Timeline', 'Who relates to whom', 'Framing', 'Cleaning',
  ].filter((heading) => headings(markdown).includes(heading)));
  for (const heading of ['Corroborated', 'Where the outlets disagree', 'Only one outlet reports', 'The same quote, as each outlet gives it', 'Timeline', 'Who relates to whom', 'Framing']) {
    assert.ok(headings(markdown).includes(heading), heading);
  }
  const bare = renderMarkdown({ ...(await analyzeSeeds()), facts: [], conflicts: [], singleSource: [], omissions: [], quoteVariants: [], timeline: [], framing: [], relations: [] });
  assert.deepEqual(headings(bare).slice(1), ['Sources', 'Cleaning']);
});

test('the story line counts articles, named outlets and independent sources; an article with no outlet is no outlet', async () => {
  // seeds: [B] BBC News World and [C] Latin Times name their outlet, [A] and [D] do not
  const markdown = renderMarkdown(await analyzeSeeds());
  assert.match(markdown.split('\n')[1]!, /^4 articles · 2 outlets \+ 2 unknown · 4 independent · language en · \d+ noise fragments removed$/);
});

/** The shipped example's texts without the SOURCES.tsv that names their outlets: six articles, no outlet known. */
function exampleWithoutOutlets(): string {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-no-outlets-'));
  const example = join(REPO, 'examples/athens-bank-firebomb');
  for (const name of readdirSync(example).filter((file) => file.endsWith('.txt'))) copyFileSync(join(example, name), join(folder, name));
  return folder;
}

test('a story whose outlets are all unknown says "6 articles, outlets unknown", never "6 outlets"', async () => {
  const dossier = await analyzeStory([exampleWithoutOutlets()]);
  assert.ok(dossier.articles.every((article) => !article.outlet), 'the shipped example names no outlet');
  const markdown = renderMarkdown({ ...dossier, facts: [factFromRealSentences(dossier, 'f-marfin', /Marfin/)!] });
  assert.match(markdown.split('\n')[1]!, new RegExp(`^${dossier.articles.length} articles, outlets unknown · \\d+ independent`));
  assert.doesNotMatch(markdown, /\d+ outlets?\b/);
  assert.match(markdown, /^1\. .+ — \[A\]\[B\]\[F\] · 3 articles, outlets unknown · 2 independent$/m);
});

test('each corroborated fact cites its outlets and says how many are independent', async () => {
  const dossier = await seedsWithFindings();
  const markdown = renderMarkdown(dossier);
  const solidarity = dossier.facts.find((fact) => fact.id === 'f-solidarity')!;
  assert.ok(markdown.includes(`1. ${solidarity.text.replace(/\s+/g, ' ').trim()} — [A][B][C][D] · 2 outlets + 2 unknown · 4 independent`), markdown);
  for (const fact of dossier.facts) assert.match(markdown, new RegExp(`^\\d+\\. .+ — (\\[[A-Z]\\])+ · (\\d+ outlets?( \\+ \\d+ unknown)?|\\d+ articles?, outlets unknown) · ${fact.support.independent} independent$`, 'm'));
});

test('facts only copies of one text carry come after the corroborated ones, under their own heading', async () => {
  // athens-bank-firebomb: [B] is a near-duplicate of [A], so what only they say has one independent source
  const dossier = await analyzeStory([exampleWithoutOutlets()]);
  const copied = factFromRealSentences(dossier, 'f-ushered', /ushered to safety/)!;
  const corroborated = factFromRealSentences(dossier, 'f-marfin', /Marfin/)!;
  assert.deepEqual([copied.support.independent, corroborated.support.independent], [1, 2]);
  const markdown = renderMarkdown({ ...dossier, facts: [copied, corroborated] });
  assert.match(markdown, /^### Corroborated \(2\+ independent sources\)\n1\. Police said .+ — \[A\]\[B\]\[F\] · 3 articles, outlets unknown · 2 independent$/m);
  assert.match(markdown, /^### Carried only by copies of one text\n2\. Around 20 more people .+ — \[A\]\[B\] · 2 articles, outlets unknown · 1 independent$/m);
});

test('a conflict gives each value with the outlets that give it', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  assert.match(markdown, /^- \*\*When the US build-up began\*\* \(date\) — "last August" \[B\] · "Since September" \[C\]$/m);
});

test('single-source claims are grouped by article, in input order', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  const section = markdown.split('### Only one outlet reports\n')[1]!.split('\n\n')[0]!.split('\n');
  assert.deepEqual(section.map((line) => line.slice(0, 5)), ['- [A]', '- [C]', '- [C]']);
  assert.match(section[0]!, /Lukashenko/);
});

test('omissions name the fact by its number and who reports it', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  assert.match(markdown, /^- \[D\] leaves out fact \d \(reported by \[A\]\[B\]\[C\]\)/m);
});

test('quote variants show each wording with what differs in bold, and the speaker each outlet gives', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  // a long quote's wordings go one per line below it: the lines of its item, together
  const lines = markdown.split('\n');
  const at = lines.findIndex((text) => text.includes('mounting**'));
  assert.ok(at >= 0, markdown);
  let first = at;
  while (!lines[first]!.startsWith('- ')) first--;
  let last = at + 1;
  while (lines[last]?.startsWith('  - ')) last++;
  const line = lines.slice(first, last).join('\n');
  assert.match(line, /\*\*against mounting\*\* external pressure\.?" \[A\] \(Putin\)/);
  assert.match(line, /\*\*growing\*\* external pressure" \[B\] \(Kremlin\)/);
  // a description that does not name the speaker comes after the name it stands for
  assert.match(line, /\*\*increasing\*\* external pressure\.?" \[D\] \(Vladimir Putin, “the Russian leader”\)/);
});

test('the timeline is a table with readable dates, every cell free of a bare |', async () => {
  const dossier = await seedsWithFindings();
  const markdown = renderMarkdown(dossier);
  assert.match(markdown, /^\| 11 Dec 2025 \| .+ \| (\[[A-C]\])*\[D\] \|$/m);
  assert.match(markdown, /^\| 2018 \| .+ \| \[A\] \|$/m);
  const piped = renderMarkdown({ ...dossier, timeline: [{ ...dossier.timeline[0]!, text: 'Sales | returns' }] });
  assert.match(piped, /^\| \d{4}.* \| Sales \\\| returns \| \[[A-D]\] \|$/m);
});

test('the framing table lists voices, hedges and loaded words per outlet', async () => {
  const markdown = renderMarkdown(await seedsWithFindings());
  assert.match(markdown, /^\| outlet \| quoted voices \| by country \| attributed \/ own voice \| hedges \| loaded words \|$/m);
  assert.match(markdown, /^\| \[A\] \| Putin 2, .+ \| "unwavering", "aggressive".* \|$/m);
  assert.match(markdown, /^\| \[C\] \| .+ \| "may" \| .+ \|$/m);
});

test('whatever facts the pipeline finds, each is numbered and cites its outlets (all of them with full)', async () => {
  const dossier = await analyzeSeeds();
  const markdown = renderMarkdown(dossier, { full: true });
  dossier.facts.forEach((_, index) => assert.match(markdown, new RegExp(`^${index + 1}\\. .+ — (\\[[A-D]\\])+ · `, 'm')));
  for (const article of ['[A]', '[B]', '[C]', '[D]']) assert.ok(markdown.includes(`- ${article} `), article);
});

for (const [wording, expected] of [
  [{ text: 'in the face of growing external pressure', differences: [{ start: 15, end: 22 }] }, 'in the face of **growing** external pressure'],
  [{ text: 'in the face of growing external pressure', differences: [{ start: 14, end: 23 }] }, 'in the face of **growing** external pressure'],
  [{ text: 'a criminal act', differences: [] }, 'a criminal act'],
  [{ text: `${'shared words '.repeat(8)}new ${'shared words '.repeat(8)}`.trim(), differences: [{ start: 104, end: 107 }] }, '…shared words shared words shared words shared words **new** shared words shared words shared words shared words…'],
] as const) {
  test(`emphasizeDifferences: ${JSON.stringify(wording.text.slice(0, 30))}`, () => {
    assert.equal(emphasizeDifferences({ text: wording.text, differences: wording.differences.map((item) => ({ ...item, text: '' })) }), expected);
  });
}

test('a table cell keeps | as text and stays on one line', () => {
  assert.equal(escapeCell('a | b\nc'), 'a \\| b c');
});
