import { clusterStories } from '../../src/cluster/index.ts';
import { DEFAULT_OPTIONS } from '../../src/model/index.ts';
import { toAnnotatedArticles } from '../golden/earlier-stages.ts';
import { testStageFixtures } from '../golden/stage-fixtures.ts';

// test/fixtures/cluster/<case>/expected.json: the stories (as article sources) and the entities merged across articles
testStageFixtures({
  name: 'cluster',
  run: (raws) => {
    const articles = toAnnotatedArticles(raws);
    return { articles, clustering: clusterStories(articles, DEFAULT_OPTIONS) };
  },
  project: ({ articles, clustering }) => {
    const sourceOf = new Map(articles.map((article) => [article.id, article.source]));
    return {
      stories: clustering.stories.map((story) => story.map((id) => sourceOf.get(id))),
      entities: clustering.entities.entities.map(({ name, type, aliases, articles: ids }) => ({ name, type, aliases, articles: ids.map((id) => sourceOf.get(id)) })),
    };
  },
});
