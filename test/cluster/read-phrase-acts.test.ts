import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPhraseActs } from '../../src/cluster/read-phrase-acts.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { readAnnotated } from '../read-annotated.ts';

// [sentence, the acts it tells in a phrase as "act → target"]
const ROWS: [string, string[]][] = [
  ['Two men were arrested in the murder of Deputy Tom Ruiz outside his home.', ['murder → Deputy Tom Ruiz']],
  ['Police said Ivan Hale was charged with killing Mara Quist last summer.', ['killing → Mara Quist']],
  ['A gang member accused of gunning down Deputy Tom Ruiz a month ago was held.', ['gunning → Deputy Tom Ruiz']],
  ['Judges weighed the slaying of Mara Quist and Owen Quist in June.', ['slaying → Mara Quist and Owen Quist']],
  ['The arrest of Ivan Hale, a plumber, surprised his neighbours.', ['arrest → Ivan Hale']],
  // whose "of" names the doer or the one it happened to, not whom it befell
  ['The visit of Pope Leo drew crowds.', []],
  ['The death of Mara Quist shocked the town.', []],
  ['The city is proud of Mara Quist.', []],
];

for (const [sentence, expected] of ROWS) {
  test(`acts in the phrases of "${sentence}"`, async () => {
    const [article] = await readAnnotated({ 'row.txt': `Headline\n${sentence}` });
    const acts = readPhraseActs(article!, loadLexicon());
    const text = (first: number, end: number) => article!.text.slice(article!.tokens[first]!.start, article!.tokens[end - 1]!.end);
    assert.deepEqual(
      acts.map(({ act, target }) => `${article!.tokens[act]!.text} → ${text(target.firstToken, target.endToken)}`),
      expected,
    );
  });
}
