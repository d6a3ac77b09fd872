import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { REPO, sharedPath } from '../shared-folder.ts';
import { triangulate } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-stories-'));

/** Three ECB+ documents from each of three topics (a star's rehab, an Oscars host, …), as one JSON Lines file. */
const batch = join(folder, 'three-topics.jsonl');
{
  const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { topic: number; text: string });
  const topics = [...new Set(documents.map((document) => document.topic))].slice(0, 3);
  const chosen = topics.flatMap((topic) => documents.filter((document) => document.topic === topic).slice(0, 3));
  writeFileSync(batch, chosen.map((document) => JSON.stringify({ title: document.text.split('\n')[0]!.slice(0, 80), text: document.text })).join('\n'));
}

interface Dossier {
  story: { stories: string[][]; articles: number };
  articles: Array<{ id: string }>;
  facts: Array<{ id: string }>;
  conflicts: Array<{ id: string }>;
  timeline: unknown[];
}

const whole: Dossier = JSON.parse(triangulate(['analyze', batch, '--format', 'json', '--quiet']).stdout);
const storyCount = whole.story.stories.length;

test('the batch tells several stories (what the tests below stand on)', () => {
  assert.ok(storyCount >= 2, `${storyCount} stories`);
});

test('without --out-dir the Markdown says how many stories, then shows each on its own with its own sources and labels', () => {
  const { code, stdout } = triangulate(['analyze', batch, '--quiet']);
  assert.equal(code, 0);
  assert.match(stdout, new RegExp(`^# ${storyCount} stories in ${whole.articles.length} articles$`, 'm'));
  assert.equal(stdout.match(/^# Story \d+ of \d+$/gm)?.length, storyCount);
  const parts = stdout.split(/^# Story \d+ of \d+$/m).slice(1);
  parts.forEach((part, index) => {
    assert.equal(part.match(/^### Sources$/gm)?.length, 1, `story ${index + 1} has its sources`);
    assert.match(part, /^- \[A\] /m, `story ${index + 1} labels its sources from [A]`);
    const sources = part.split(/^### Sources$/m)[1]!.split(/^###? /m)[0]!.match(/^- \[[A-Z]+\] /gm)!.length;
    assert.equal(sources, whole.story.stories[index]!.length, `story ${index + 1} lists its own articles only`);
  });
});

test('--out-dir writes one dossier per story and an index; the story dossiers follow the schema and share the batch findings out', () => {
  const out = join(folder, 'dossiers');
  const { code, stdout, stderr } = triangulate(['analyze', batch, '--format', 'json', '--out-dir', out, '--quiet']);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '');
  const files = readdirSync(out).sort();
  assert.equal(files.length, storyCount + 1);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.stories.map((story: { file: string }) => story.file).sort(), files.filter((file) => file !== 'index.json'));
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schema/dossier.schema.json'), 'utf8')));
  const stories: Dossier[] = index.stories.map((story: { file: string }) => JSON.parse(readFileSync(join(out, story.file), 'utf8')));
  stories.forEach((story, number) => {
    assert.ok(validate(story), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepEqual(story.articles.map((article) => article.id), whole.story.stories[number]);
    assert.equal(story.story.articles, story.articles.length);
  });
  for (const field of ['facts', 'conflicts'] as const) {
    assert.deepEqual(stories.flatMap((story) => story[field].map((item) => item.id)).sort(), whole[field].map((item) => item.id).sort(), field);
  }
  assert.equal(stories.flatMap((story) => story.timeline).length, whole.timeline.length);
});

test('--out-dir in Markdown links each story from the index', () => {
  const out = join(folder, 'markdown');
  assert.equal(triangulate(['analyze', batch, '--out-dir', out, '--quiet']).code, 0);
  const index = readFileSync(join(out, 'index.md'), 'utf8');
  const links = [...index.matchAll(/\]\((story-[^)]+\.md)\)/g)].map((match) => decodeURI(match[1]!));
  assert.deepEqual(links.sort(), readdirSync(out).filter((file) => file !== 'index.md').sort());
});

test('the HTML of several stories is one page, each story in its own section, every id once and every in-page link landing', () => {
  const { code, stdout } = triangulate(['analyze', batch, '--format', 'html', '--quiet']);
  assert.equal(code, 0);
  assert.equal(stdout.match(/<section id="story-\d+" class="story">/g)?.length, storyCount);
  const ids = [...stdout.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  assert.equal(new Set(ids).size, ids.length, 'no id twice');
  const targets = [...stdout.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
  assert.ok(targets.length > storyCount);
  for (const target of targets) assert.ok(ids.includes(target), target);
});

test('the JSON on stdout keeps the batch dossier whole', () => {
  assert.equal(whole.articles.length, 9);
  assert.equal(whole.story.stories.flat().length, whole.articles.length);
});

test('the --out-dir index shows a title from article text as text: HTML and Markdown marks escaped, bidirectional text isolated', () => {
  const input = join(folder, 'hostile.txt');
  writeFileSync(input, '<script>alert(1)</script> [click](http://example.com) \u202Eevil\n\nThe council met on Monday to approve the budget for road repairs, the mayor said in a statement.\n');
  const markdown = join(folder, 'hostile-md');
  assert.equal(triangulate(['analyze', input, '--out-dir', markdown, '--quiet']).code, 0);
  const index = readFileSync(join(markdown, 'index.md'), 'utf8');
  assert.ok(!index.includes('<script>'), index);
  assert.ok(index.includes('&lt;script&gt;'), index);
  assert.ok(!index.includes('[click](http'), index);
  const html = join(folder, 'hostile-html');
  assert.equal(triangulate(['analyze', input, '--out-dir', html, '--format', 'html', '--quiet']).code, 0);
  const page = readFileSync(join(html, 'index.html'), 'utf8');
  assert.ok(!page.includes('<script>'), page);
  assert.match(page, /<bdi>[^<]*\u202Eevil[^<]*<\/bdi>/);
});
