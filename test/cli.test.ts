import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { BIN, REPO, sharedPath } from './shared-folder.ts';

function triangulate(args: string[], input?: string) {
  const result = spawnSync('node', [BIN, ...args], { cwd: REPO, encoding: 'utf8', input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));

test('--help lists the commands with one-line descriptions', () => {
  const { code, stdout } = triangulate(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^\s+analyze \[options\] <inputs\.\.\.>\s+\S.+$/m);
  assert.match(stdout, /^\s+extract \[options\] <input>\s+\S.+$/m);
});

test('analyze --format json on the seeds follows the dossier schema', () => {
  const { code, stdout } = triangulate(['analyze', sharedPath('seeds'), '--format', 'json', '--quiet']);
  assert.equal(code, 0);
  const dossier = JSON.parse(stdout);
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schema/dossier.schema.json'), 'utf8')));
  assert.ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors?.slice(0, 5)));
  assert.equal(dossier.articles.length, 4);
  for (const field of ['entities', 'quotes', 'facts', 'conflicts', 'timeline', 'relations', 'failed']) assert.ok(Array.isArray(dossier[field]), field);
});

test('the schema rejects a dossier that breaks the contract', () => {
  const ajv = new Ajv2020.default({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schema/dossier.schema.json'), 'utf8')));
  assert.equal(validate({ schemaVersion: '1.0.0', articles: [] }), false);
});

test('ids are stable for the same inputs', () => {
  const first = JSON.parse(triangulate(['analyze', sharedPath('seeds'), '--format', 'json']).stdout);
  const second = JSON.parse(triangulate(['analyze', sharedPath('seeds'), '--format', 'json']).stdout);
  assert.deepEqual(first, second);
});

test('exit code 1 when some inputs fail: each named on stderr, the rest reported', () => {
  const missing = join(folder, 'missing.txt');
  const { code, stdout, stderr } = triangulate(['analyze', sharedPath('seeds'), missing, '--format', 'json']);
  assert.equal(code, 1);
  assert.ok(stderr.includes(`${missing}: no such file`), stderr);
  const dossier = JSON.parse(stdout);
  assert.equal(dossier.articles.length, 4);
  assert.deepEqual(dossier.failed, [{ source: missing, reason: 'no such file or folder' }]);
});

test('exit code 2 on a usage error or when nothing could be read', () => {
  const format = triangulate(['analyze', sharedPath('seeds'), '--format', 'pdf']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /pdf.*(md|json|html)/s);
  const nothing = triangulate(['analyze', join(folder, 'nothing-here.txt')]);
  assert.equal(nothing.code, 2);
  assert.match(nothing.stderr, /nothing could be read/);
  assert.equal(triangulate(['analyze', sharedPath('seeds'), '--published', '2025-13-40']).code, 2);
});

test('extract --format json prints exactly the benchmark fields, text without the title', () => {
  const path = join(folder, 'article.txt');
  writeFileSync(path, 'Warehouse fire put out\n\nBy Jane Doe\n\nFirefighters put out a blaze at a warehouse on Sunday night. No one was hurt, the fire service said.\n');
  const { code, stdout } = triangulate(['extract', path, '--format', 'json']);
  assert.equal(code, 0);
  const article = JSON.parse(stdout);
  assert.deepEqual(Object.keys(article).sort(), ['byline', 'language', 'outlet', 'published', 'text', 'title']);
  assert.equal(article.title, 'Warehouse fire put out');
  assert.equal(article.byline, 'Jane Doe');
  assert.ok(article.text.startsWith('Firefighters'), article.text);
});

test('extract sniffs HTML from stdin, whatever its name', () => {
  const html = '<!doctype html><html><head><title>Fire at the warehouse</title><meta property="og:site_name" content="Example Gazette"></head><body><article><h1>Fire at the warehouse</h1><p>Firefighters put out a blaze at a warehouse on the edge of the city on Sunday night, the fire service said in a statement.</p><p>No one was hurt, and the cause of the fire is not yet known, officials said on Monday morning.</p></article></body></html>';
  const { code, stdout } = triangulate(['extract', '-', '--format', 'json'], html);
  assert.equal(code, 0);
  const article = JSON.parse(stdout);
  assert.equal(article.outlet, 'Example Gazette');
  assert.match(article.text, /Firefighters put out a blaze/);
  assert.doesNotMatch(article.text, /<p>/);
});

test('--published fills a missing date and a found date wins', () => {
  const undated = join(folder, 'undated.txt');
  const dated = join(folder, 'dated.txt');
  writeFileSync(undated, 'Firefighters put out a blaze at a warehouse on Sunday night. No one was hurt, the fire service said.\n');
  writeFileSync(dated, 'Warehouse fire put out\n\nDecember 11, 2025\n\nFirefighters put out a blaze at a warehouse on Sunday night. No one was hurt.\n');
  const dossier = JSON.parse(triangulate(['analyze', undated, dated, '--published', '2025-12-20', '--format', 'json']).stdout);
  const bySource = (source: string) => dossier.articles.find((article: { source: string }) => article.source === source);
  assert.deepEqual([bySource(undated).published, bySource(undated).publishedFrom], ['2025-12-20', 'given']);
  assert.deepEqual([bySource(dated).published, bySource(dated).publishedFrom], ['2025-12-11', 'found']);
});

test('--out writes the report to a file; html escapes article text', () => {
  const path = join(folder, 'script.txt');
  writeFileSync(path, 'A page with a script\n\nThe text says <script>alert(1)</script> and goes on about the council meeting on Monday.\n');
  const out = join(folder, 'report.html');
  const { code, stdout } = triangulate(['analyze', path, '--format', 'html', '--out', out]);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!html.includes('<script>'));
});

test('the Markdown dossier cites every source with its outlet', () => {
  const { code, stdout } = triangulate(['analyze', sharedPath('seeds')]);
  assert.equal(code, 0);
  assert.match(stdout, /^### Sources$/m);
  assert.match(stdout, /^- \[C\] Latin Times/m);
  // two of the four seeds name no outlet: they are counted as unknown, never as outlets
  assert.match(stdout, /4 articles · 2 outlets \+ 2 unknown · 4 independent/);
});

test("the README's first command names the example's outlets from its SOURCES.tsv: no unknown outlet", () => {
  const { code, stdout } = triangulate(['analyze', 'examples/athens-bank-firebomb', '--quiet']);
  assert.equal(code, 0);
  const table = readFileSync(join(REPO, 'examples/athens-bank-firebomb/SOURCES.tsv'), 'utf8');
  const sources = (stdout.split('### Sources\n')[1] ?? '').split('\n###')[0]!.split('\n').filter((line) => line.startsWith('- ['));
  assert.equal(sources.length, table.trim().split('\n').length - 1);
  for (const line of sources) assert.doesNotMatch(line, /unknown outlet/, line);
  assert.match(stdout, /6 articles · 6 outlets/);
});

test('a reader that stops early ("| head -c 100") ends the command quietly, with no stack trace', () => {
  const result = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" analyze "${sharedPath('seeds')}" --format json --quiet | head -c 100 > /dev/null`], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /EPIPE|Error/);
});
