import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { BIN, REPO, sharedPath } from '../shared-folder.ts';

test('the pipeline reports every stage after reading, in order, each to its end', async () => {
  const seen: Array<[string, number, number]> = [];
  const dossier = await analyzeStory([sharedPath('seeds')], {}, { onStage: (stage, done, total) => seen.push([stage, done, total]) });
  const order = [...new Set(seen.map(([stage]) => stage))];
  assert.deepEqual(order, ['clean', 'annotate', 'cluster', 'align', 'relate']);
  for (const stage of order) {
    const last = seen.filter(([name]) => name === stage).at(-1)!;
    assert.equal(last[1], last[2], `${stage} ends at ${last[2]}`);
  }
  assert.equal(seen.filter(([stage]) => stage === 'annotate').at(-1)![2], dossier.articles.length);
});

/** The bar draws only on a terminal: `script` gives the command one. */
const SCRIPT = '/usr/bin/script';

test('on a terminal, the progress bar goes through every stage of the run, then the report', { skip: !existsSync(SCRIPT) && `${SCRIPT} is missing` }, () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triangulate-progress-')), 'report.md');
  const command = `node ${JSON.stringify(BIN)} analyze ${JSON.stringify(sharedPath('seeds'))} --out ${JSON.stringify(out)}`;
  const result = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  assert.equal(result.status, 0, result.stdout);
  // the terminal's screen: each redraw starts at column 1 (ESC [1G) and holds "stage bar [done/total] item"
  const frames = result.stdout.split('\u001b[1G').map((frame) => /^([a-z]+(?: the report)?) /.exec(frame)?.[1]).filter(Boolean);
  assert.deepEqual([...new Set(frames)], ['reading', 'cleaning', 'annotating', 'clustering', 'aligning', 'relating', 'writing the report']);
});
