import { annotateArticle } from '../../src/annotate/index.ts';
import { digestText } from '../golden/digest-texts.ts';
import { toCleanedArticle } from '../golden/earlier-stages.ts';
import { testStageFixtures } from '../golden/stage-fixtures.ts';

// test/fixtures/annotate/<case>/expected.json: per article the layers annotate laid over the cleaned text
testStageFixtures({
  name: 'annotate',
  run: (raws) =>
    raws.map((raw) => {
      const cleaned = toCleanedArticle(raw);
      return { cleaned, annotated: annotateArticle(cleaned) };
    }),
  project: (results) => ({
    articles: results.map(({ cleaned, annotated }) => ({
      source: annotated.source,
      // the cleaned text it read, whose own fixture is clean's
      text: digestText(cleaned.text),
      sentences: annotated.sentences.map(({ start, end }) => [start, end]),
      mentions: annotated.mentions,
      quotes: annotated.quotes,
      attributions: annotated.attributions,
      dates: annotated.dates,
      quantities: annotated.quantities,
      // each clause as [start, end], its sentence, its tokens [first, end) and the mentions, dates, quantities inside it
      clauses: annotated.clauses.map((clause) => [[clause.start, clause.end], clause.sentence, [clause.firstToken, clause.endToken], clause.mentions, clause.dates, clause.quantities]),
      messages: annotated.messages.slice(cleaned.messages.length),
    })),
  }),
});
