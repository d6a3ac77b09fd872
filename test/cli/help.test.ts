import assert from 'node:assert/strict';
import { test } from 'node:test';
import { triangulate } from './run-cli.ts';

/** Each option of a help page with its description, wrapped lines joined: "--max-bytes <size>  largest input … (default: 32MB)". */
function optionEntries(help: string): Map<string, string> {
  const entries = new Map<string, string>();
  let current: string | null = null;
  for (const line of help.split('\n')) {
    const option = /^ {2}((?:-\w, )?--[\w-]+)/.exec(line);
    if (option) entries.set((current = option[1]!), line);
    else if (current && /^ {10,}\S/.test(line)) entries.set(current, `${entries.get(current)} ${line.trim()}`);
    else current = null;
  }
  return entries;
}

const analyze = optionEntries(triangulate(['analyze', '--help']).stdout);
const extract = optionEntries(triangulate(['extract', '--help']).stdout);

test('--help shows each default once', () => {
  for (const [command, entries] of [['analyze', analyze], ['extract', extract]] as const) {
    assert.ok(entries.size > 8, `${command}: ${[...entries.keys()]}`);
    for (const [option, text] of entries) assert.ok((text.match(/default/gi) ?? []).length <= 1, `${command} ${option}: ${text}`);
  }
  assert.match(analyze.get('--max-bytes')!, /\(default: 32MB\)/);
});

test('--help of each command shows only the options it uses', () => {
  for (const option of ['--out-dir', '--full', '--top', '--min-sources']) {
    assert.ok(analyze.has(option), option);
    assert.ok(!extract.has(option), option);
  }
  assert.ok(extract.has('--all'));
  assert.ok(!analyze.has('--all'));
  assert.deepEqual([...analyze.get('--format')!.matchAll(/"(\w+)"/g)].map((match) => match[1]).slice(0, 3), ['md', 'json', 'html']);
  assert.deepEqual([...extract.get('--format')!.matchAll(/"(\w+)"/g)].map((match) => match[1]).slice(0, 2), ['text', 'json']);
});

test('--full and --top together are a usage error', () => {
  const { code, stderr } = triangulate(['analyze', 'x.txt', '--full', '--top', '3']);
  assert.equal(code, 2);
  assert.match(stderr, /--full.*--top|--top.*--full/);
});

test('graph --help shows its formats and levels, -o for --out, and none of analyze\'s report options', () => {
  const graph = optionEntries(triangulate(['graph', '--help']).stdout);
  assert.deepEqual([...graph.get('--format')!.matchAll(/"(\w+)"/g)].map((match) => match[1]).slice(0, 5), ['json', 'graphml', 'gexf', 'csv', 'polecat']);
  assert.match(graph.get('--level')!, /"actor", "country"/);
  assert.ok(graph.has('-o, --out'), [...graph.keys()].join(' '));
  for (const option of ['--out-dir', '--full', '--top', '--min-sources', '--all']) assert.ok(!graph.has(option), option);
});
