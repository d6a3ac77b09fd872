import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, REPO } from '../shared-folder.ts';
import { freshStore } from './databases.ts';

function triangulate(args: string[]) {
  const result = spawnSync('node', [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const EXAMPLE = join(REPO, 'examples/athens-bank-firebomb');

test('cluster --format json prints the stories with their articles by source; md lists them', () => {
  const json = triangulate(['cluster', EXAMPLE, '--format', 'json', '--quiet']);
  assert.equal(json.code, 0, json.stderr);
  const { stories } = JSON.parse(json.stdout) as { stories: Array<{ id: string; title: string | null; articles: string[] }> };
  assert.ok(stories.length >= 1);
  assert.equal(stories.flatMap((story) => story.articles).length, 6, 'each of the six articles in one story');
  assert.match(stories[0]!.id, /^s[0-9a-f]{12}$/);
  const md = triangulate(['cluster', EXAMPLE, '--format', 'md', '--quiet']);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# \d+ stor(y|ies)$/m);
  assert.match(md.stdout, /^- .*8_1ecbplus\.txt$/m);
});

for (const kind of ['pglite', 'postgres'] as const) {
  test(`${kind}: ingest stores the example and writes its story's dossier; again, it adds nothing; search finds its words and actors`, async () => {
    const fresh = await freshStore(kind);
    const where = fresh.location.db ? ['--db', fresh.location.db] : ['--data', fresh.location.data!];
    try {
      const first = triangulate(['ingest', EXAMPLE, ...where, '--quiet']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stderr, /6 articles read, 6 new, in 1 story; 1 dossier written/);
      const again = triangulate(['ingest', EXAMPLE, ...where, '--quiet']);
      assert.match(again.stderr, /6 articles read, 0 new, in 0 stories; 0 dossiers written/);
      const found = triangulate(['search', 'firebomb riots', ...where, '--format', 'json']);
      assert.equal(found.code, 0, found.stderr);
      const { hits } = JSON.parse(found.stdout) as { hits: Array<{ kind: string; label: string }> };
      assert.ok(hits.filter((hit) => hit.kind === 'article').length >= 2, JSON.stringify(hits));
      const actor = triangulate(['search', 'Marfin Bnak', ...where]);
      assert.match(actor.stdout, /^entity\t\S+\tMarfin Bank\t/m);
      const none = triangulate(['search', 'zzqqxx', ...where]);
      assert.equal(none.code, 1);
      assert.equal(none.stdout, '');
    } finally {
      await fresh.remove();
    }
  });
}

test('a --db that is no PostgreSQL URL, or a server that cannot be reached, is refused with the reason', () => {
  const wrong = triangulate(['search', 'x', '--db', 'mysql://localhost/x']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--db mysql:\/\/localhost\/x: not a PostgreSQL URL/);
  const down = triangulate(['search', 'x', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
  assert.equal(down.code, 2);
  assert.match(down.stderr, /--db postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: cannot connect/);
  assert.doesNotMatch(down.stderr, /secret/);
  const data = mkdtempSync(join(tmpdir(), 'triangulate-both-'));
  const both = triangulate(['search', 'x', '--data', data, '--db', 'postgres://127.0.0.1/test']);
  assert.equal(both.code, 2);
  rmSync(data, { recursive: true, force: true });
});
