import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../shared-folder.ts';
import { triangulate } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-out-'));
const ARTICLE = 'Warehouse fire put out\n\nFirefighters put out a blaze at a warehouse on Sunday night. No one was hurt, the fire service said.\n';

test('--out to a missing folder is refused before any work: exit 2, the folder named, no stack trace', () => {
  const out = join(folder, 'missing', 'deeper', 'report.md');
  const unread = join(folder, 'not-there.txt');
  const { code, stdout, stderr } = triangulate(['analyze', sharedPath('seeds'), unread, '--out', out]);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.ok(stderr.includes(`--out ${out}: the folder ${join(folder, 'missing', 'deeper')} does not exist`), stderr);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  // before any work: reading would have named the input that is not there
  assert.ok(!stderr.includes(unread), stderr);
});

test('--out naming an input is refused and the input is left as it was', () => {
  const input = join(folder, 'input.txt');
  writeFileSync(input, ARTICLE);
  for (const args of [['analyze', input, '--out', input], ['extract', input, '--out', input], ['analyze', folder, '--out', input]]) {
    const { code, stderr } = triangulate(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /would overwrite the input/);
    assert.equal(readFileSync(input, 'utf8'), ARTICLE);
  }
});

test('--out naming a folder is refused', () => {
  const input = join(folder, 'one.txt');
  writeFileSync(input, ARTICLE);
  const { code, stderr } = triangulate(['extract', input, '--out', tmpdir()]);
  assert.equal(code, 2);
  assert.match(stderr, /is a folder/);
});

test('--out replaces an earlier report whole, through a temporary file that does not stay', () => {
  const place = mkdtempSync(join(tmpdir(), 'triangulate-out-atomic-'));
  const input = join(folder, 'atomic.txt');
  writeFileSync(input, ARTICLE);
  const out = join(place, 'article.json');
  writeFileSync(out, 'an earlier, longer report that the new one must replace entirely '.repeat(100));
  const { code } = triangulate(['extract', input, '--format', 'json', '--out', out]);
  assert.equal(code, 0);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).title, 'Warehouse fire put out');
  assert.deepEqual(readdirSync(place), ['article.json']);
});

test('--out-dir inside an input folder, or with --out, is refused before any work', () => {
  const inputs = join(folder, 'inputs');
  mkdirSync(inputs, { recursive: true });
  writeFileSync(join(inputs, 'a.txt'), ARTICLE);
  const inside = triangulate(['analyze', inputs, '--out-dir', join(inputs, 'report')]);
  assert.equal(inside.code, 2);
  assert.match(inside.stderr, /lies inside the input folder/);
  const both = triangulate(['analyze', inputs, '--out-dir', join(folder, 'dossiers'), '--out', join(folder, 'x.md')]);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--out-dir.*--out|--out.*--out-dir/);
  const missingParent = triangulate(['analyze', inputs, '--out-dir', join(folder, 'no', 'such', 'place')]);
  assert.equal(missingParent.code, 2);
  assert.match(missingParent.stderr, /does not exist/);
});
