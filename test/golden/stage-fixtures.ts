import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { test } from 'node:test';
import type { RawArticle } from '../../src/model/index.ts';
import { REPO } from '../shared-folder.ts';
import { digestLongTexts } from './digest-texts.ts';
import { describeDifference, firstDifference } from './first-difference.ts';
import { formatJson } from './format-json.ts';
import { caseFoldersOf, readCaseInputs } from './read-case-inputs.ts';

export const FIXTURES = join(REPO, 'test', 'fixtures');

/** `UPDATE=1 node --import tsx --test test/<stage>/fixtures.test.ts` writes what the stage gives now. */
const UPDATE = Boolean(process.env['UPDATE']) && process.env['UPDATE'] !== '0';

/**
 * One stage as its golden fixtures see it: the cases under `test/fixtures/<name>/`, how to run the stage
 * (and the stages before it) on a case's raw articles, and the readable JSON its `expected.json` holds.
 */
export interface FixtureStage<Output> {
  name: string;
  run(articles: RawArticle[]): Output | Promise<Output>;
  /** Leaves out bulky derived layers (tokens), keeps spans, names, types, values and message reasons. */
  project(output: Output): unknown;
}

/** A test per case folder: the stage's projected output must equal `expected.json`, or the failure names the first difference. */
export function testStageFixtures<Output>(stage: FixtureStage<Output>): void {
  const cases = caseFoldersOf(join(FIXTURES, stage.name));
  test(`${stage.name} has golden fixtures under test/fixtures/${stage.name}/`, () => assert.ok(cases.length > 0));
  for (const folder of cases) {
    test(`${stage.name} fixture ${basename(folder)}`, async () => {
      const { description, articles } = await readCaseInputs(folder);
      const projected = stage.project(await stage.run(articles));
      // through JSON and back: what the file can hold (no undefined, no -0)
      const actual: unknown = JSON.parse(JSON.stringify(description.digestLongTexts ? digestLongTexts(projected) : projected));
      const expectedFile = join(folder, 'expected.json');
      const shownFile = relative(REPO, expectedFile);
      const rewrite = `if the change is meant, UPDATE=1 node --import tsx --test test/${stage.name}/fixtures.test.ts rewrites it; read its git diff before committing`;
      if (UPDATE) {
        const formatted = formatJson(actual);
        if (!existsSync(expectedFile) || readFileSync(expectedFile, 'utf8') !== formatted) writeFileSync(expectedFile, formatted);
        return;
      }
      if (!existsSync(expectedFile)) assert.fail(`${shownFile} is missing (${rewrite})`);
      const difference = firstDifference(JSON.parse(readFileSync(expectedFile, 'utf8')), actual);
      if (difference) assert.fail(`${shownFile} differs at ${describeDifference(difference)}\n(${rewrite})`);
    });
  }
}
