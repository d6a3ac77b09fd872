import { alignStories } from '../../src/align/index.ts';
import { annotateArticle } from '../../src/annotate/index.ts';
import { clusterStories } from '../../src/cluster/index.ts';
import { DEFAULT_OPTIONS, type Evidence } from '../../src/model/index.ts';
import { rereadWithDate } from '../../src/pipeline.ts';
import { toAnnotatedArticles } from '../golden/earlier-stages.ts';
import { testStageFixtures } from '../golden/stage-fixtures.ts';

// test/fixtures/align/<case>/expected.json: what align finds in each story, articles named by source
testStageFixtures({
  name: 'align',
  run: (raws) => {
    const articles = toAnnotatedArticles(raws);
    return alignStories(articles, clusterStories(articles, DEFAULT_OPTIONS), DEFAULT_OPTIONS.align, rereadWithDate(annotateArticle));
  },
  project: (alignment) => {
    const sourceOf = new Map(alignment.articles.map((article) => [article.id, article.source]));
    const sources = (ids: readonly string[]) => ids.map((id) => sourceOf.get(id));
    const evidence = (items: readonly Evidence[]) => items.map((item) => [sourceOf.get(item.articleId), item.start, item.end]);
    return {
      published: alignment.articles.map((article) => [article.source, article.published, article.publishedFrom]),
      facts: alignment.facts.map((fact) => ({ text: fact.text, articles: sources(fact.articles), evidence: evidence(fact.evidence) })),
      conflicts: alignment.conflicts.map((conflict) => ({
        kind: conflict.kind,
        about: conflict.about,
        values: conflict.values.map((value) => ({ value: value.value, articles: sources(value.articles) })),
      })),
      singleSource: alignment.singleSource.map((claim) => evidence([claim.evidence])[0]),
      timeline: alignment.timeline.map((entry) => ({ date: entry.date, text: entry.text, articles: sources(entry.articles) })),
    };
  },
});
