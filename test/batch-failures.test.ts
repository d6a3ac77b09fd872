/**
 * One bad article never stops the batch: a stage that throws on one article (or one story) costs that
 * article a fatal message and an entry in `failed[]`; the rest is processed and reported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../src/model/index.ts';
import { analyzeStory, STAGES, type Stages } from '../src/pipeline.ts';
import { REPO } from './shared-folder.ts';

const EXAMPLE = `${REPO}/examples/athens-bank-firebomb`;
/** The article the broken steps below fail on. */
const isBad = (article: { source: string }) => article.source.endsWith('8_3ecbplus.txt');

function broken(stage: keyof Stages): Stages {
  const boom = () => {
    throw new RangeError(`${stage} cannot read this article`);
  };
  const steps: Partial<Stages> = {
    clean: (raw, options) => (isBad(raw) ? boom() : STAGES.clean(raw, options)),
    annotate: (article) => (isBad(article) ? boom() : STAGES.annotate(article)),
    cluster: (articles, options) => (articles.some(isBad) ? boom() : STAGES.cluster(articles, options)),
  };
  return { ...STAGES, [stage]: steps[stage] };
}

const fatalOf = (article: Article | undefined) => article?.messages.find((message) => message.severity === 'fatal');

test('the whole example story reads with no failure (the rows below start from it)', async () => {
  const dossier = await analyzeStory([EXAMPLE]);
  assert.equal(dossier.articles.length, 6);
  assert.deepEqual(dossier.failed, []);
  assert.ok(dossier.facts.length > 3);
});

for (const stage of ['clean', 'annotate', 'cluster'] as const) {
  test(`${stage === "annotate" ? "an" : "a"} ${stage} step that throws on one article: that article is failed and named, the other five are aligned`, async () => {
    const dossier = await analyzeStory([EXAMPLE], {}, { stages: broken(stage) });
    assert.equal(dossier.failed.length, 1);
    assert.ok(isBad(dossier.failed[0]!), dossier.failed[0]!.source);
    assert.match(dossier.failed[0]!.reason, new RegExp(`^${stage} failed: RangeError: ${stage} cannot read this article`));
    const bad = dossier.articles.find(isBad);
    if (stage === 'clean') assert.equal(bad, undefined, 'an input clean cannot read has no article');
    else assert.equal(fatalOf(bad)?.origin, `${stage}:failed`);
    const good = dossier.articles.filter((article) => !isBad(article));
    assert.equal(good.length, 5);
    assert.ok(good.every((article) => !fatalOf(article) && article.sentences.length > 0));
    assert.deepEqual(dossier.story.stories.flat().sort(), good.map((article) => article.id).sort(), 'the other articles make the story');
    assert.ok(dossier.facts.length > 0 && dossier.facts.every((fact) => !fact.articles.includes(bad?.id ?? '')));
  });
}

test('align failing on one story: its articles are failed and named, the other story is aligned', async () => {
  // two stories: the example, and ECB+ sub-topic 20_ecb (an earthquake on Qeshm island; ECB+, Cybulska & Vossen 2014,
  // CC BY 3.0, from ../shared/data/clustering), which the cluster stage keeps apart
  const quake = `${REPO}/test/fixtures/batch/quake`;
  const stages: Stages = {
    ...STAGES,
    // the bad article's words cannot be read: aligning its story throws
    align: (articles, clustering, options, reread) => STAGES.align(articles.map((article) => (isBad(article) ? { ...article, tokens: unreadable() } : article)), clustering, options, reread),
  };
  const dossier = await analyzeStory([EXAMPLE, quake], {}, { stages });
  assert.equal(dossier.story.stories.length, 2, 'the example and the quake');
  const bad = dossier.articles.find(isBad)!;
  const [failedStory, otherStory] = dossier.story.stories[0]!.includes(bad.id) ? dossier.story.stories : [...dossier.story.stories].reverse();
  assert.deepEqual(dossier.failed.map((failure) => failure.source).sort(), dossier.articles.filter((article) => failedStory!.includes(article.id)).map((article) => article.source).sort());
  assert.match(dossier.failed[0]!.reason, /^align failed on a story of 6 articles: RangeError: no word here/);
  for (const article of dossier.articles.filter((article) => failedStory!.includes(article.id))) assert.equal(fatalOf(article)?.origin, 'align:story');
  assert.ok(dossier.facts.length > 0, 'the quake story keeps its facts');
  assert.ok(dossier.facts.every((fact) => fact.articles.every((id) => otherStory!.includes(id))));
});

/** A token list whose words cannot be read: any look inside it throws. */
function unreadable(): Article['tokens'] {
  return new Proxy([], {
    get(target, property) {
      if (property === 'length' || typeof property === 'symbol') return Reflect.get(target, property);
      throw new RangeError('no word here');
    },
  });
}
