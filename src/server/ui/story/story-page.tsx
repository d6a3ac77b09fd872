import type { Child } from 'hono/jsx';
import type { ArticleListing, StoryListing } from '../../../store/index.ts';
import { count, dayRange, Layout, OutletChip } from '../layout.tsx';
import { AgreementMatrix } from './agreement-matrix.tsx';
import { Conflicts, Omissions, SingleSource } from './findings.tsx';
import { Framing, QuoteVariants, Timeline } from './quotes-timeline-framing.tsx';
import { Relations, Sources } from './relations-sources.tsx';
import type { StoryView } from './story-view.ts';

/** Outlets named under the title (the most articles first); the sources section lists them all. */
const OUTLETS_NAMED = 12;

/** The sections of a story, in reading order: agreement, disagreement, what one outlet alone says, then context. */
const SECTIONS: ReadonlyArray<{ id: string; title: string; body: (props: { view: StoryView }) => Child; size: (view: StoryView) => number }> = [
  { id: 'agreement', title: 'What the outlets agree on', body: AgreementMatrix, size: (view) => view.dossier.facts.length },
  { id: 'conflicts', title: 'Where they differ', body: Conflicts, size: (view) => view.dossier.conflicts.length },
  { id: 'single-source', title: 'Reported by one outlet only', body: SingleSource, size: (view) => view.dossier.singleSource.length },
  { id: 'omissions', title: 'Left out', body: Omissions, size: (view) => new Set(view.dossier.omissions.map((omission) => omission.articleId)).size },
  { id: 'quotes', title: 'Quotes worded differently', body: QuoteVariants, size: (view) => view.dossier.quoteVariants.length },
  { id: 'timeline', title: 'Timeline', body: Timeline, size: (view) => view.dossier.timeline.length },
  { id: 'framing', title: 'Framing', body: Framing, size: (view) => view.dossier.framing.length },
  { id: 'relations', title: 'Who does what to whom', body: Relations, size: (view) => view.dossier.relations.filter((relation) => relation.level === 'actor').length },
  { id: 'sources', title: 'Sources', body: Sources, size: (view) => view.dossier.articles.length },
];

/** A story: its figures, the sections to jump to, then each section with its items opening to their evidence. */
export function StoryPage({ view, story }: { view: StoryView; story: StoryListing }) {
  const { dossier } = view;
  const title = dossier.story.title ?? story.title ?? 'Untitled story';
  return (
    <Layout title={title} wide scripts={['/assets/cytoscape.min.js', '/assets/graph.js']}>
      <h1>
        <bdi>{title}</bdi>
      </h1>
      <div class="figures">
        <span>{dayRange(story.firstPublished, story.lastPublished)}</span>
        <span>
          <b>{dossier.story.articles}</b> articles from <b>{dossier.story.outlets}</b> outlets, <b>{dossier.story.independent}</b> independent
        </span>
        <span>{count(dossier.facts.length, 'fact')}</span>
        <span class={dossier.conflicts.length ? 'conflicts-badge' : undefined}>{count(dossier.conflicts.length, 'conflict')}</span>
        {story.dirty ? <span>new articles joined since this dossier was written; it is being written again</span> : null}
        <a href={`/api/stories/${encodeURIComponent(view.storyId)}/dossier`}>JSON</a>
        <a href={`/api/stories/${encodeURIComponent(view.storyId)}/dossier.md`}>Markdown</a>
      </div>
      <div>
        {view.outlets.slice(0, OUTLETS_NAMED).map((outlet) => (
          <OutletChip outlet={outlet} />
        ))}
        {view.outlets.length > OUTLETS_NAMED ? (
          <a class="small" href="#sources">
            and {view.outlets.length - OUTLETS_NAMED} more outlets
          </a>
        ) : null}
      </div>
      <nav class="sections" aria-label="Sections">
        {SECTIONS.map((section) => (
          <a href={`#${section.id}`}>
            {section.title} <span class="muted">{section.size(view)}</span>
          </a>
        ))}
      </nav>
      {SECTIONS.map((section) => (
        <section id={section.id}>
          <h2>{section.title}</h2>
          {section.body({ view })}
        </section>
      ))}
    </Layout>
  );
}

/** A story whose first dossier is still being written: what is known already, its articles. */
export function PendingStoryPage({ story, articles }: { story: StoryListing; articles: ArticleListing[] }) {
  return (
    <Layout title={story.title ?? 'Untitled story'}>
      <h1>
        <bdi>{story.title ?? 'Untitled story'}</bdi>
      </h1>
      <div class="figures">
        <span>{dayRange(story.firstPublished, story.lastPublished)}</span>
        <span>{count(story.articles, 'article')}</span>
      </div>
      <p class="lede">Its dossier is being written (by ingest, or by a worker): reload this page in a moment for what the outlets agree on and where they differ.</p>
      <h2>Articles</h2>
      <ul>
        {articles.map((article) => (
          <li>
            {article.outlet ? <OutletChip outlet={article.outlet} short /> : null}{' '}
            <a href={`/articles/${encodeURIComponent(article.id)}`}>
              <bdi>{article.title ?? article.source}</bdi>
            </a>{' '}
            <span class="muted small">{article.published ?? ''}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
