import { cleanArticle } from '../../src/clean/index.ts';
import { digestText } from '../golden/digest-texts.ts';
import { testStageFixtures } from '../golden/stage-fixtures.ts';

// test/fixtures/clean/<case>/expected.json: per article what clean made of the raw text ingest read
testStageFixtures({
  name: 'clean',
  run: (raws) => raws.map((raw) => ({ raw, cleaned: cleanArticle(raw) })),
  project: (results) => ({
    articles: results.map(({ raw, cleaned }) => ({
      source: raw.source,
      raw: digestText(raw.text),
      metadata: cleaned.metadata,
      foundInText: cleaned.foundInText,
      messages: cleaned.messages,
      offsetMap: cleaned.offsetMap,
      text: cleaned.text,
    })),
  }),
});
