import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Dossier } from '../../src/model/index.ts';
import { listRelations } from '../../src/report/relation-lines.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { createReportContext } from '../../src/report/report-context.ts';
import { analyzeRelationStory, withStoryRelations } from './relation-story.ts';

/** The lines of the "Who relates to whom" section. */
function relationsSection(markdown: string): string[] {
  const start = markdown.indexOf('### Who relates to whom');
  assert.ok(start >= 0, 'a relations section');
  const end = markdown.indexOf('\n\n', start);
  return markdown.slice(start, end < 0 ? undefined : end).split('\n');
}

describe('the Markdown relations section, on a story the pipeline read with relations over its real sentences', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = withStoryRelations(await analyzeRelationStory());
  });

  test('a line per pair of countries, the acts between them under it: who did what to whom, the mode, the outlets, independent sources, a quoted trigger', () => {
    const lines = relationsSection(renderMarkdown(dossier));
    assert.deepEqual(lines.slice(0, 2), ['### Who relates to whom', '- **Russia and Venezuela**']);
    assert.match(lines[2]!, /^ {2}- Vladimir Putin —consult \(phone\)→ Nicolás Maduro, 11 Dec 2025 — \[A\]\[C\] · 2 articles, outlets unknown · 2 independent — "Vladimir Putin \*\*spoke\*\* with Nicolas Maduro by phone on Thursday, the Kremlin said\." \[A\]$/);
    assert.ok(lines.includes('- **United States and Venezuela**'));
    assert.ok(lines.some((line) => /^ {2}- United States —coerce \(seize\)→ Venezuela — \[C\] · .* — "U\.S\. forces \*\*seized\*\* an oil tanker/.test(line)), lines.join('\n'));
  });

  test('what is not a fact is labelled so, after the facts of its pair: asserted by whom, hypothetical, denied', () => {
    const lines = relationsSection(renderMarkdown(dossier));
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    assert.ok(at(/^ {2}- \*asserted by the Kremlin:\* Vladimir Putin —support→ Venezuela — \[B\]/) > at(/Vladimir Putin —consult/));
    assert.ok(at(/^ {2}- \*hypothetical:\* Russia —aid→ Venezuela — \[A\] .* "Russia \*\*could supply\*\* missiles/) > at(/asserted by the Kremlin/));
    assert.ok(at(/^ {2}- \*denied:\* United States —coerce \(seize\)→ Russia — \[A\] .* "The United States \*\*did not seize\*\* a Russian ship\."/) > at(/Russia —accuse \(disapprove\)→ United States/));
    assert.ok(at(/^ {2}- United States —mobilize \(weapons\)→ \(no recipient\) — \[C\]/) > at(/^- \*\*United States \(no recipient\)\*\*$/), 'an act with no recipient, under its own heading');
    // every relation that is not a fact is on a labelled line only
    for (const act of ['—aid→', '—support→', '—coerce (seize)→ Russia']) for (const line of lines.filter((item) => item.includes(act))) assert.match(line, /^ {2}- \*[a-z ]+( the Kremlin)?:\*/, line);
  });

  test('each act once: a country-level relation rolled up from an actor-level one is not listed beside it', () => {
    const lines = relationsSection(renderMarkdown(dossier));
    assert.equal(lines.filter((line) => line.includes('—coerce (seize)→ Venezuela')).length, 1);
    assert.ok(!lines.some((line) => line.includes('Russia —consult (phone)→ Venezuela')), 'the call is listed between Putin and Maduro, under Russia and Venezuela');
  });

  test('a country-level relation no actor-level line carries is listed itself', () => {
    const call = dossier.relations.find((relation) => relation.id === 'r-call-countries')!;
    const lines = relationsSection(renderMarkdown({ ...dossier, relations: [call] }));
    assert.deepEqual(lines.slice(1, 3).map((line) => line.replace(/ — \[.*/, '')), ['- **Russia and Venezuela**', '  - Russia —consult (phone)→ Venezuela, 11 Dec 2025']);
  });

  test('the list is capped like every other: --top 2 shows the two best-supported facts and says how many more', () => {
    const lines = relationsSection(renderMarkdown(dossier, { top: 2 }));
    assert.equal(lines.filter((line) => line.startsWith('  - ')).length, 2);
    assert.equal(lines.at(-1), '- and 5 more relations (--full shows all)');
    assert.ok(lines.every((line) => !/\*(hypothetical|denied|asserted)/.test(line)), 'facts first');
  });

  test('no relations, no section', () => {
    assert.doesNotMatch(renderMarkdown({ ...dossier, relations: [] }), /Who relates to whom/);
  });
});

describe('the Markdown relations section of the real pipeline on a story written for it', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await analyzeRelationStory();
  });

  test('the extractor\'s relations are listed: the seizure as a fact, the call, the Kremlin\'s claim, the hypothetical and the denial labelled', () => {
    const lines = relationsSection(renderMarkdown(dossier));
    const has = (pattern: RegExp) => assert.ok(lines.some((line) => pattern.test(line)), `${pattern}\n${lines.join('\n')}`);
    has(/^ {2}- United States —coerce \(seize\)→ Venezuela — \[C\] .* "U\.S\. forces \*\*seized\*\* an oil tanker/);
    has(/^ {2}- Vladimir Putin —consult( \(phone\))?→ Nicolás Maduro/);
    has(/^ {2}- \*asserted by the Kremlin:\* Vladimir Putin —support→ Venezuela — \[B\]/);
    has(/^ {2}- \*hypothetical:\* Russia —aid→ Venezuela — \[A\]/);
    has(/^ {2}- \*denied:\* United States —coerce \(seize\)→ Russia — \[A\] .* "The United States did not \*\*seize\*\* a Russian ship\."/);
  });

  test('every listed relation that is not a fact is on a labelled line, and no country-level roll-up repeats its actors\' line', () => {
    const lines = relationsSection(renderMarkdown(dossier));
    const listed = listRelations(createReportContext(dossier)).shown;
    assert.equal(lines.filter((line) => /^ {2}- \*[^*]+:\*/.test(line)).length, listed.filter((relation) => relation.reported !== 'fact').length);
    assert.ok(dossier.relations.some((relation) => relation.level === 'country' && relation.sourceActor.name === 'Russia' && relation.type === 'consult'), 'the extractor rolls the call up to Russia → Venezuela');
    assert.ok(!lines.some((line) => /- (\*[^*]+:\* )?Russia —consult/.test(line)), 'the call is listed once, between Putin and Maduro');
  });
});
