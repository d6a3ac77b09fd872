/**
 * Writes the JSON dossiers of the reference stories into one folder, so that two versions of the engine
 * can be compared (scripts/compare-dossiers.ts) and linted (../shared/acceptance/lint-dossier.mjs):
 *
 *   node --import tsx scripts/write-dossiers.ts OUT_DIR [--stories-dir DIR] [--only NAME]
 *
 * - `seeds.json`: ../shared/seeds as one story;
 * - `example.json`: examples/athens-bank-firebomb;
 * - `crowded.json`: test/fixtures/crowded, an invented story told by 15 outlets (wire copies, rewrites, a Q&A,
 *   three other languages, an older call between the same leaders);
 * - `ecb-<subtopic>.json`: each of the 66 ECB+ stories of ../shared/data/clustering (one analyze per
 *   sub-topic), its documents written as `.txt` files under the stories folder (default
 *   `/tmp/triangulate-ecb-stories`, a fixed path so that article ids, which come from sources, stay the same
 *   from run to run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { groupBy, loadEcbDocuments, SHARED_FOLDER } from '../bench/ecbplus.ts';
import { analyzeStory } from '../src/pipeline.ts';
import { renderDossier } from '../src/report/index.ts';

const args = process.argv.slice(2);
const outDir = args[0];
if (!outDir || outDir.startsWith('--')) {
  console.error('usage: write-dossiers.ts OUT_DIR [--stories-dir DIR] [--only NAME]');
  process.exit(2);
}
const storiesDir = valueOf('--stories-dir') ?? '/tmp/triangulate-ecb-stories';
const only = valueOf('--only');

function valueOf(flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

const repository = path.resolve(import.meta.dirname, '..');
const jobs: { name: string; inputs: string[] }[] = [
  { name: 'seeds', inputs: [path.join(SHARED_FOLDER, 'seeds')] },
  { name: 'example', inputs: [path.join(repository, 'examples', 'athens-bank-firebomb')] },
  { name: 'crowded', inputs: [path.join(repository, 'test', 'fixtures', 'crowded')] },
];
for (const [subtopic, documents] of groupBy(loadEcbDocuments(), (document) => document.subtopic)) {
  const folder = path.join(storiesDir, subtopic);
  mkdirSync(folder, { recursive: true });
  for (const document of documents) writeFileSync(path.join(folder, `${document.id}.txt`), document.text);
  jobs.push({ name: `ecb-${subtopic}`, inputs: [folder] });
}

mkdirSync(outDir, { recursive: true });
for (const job of jobs) {
  if (only && job.name !== only) continue;
  const dossier = await analyzeStory(job.inputs);
  writeFileSync(path.join(outDir, `${job.name}.json`), renderDossier(dossier, 'json'));
}
console.log(`${jobs.length} dossiers written to ${outDir}`);
