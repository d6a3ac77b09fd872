import type { ActorGraph } from '../../graph/index.ts';
import type { EntityListing, EntityQuote, EntityView, StoryListing } from '../../store/index.ts';
import { EdgeTable, heaviestFirst } from './graph-page.tsx';
import { count, dayRange, Layout, OutletChip, Pager } from './layout.tsx';

/** An actor's relations listed on its page, the most sources first. */
const EDGES_LISTED = 40;

/** Actors, the most named first, or those like the name searched. */
export function EntityListPage({ entities, query, offset, limit, more }: { entities: EntityListing[]; query: string; offset: number; limit: number; more: boolean }) {
  return (
    <Layout title="Actors">
      <h1>Actors</h1>
      <form class="filters" action="/entities" method="get">
        <label>
          Name
          <input type="search" name="q" value={query} placeholder="Zelensky, the Kremlin, NATO…" />
        </label>
        <button type="submit">Find</button>
      </form>
      {entities.length ? (
        <table class="plain">
          <thead>
            <tr>
              <th>Actor</th>
              <th>Kind</th>
              <th>Articles</th>
              <th>Stories</th>
            </tr>
          </thead>
          <tbody>
            {entities.map((entity) => (
              <tr>
                <td>
                  <a href={`/entities/${encodeURIComponent(entity.id)}`}>
                    <bdi>{entity.name}</bdi>
                  </a>
                </td>
                <td class="muted">
                  {entity.type}
                  {entity.country ? ` · ${entity.country}` : ''}
                </td>
                <td>{entity.articles}</td>
                <td>{entity.stories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No actor {query ? 'has a name like that' : 'yet'}.</p>
      )}
      <Pager path="/entities" params={{ q: query }} offset={offset} limit={limit} total={offset + entities.length + (more ? 1 : 0)} />
    </Layout>
  );
}

/** An actor: the names it goes by, its stories, what it is quoted saying, and its relations across stories. */
export function EntityPage({ entity, stories, quotes, graph }: { entity: EntityView; stories: StoryListing[]; quotes: EntityQuote[]; graph: ActorGraph }) {
  const edges = heaviestFirst(graph.edges).slice(0, EDGES_LISTED);
  return (
    <Layout title={entity.name} scripts={['/assets/cytoscape.min.js', '/assets/graph.js']}>
      <h1>
        <bdi>{entity.name}</bdi>
      </h1>
      <div class="figures">
        <span>
          {entity.type}
          {entity.country ? ` · ${entity.country}` : ''}
        </span>
        <span>named in {count(entity.articles, 'article')}</span>
        <span>{count(entity.stories, 'story', 'stories')}</span>
      </div>
      {entity.names.length > 1 ? (
        <p class="small muted">
          Also written: <bdi>{entity.names.filter((name) => name !== entity.name).join(' · ')}</bdi>
        </p>
      ) : null}
      <h2 id="stories">Stories</h2>
      <ul>
        {stories.map((story) => (
          <li>
            <a href={`/stories/${encodeURIComponent(story.id)}`}>
              <bdi>{story.title ?? 'Untitled story'}</bdi>
            </a>{' '}
            <span class="muted small">
              {dayRange(story.firstPublished, story.lastPublished)} · {count(story.articles, 'article')}
            </span>
          </li>
        ))}
      </ul>
      <h2 id="quotes">Quoted saying</h2>
      {quotes.length ? (
        quotes.map((quote) => (
          <blockquote>
            <p>
              “<bdi>{quote.text}</bdi>”
            </p>
            <p class="small">
              {quote.outlet ? <OutletChip outlet={quote.outlet} short /> : null} <span class="muted">{quote.published ?? ''}</span>{' '}
              <a href={`/articles/${encodeURIComponent(quote.articleId)}?mark=${quote.start}-${quote.end}#evidence`}>in the article →</a>
            </p>
          </blockquote>
        ))
      ) : (
        <p class="muted">No quote is given to this actor.</p>
      )}
      <h2 id="relations">Relations</h2>
      {edges.length ? (
        <>
          <div class="graph-canvas" hidden data-graph={`/api/graph?actor=${encodeURIComponent(entity.id)}&format=json`} aria-label="Relations of this actor" />
          <EdgeTable graph={graph} edges={edges} />
          <p class="small">
            <a href={`/graph?actor=${encodeURIComponent(entity.id)}`}>Open the graph</a>
          </p>
        </>
      ) : (
        <p class="muted">No relation with another actor is told.</p>
      )}
    </Layout>
  );
}
