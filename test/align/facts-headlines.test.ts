import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { standsAlone } from '../../src/align/facts/choose-headline.ts';
import type { Dossier, Evidence } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { foldText } from '../../src/shared/words.ts';
import { sharedPath } from '../shared-folder.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-facts-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** A story folder of the given articles, one file each. */
function writeStory(name: string, articles: readonly string[]): string {
  const story = join(folder, name);
  mkdirSync(story);
  articles.forEach((text, index) => writeFileSync(join(story, `${String.fromCharCode(97 + index)}.txt`), text));
  return story;
}

// Three reports of a bridge collapse: each shares a relative clause ("which were found during an
// inspection in March") and a second predicate ("and promised a full public inquiry ...") with the
// others, whose main clauses they word apart; two carry the subheading "A long history".
const bridge = analyzeStory([
  writeStory('bridge', [
    `Kelso bridge collapses into the Tweed

The Kelso bridge over the River Tweed collapsed on Tuesday morning, injuring four people who were crossing it on foot.

Engineers had warned the Borders council about deep cracks in the main span, which were found during an inspection in March.

A long history

The stone bridge was built in 1803 by the Scottish engineer John Rennie and carried traffic for more than two centuries.

Council leader Mary Dunn visited the site on Wednesday and promised a full public inquiry into the collapse of the bridge.
`,
    `Four hurt as historic Kelso bridge falls

Four pedestrians were injured when the Kelso bridge over the River Tweed collapsed on Tuesday morning.

Inspectors had reported deep cracks in the bridge's main span to the Borders council, which were found during an inspection in March.

A long history

John Rennie, the Scottish engineer, designed the stone bridge in 1803, and it carried traffic for more than two centuries.

Council leader Mary Dunn went to the site on Wednesday and promised a full public inquiry into the collapse of the bridge.
`,
    `Inquiry promised after Kelso bridge collapse

A full public inquiry will examine why the Kelso bridge collapsed into the River Tweed on Tuesday, injuring four people.

Council leader Mary Dunn toured the site on Wednesday and promised a full public inquiry into the collapse of the bridge.

Deep cracks in the main span of the bridge were reported to the Borders council, which were found during an inspection in March.

Police closed the roads on both banks of the river while divers searched the water for debris.
`,
  ]),
]);

// An ECB+ story where an event group once reused a clause that was also a single-source claim, and the
// seed story, where two event groups of Thursday's call read the same.
const gangArrests = (() => {
  const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; subtopic: string; text: string })
    .filter((document) => document.subtopic === '16_ecbplus');
  const story = join(folder, 'ecb-16');
  mkdirSync(story);
  for (const document of documents) writeFileSync(join(story, `${document.id}.txt`), document.text);
  return analyzeStory([story]);
})();
const seeds = analyzeStory([sharedPath('seeds')]);

test('a clause reads alone with five words or more, opening neither in lower case nor with a relative or subordinating word', () => {
  const rows: Array<[string, boolean]> = [
    ['Moscow expressed its support for Caracas in various ways', true],
    ['The Kremlin said Putin used the call to reaffirm his support', true],
    ['is to combat drug trafficking', false],
    ['and met personally with Scott Boras, the agent for Teixeira', false],
    ['whom the United States does not consider a legitimate president', false],
    ['Which is why he was at the forefront of the alliance', false],
    ['Although he assured that Maduro has very little time left', false],
    ['a key Putin ally', false],
    ['Four people were hurt', false],
  ];
  for (const [clause, expected] of rows) assert.equal(standsAlone(clause), expected, clause);
});

