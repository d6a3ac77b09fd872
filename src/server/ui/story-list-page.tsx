import type { EntityListing, StoryFilter, StoryListing } from '../../store/index.ts';
import { count, dayRange, DayFields, Layout, OutletChip, Pager } from './layout.tsx';

/** Outlets shown on a story's line before "+N". */
const OUTLETS_SHOWN = 6;

export interface StoryListProps {
  stories: StoryListing[];
  total: number;
  limit: number;
  offset: number;
  filter: StoryFilter;
  outlets: string[];
  actors: EntityListing[];
}

/** The front page: every story, newest first, with search and filters by day, outlet and actor. */
export function StoryListPage({ stories, total, limit, offset, filter, outlets, actors }: StoryListProps) {
  const filtered = Object.values(filter).some(Boolean);
  return (
    <Layout title={filter.query ? `Stories: ${filter.query}` : 'Stories'} query={filter.query ?? ''}>
      <h1>{filtered ? 'Stories found' : 'Stories'}</h1>
      <p class="lede">{filtered ? `${count(total, 'story', 'stories')} match.` : `${count(total, 'story', 'stories')}, the newest first. Each tells one event as several outlets report it.`}</p>
      <form class="filters" action="/" method="get">
        <label>
          Words
          <input type="search" name="q" value={filter.query ?? ''} />
        </label>
        <DayFields from={filter.from} to={filter.to} />
        <label>
          Outlet
          <select name="outlet">
            <option value="">any</option>
            {outlets.map((outlet) => (
              <option value={outlet} selected={outlet.toLowerCase() === filter.outlet?.toLowerCase()}>
                {outlet}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <input type="text" name="actor" value={filter.actor ?? ''} placeholder="a name" />
        </label>
        <button type="submit">Filter</button>
        {filtered ? <a href="/">Clear</a> : null}
      </form>
      {actors.length ? (
        <p class="small">
          Actors named so: {actors.map((actor, index) => [index ? ', ' : '', <a href={`/entities/${encodeURIComponent(actor.id)}`}><bdi>{actor.name}</bdi></a>])}
        </p>
      ) : null}
      {stories.length ? (
        <ol class="stories">
          {stories.map((story) => (
            <StoryLine story={story} />
          ))}
        </ol>
      ) : (
        <p>No story {filtered ? 'matches these filters' : 'yet: ingest articles (triangulate ingest, or POST /api/ingest) and they are put into stories'}.</p>
      )}
      <Pager path="/" params={{ q: filter.query, from: filter.from, to: filter.to, outlet: filter.outlet, actor: filter.actor }} offset={offset} limit={limit} total={total} />
    </Layout>
  );
}

function StoryLine({ story }: { story: StoryListing }) {
  const figures = story.figures;
  return (
    <li>
      <h3>
        <a href={`/stories/${encodeURIComponent(story.id)}`}>
          <bdi>{story.title ?? 'Untitled story'}</bdi>
        </a>
      </h3>
      <div class="figures">
        <span>{dayRange(story.firstPublished, story.lastPublished)}</span>
        <span>
          <b>{story.articles}</b> {story.articles === 1 ? 'article' : 'articles'}
        </span>
        {figures ? (
          <span>
            <b>{figures.independent}</b> independent {figures.independent === 1 ? 'source' : 'sources'}
          </span>
        ) : null}
        {figures ? (
          <span class={figures.conflicts ? 'conflicts-badge' : undefined}>{count(figures.conflicts, 'conflict')}</span>
        ) : (
          <span>dossier being written</span>
        )}
        {figures ? <span>{count(figures.facts, 'fact')}</span> : null}
      </div>
      <div>
        {story.outlets.slice(0, OUTLETS_SHOWN).map((outlet) => (
          <OutletChip outlet={outlet} short />
        ))}
        {story.outlets.length > OUTLETS_SHOWN ? <span class="muted small">+{story.outlets.length - OUTLETS_SHOWN} more</span> : null}
      </div>
    </li>
  );
}
