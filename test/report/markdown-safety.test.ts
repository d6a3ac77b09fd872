import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Dossier } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';
import { escapeMarkdown, inline, oneLine } from '../../src/report/markdown/escape-markdown.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { sharedPath } from '../shared-folder.ts';
import { realSentence } from './real-sentence-findings.ts';

/** What a Markdown viewer would take as markup, unless a backslash comes before it. */
const UNESCAPED_CONTROL = /(?<!\\)(?:\\\\)*[<>`|[\]*~]/;
const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

for (const text of [
  'A reader pasted <script>window.__pwned=1</script> into the box',
  '<img src=x onmouseover="alert(1)"> was in the caption',
  'The *only* _real_ [offer](javascript:alert(1)) is `free`',
  'Sales | returns ~~fell~~ by 3 \\ 4',
  'The entity &lt;b&gt; shows as typed, AT&T too',
]) {
  test(`escapeMarkdown: ${JSON.stringify(text.slice(0, 40))} shows as typed and holds no markup`, () => {
    const markdown = inline(text);
    assert.doesNotMatch(markdown, UNESCAPED_CONTROL);
    assert.doesNotMatch(markdown, /(?<!\\)&[#A-Za-z0-9]+;/, 'no entity a viewer would decode');
    assert.equal(unescape(markdown), oneLine(text));
  });
}

test('an underscore inside a word stays bare; at a word edge it is escaped', () => {
  assert.equal(escapeMarkdown('1_10ecb.txt _stress_'), '1_10ecb.txt \\_stress\\_');
});

test('an article with <script>, onmouseover= and Markdown control characters shows them as text in the Markdown report', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-md-'));
  const hostile = join(folder, 'hostile <b>*x*_y_ [z].txt');
  writeFileSync(
    hostile,
    // about the seeds' story, so that its sentences are claims of that story
    'Putin offers *solidarity* to Venezuelan people\n\nPutin expressed solidarity with the Venezuelan people, the minutes say.\n\nMaduro told reporters in Caracas that the code <script>window.__pwned=1</script> and <img src=x onmouseover="window.__pwned=2"> had appeared on the Kremlin website on Friday.\n\nThe [Kremlin](javascript:alert(1)) said `nothing` | at all about _Maduro_ on Friday.\n',
  );
  const analysed = await analyzeStory([sharedPath('seeds'), hostile]);
  const article = analysed.articles.find((item) => item.source === hostile)!;
  // the sentence with the markup as a claim of its own, where the aligner makes it none
  const sentence = realSentence(article, /onmouseover/)!;
  const dossier = { ...analysed, singleSource: [...analysed.singleSource, { id: 's-hostile', articleId: article.id, text: sentence.text, evidence: sentence }] };
  const markdown = renderMarkdown(dossier, { full: true });
  assert.doesNotMatch(markdown, /(?<!\\)<(script|img|b)\b/i);
  const lines = markdown.split('\n').filter((line) => line.includes('onmouseover') || line.includes('hostile') || line.includes('javascript'));
  assert.ok(lines.length >= 2, 'the source line and the claim line');
  for (const line of lines) {
    // our own markup: the line's "- [E] " and the labels it cites
    const input = line.replace(/^(- |\d+\. )/, '').replace(/(?<!\\)\[[A-Z]+\]/g, '').replace(/(?<!\\)\*\*/g, '');
    assert.doesNotMatch(input, UNESCAPED_CONTROL, line);
  }
  const claim = lines.find((line) => line.includes('onmouseover'))!;
  assert.equal(unescape(claim), `- [E] ${oneLine(sentence.text)}`);
  assert.match(sentence.text, /<\/script> and <img src=x onmouseover=/);
  const kremlin = lines.find((line) => line.includes('javascript'));
  assert.ok(kremlin, markdown);
  assert.ok(unescape(kremlin).includes('The [Kremlin](javascript:alert(1)) said `nothing` | at all about _Maduro_'), kremlin);
});

describe('200 ECB+ documents: the Markdown stays readable, the JSON keeps all', () => {
  let dossier: Dossier;
  before(async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'triangulate-md-ecb-')), 'ecb');
    mkdirSync(folder);
    for (const line of readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 200)) {
      const document = JSON.parse(line) as { id: string; text: string };
      writeFileSync(join(folder, `${document.id}.txt`), `${document.text}\n`);
    }
    dossier = await analyzeStory([folder]);
  });

  test('no Markdown line is longer than the longest paragraph of the input', () => {
    const longestParagraph = Math.max(...dossier.articles.flatMap((article) => article.text.split('\n')).map((paragraph) => paragraph.length));
    for (const options of [{}, { top: 5 }, { minSources: 3 }]) {
      const lines = renderMarkdown(dossier, options).split('\n');
      const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
      assert.ok(longest.length <= longestParagraph, `${JSON.stringify(options)}: a line of ${longest.length} > ${longestParagraph}: ${longest.slice(0, 200)}`);
    }
  });

  test('lists are capped with "and N more"; full shows every fact; the JSON keeps every omission', () => {
    const facts = (markdown: string) => markdown.split('\n').filter((line) => /^\d+\. /.test(line)).length;
    assert.ok(dossier.facts.length > 20, `${dossier.facts.length} facts`);
    const capped = renderMarkdown(dossier, { top: 5 });
    assert.ok(facts(capped) <= 10, 'at most 5 corroborated and 5 carried by copies');
    assert.match(capped, /^- and \d+ more facts \(--full shows all\)$/m);
    assert.equal(facts(renderMarkdown(dossier, { full: true })), dossier.facts.length);
    assert.equal(JSON.parse(renderDossier(dossier, 'json', { top: 1 })).omissions.length, dossier.omissions.length);
  });

  test('omissions are summarised per article: a count and the most widely reported facts left out', () => {
    // every article listed (the first twenty articles that leave facts out leave out three or fewer each)
    const markdown = renderMarkdown(dossier, { top: dossier.articles.length });
    const summaries = [...markdown.matchAll(/^- (\[[A-Z]+\]) leaves out (\d+) facts; most widely reported: (.+) and (\d+) more$/gm)];
    assert.ok(summaries.length > 0, markdown.split('### Left out')[1]?.slice(0, 500));
    for (const [, label, count, named, more] of summaries) {
      assert.equal(named!.split(' · ').length + Number(more), Number(count), label);
      const article = dossier.articles[[...label!.slice(1, -1)].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1]!;
      assert.equal(Number(count), dossier.omissions.filter((omission) => omission.articleId === article.id).length, label);
    }
  });

  test('minSources keeps the facts with that many independent sources; top caps every list', () => {
    const markdown = renderMarkdown(dossier, { minSources: 5, full: true });
    const shown = markdown.split('\n').filter((line) => /^\d+\. /.test(line));
    assert.equal(shown.length, dossier.facts.filter((fact) => fact.support.independent >= 5).length);
    for (const line of shown) assert.ok(Number(/(\d+) independent$/.exec(line)![1]) >= 5, line);
    assert.throws(() => renderMarkdown(dossier, { top: 0 }), /top must be a whole number of 1 or more/);
  });
});