test('a shared clause that cannot stand alone heads its fact as its whole sentence, the clause marked by its offsets', async () => {
  const dossier = await bridge;
  for (const clause of ['which were found during an inspection in March', 'and promised a full public inquiry into the collapse of the bridge']) {
    const fact = dossier.facts.find((item) => item.evidence.filter((evidence) => evidence.text === clause).length >= 2);
    assert.ok(fact, `the articles share "${clause}"`);
    assert.ok(fact.clause, `"${fact.text}" marks its clause`);
    assert.equal(fact.text.slice(fact.clause.start, fact.clause.end), clause);
    assert.ok(fact.text.length > clause.length, 'the headline is the sentence around the clause');
    assert.ok(dossier.articles.some((article) => article.text.includes(fact.text)), 'the sentence is an article\'s own');
  }
});

test('every headline reads alone and is, or contains, or lies in one of its evidence texts', async () => {
  for (const dossier of [await bridge, await gangArrests, await seeds]) {
    assert.ok(dossier.facts.length > 0);
    for (const fact of dossier.facts) {
      const words = fact.text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      assert.ok(words.length >= 5, `"${fact.text}" has five words or more`);
      assert.doesNotMatch(fact.text.trim(), /^\p{Ll}/u, 'it does not open in lower case');
      assert.ok(!['which', 'who', 'whom', 'whose'].includes(words[0]!), `"${fact.text}" does not open with a relative word`);
      const headline = foldText(fact.text);
      assert.ok(fact.evidence.some((evidence) => foldText(evidence.text).includes(headline) || headline.includes(foldText(evidence.text))), `"${fact.text}" is supported`);
    }
  }
});

test('a subheading is never the evidence of a fact', async () => {
  const dossier = await bridge;
  assert.equal(dossier.articles.filter((article) => article.text.includes('\nA long history\n')).length, 2, 'two articles carry the subheading');
  const evidence = dossier.facts.flatMap((fact) => fact.evidence);
  assert.ok(!evidence.some((item) => item.text.trim() === 'A long history'));
});

test('one fact per statement: no two facts read the same or hold the same evidence, and none lies inside another', async () => {
  const key = (evidence: Evidence) => `${evidence.articleId}:${evidence.start}-${evidence.end}`;
  const inside = (evidence: Evidence, host: Evidence) => evidence.articleId === host.articleId && evidence.start >= host.start && evidence.end <= host.end;
  for (const dossier of [await bridge, await gangArrests, await seeds]) {
    const headlines = dossier.facts.map((fact) => foldText(fact.text));
    assert.equal(new Set(headlines).size, headlines.length, `two facts read the same: ${headlines.filter((item, index) => headlines.indexOf(item) !== index)}`);
    const evidenceSets = dossier.facts.map((fact) => fact.evidence.map(key).sort().join(' '));
    assert.equal(new Set(evidenceSets).size, evidenceSets.length, 'two facts hold the same evidence');
    for (const fact of dossier.facts) {
      const host = dossier.facts.find((other) => other !== fact && other.evidence.length > fact.evidence.length && fact.evidence.every((item) => other.evidence.some((evidence) => inside(item, evidence))));
      assert.equal(host, undefined, `"${fact.text}" lies inside "${host?.text}"`);
    }
  }
});

test('a single-source claim is never also evidence of a shared fact', async () => {
  for (const dossier of [await bridge, await gangArrests, await seeds] as Dossier[]) {
    assert.ok(dossier.singleSource.length > 0);
    const evidence = dossier.facts.flatMap((fact) => fact.evidence);
    for (const claim of dossier.singleSource) {
      const shared = evidence.find((item) => item.articleId === claim.articleId && item.start < claim.evidence.end && claim.evidence.start < item.end);
      assert.equal(shared, undefined, `"${claim.text}" is a fact's evidence`);
    }
  }
});

test('the reports mark the shared clause inside a sentence headline', async () => {
  const dossier = await bridge;
  const fact = dossier.facts.find((item) => item.clause && item.text.slice(item.clause.start, item.clause.end) === 'which were found during an inspection in March');
  assert.ok(fact);
  assert.match(renderHtml(dossier), /deep cracks in [^<]*main span, <mark class="shared">which were found during an inspection in March<\/mark>\./);
  assert.match(renderMarkdown(dossier), /main span, \*\*which were found during an inspection in March\*\*\./);
});
