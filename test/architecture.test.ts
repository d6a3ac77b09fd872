import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SOURCE = resolve(import.meta.dirname, '../src');
/** The stages of ../shared/STYLE.md, in pipeline order: each imports model/, shared/ and lexicon/ only, never another stage. */
const STAGES = ['ingest', 'clean', 'annotate', 'cluster', 'align', 'relate', 'report'];
/** What any stage may read: the types, the helpers, and the lexicon (WordNet concepts, event classes, word rarity). */
const COMMON = ['model', 'shared', 'lexicon'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((match) =>
    relative(SOURCE, resolve(dirname(file), match[1]!)),
  );
}

/** The top folder of a path inside src/ ("clean/read-header.ts" → "clean"; "pipeline.ts" → "pipeline.ts"). */
const topOf = (path: string) => path.split(/[\\/]/)[0]!;

test('no stage imports another stage, the pipeline or the CLI', () => {
  const crossings: string[] = [];
  for (const stage of STAGES) {
    for (const file of filesUnder(join(SOURCE, stage))) {
      for (const target of importsOf(file)) {
        const top = topOf(target);
        if (top !== stage && !COMMON.includes(top)) crossings.push(`${relative(SOURCE, file)} imports ${target}`);
      }
    }
  }
  assert.deepEqual(crossings, []);
});

test('model/ imports only itself; shared/ model/ and itself; lexicon/ model/, shared/ and itself: none imports a stage', () => {
  const allowed: Record<string, readonly string[]> = { model: ['model'], shared: ['model', 'shared'], lexicon: ['model', 'shared', 'lexicon'] };
  const crossings: string[] = [];
  for (const [folder, reads] of Object.entries(allowed)) {
    for (const file of filesUnder(join(SOURCE, folder))) {
      for (const target of importsOf(file)) {
        if (!reads.includes(topOf(target))) crossings.push(`${relative(SOURCE, file)} imports ${target}`);
      }
    }
  }
  assert.deepEqual(crossings, []);
});

test('store/ keeps model types: it imports model/, shared/ and itself only, never a stage', () => {
  const crossings = filesUnder(join(SOURCE, 'store')).flatMap((file) =>
    importsOf(file)
      .filter((target) => !['model', 'shared', 'store'].includes(topOf(target)))
      .map((target) => `${relative(SOURCE, file)} imports ${target}`),
  );
  assert.deepEqual(crossings, []);
});

test('graph/ reads dossiers as data: it imports model/, shared/ and itself only, and the CLI reaches it by its index.ts', () => {
  const crossings = filesUnder(join(SOURCE, 'graph')).flatMap((file) =>
    importsOf(file)
      .filter((target) => !['model', 'shared', 'graph'].includes(topOf(target)))
      .map((target) => `${relative(SOURCE, file)} imports ${target}`),
  );
  assert.deepEqual(crossings, []);
  const reached = filesUnder(join(SOURCE, 'cli')).flatMap((file) => importsOf(file).filter((target) => topOf(target) === 'graph'));
  assert.ok(reached.length > 0);
  assert.deepEqual(reached.filter((target) => !/^graph[\\/]index\.ts$/.test(target)), []);
});

test('pipeline.ts calls each stage by its public face only', () => {
  const reached = importsOf(join(SOURCE, 'pipeline.ts')).filter((target) => STAGES.includes(topOf(target)));
  assert.deepEqual(reached.filter((target) => !/^[a-z]+[\\/]index\.ts$/.test(target)), []);
  assert.deepEqual([...new Set(reached.map(topOf))].sort(), STAGES.filter((stage) => stage !== 'report').sort(), 'every stage but report runs in the pipeline');
});

test('every stage folder exists with an index.ts as its public face', () => {
  for (const stage of [...STAGES, 'lexicon']) assert.ok(statSync(join(SOURCE, stage, 'index.ts')).isFile(), `${stage}/index.ts`);
});

test('the check itself sees a crossing when there is one', () => {
  const probe = importsOf(join(SOURCE, 'pipeline.ts'));
  assert.ok(probe.some((target) => topOf(target) === 'clean'), 'pipeline.ts imports clean/, so the import reader works');
});

test('server/ reads the store, the graph and the reports by their index.ts, runs ingest through story-stream.ts and story-worker.ts, and the CLI reaches it by its index.ts', () => {
  const allowed = new Set(['model/index.ts', 'shared', 'store/index.ts', 'graph/index.ts', 'report/index.ts', 'story-stream.ts', 'story-worker.ts']);
  const crossings = filesUnder(join(SOURCE, 'server')).flatMap((file) =>
    importsOf(file)
      .filter((target) => topOf(target) !== 'server' && !allowed.has(target.replaceAll('\\', '/')) && !allowed.has(topOf(target)))
      .map((target) => `${relative(SOURCE, file)} imports ${target}`),
  );
  assert.deepEqual(crossings, []);
  const reached = filesUnder(join(SOURCE, 'cli')).flatMap((file) => importsOf(file).filter((target) => topOf(target) === 'server'));
  assert.ok(reached.length > 0);
  assert.deepEqual(reached.filter((target) => !/^server[\\/]index\.ts$/.test(target)), []);
});
