import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractArticleFromBytes } from '../../src/pipeline.ts';
import { sharedPath } from '../shared-folder.ts';
import { toCleanedArticle } from './earlier-stages.ts';
import { describeDifference, firstDifference } from './first-difference.ts';
import { readCaseInputs } from './read-case-inputs.ts';
import { FIXTURES } from './stage-fixtures.ts';

test('the annotate fixtures read the article the pipeline hands annotate', async () => {
  const { articles } = await readCaseInputs(join(FIXTURES, 'annotate', 'seeds'));
  for (const raw of articles) {
    const bytes = readFileSync(sharedPath(raw.source.replace('../shared/', '')));
    const fromPipeline = await extractArticleFromBytes(raw.source, bytes);
    // ids are no part of any projection, and the pipeline is free to derive them otherwise
    const difference = firstDifference({ ...fromPipeline, id: null }, { ...toCleanedArticle(raw), id: null });
    assert.equal(difference && describeDifference(difference), null, raw.source);
  }
});
