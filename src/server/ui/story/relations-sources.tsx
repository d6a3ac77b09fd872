import type { Evidence, Relation, RelationEvidence } from '../../../model/index.ts';
import { OutletChip } from '../layout.tsx';
import { EvidenceList, More, OutletChips } from './evidence.tsx';
import { shown, type StoryView } from './story-view.ts';

const RELATIONS_SHOWN = 20;

/** "seized" for coerce/seize, "phoned" for consult/phone: the act in a reader's words. */
const MANNERS: Record<Relation['reported'], string> = {
  fact: '', asserted: 'said to', alleged: 'alleged to', denied: 'denied:', requested: 'asked to', planned: 'plans to', hypothetical: 'could',
};

/**
 * Who does what to whom (actor level), the most independent sources first, each opening to its sentences
 * with the words that name the act in bold; above them the graph, drawn by the page's script (without
 * JavaScript the list says the same).
 */
export function Relations({ view }: { view: StoryView }) {
  const relations = view.dossier.relations.filter((relation) => relation.level === 'actor').sort((a, b) => b.support.independent - a.support.independent);
  if (!relations.length) return <p class="muted">No act between actors is told.</p>;
  const { items, more } = shown(view, relations, RELATIONS_SHOWN);
  return (
    <>
      <div class="graph-canvas" hidden data-graph={`/api/graph?story=${encodeURIComponent(view.storyId)}&format=json`} aria-label="The actor graph of this story" />
      <p class="small">
        <a href={`/graph?story=${encodeURIComponent(view.storyId)}`}>The actor graph of this story</a>, or download it as{' '}
        {(['graphml', 'gexf', 'csv', 'polecat'] as const).map((format, index) => [index ? ', ' : '', <a href={`/api/graph?story=${encodeURIComponent(view.storyId)}&format=${format}`}>{format}</a>])}
      </p>
      {items.map((relation) => (
        <div class="relation">
          <details>
            <summary>
              <RelationLine relation={relation} /> <OutletChips view={view} articles={relation.articles} />
            </summary>
            <EvidenceList view={view} evidence={relation.evidence} trigger={(item: Evidence) => (item as RelationEvidence).trigger ?? null} />
          </details>
        </div>
      ))}
      <More view={view} more={more} noun="relations" section="relations" />
    </>
  );
}

export function RelationLine({ relation }: { relation: Pick<Relation, 'sourceActor' | 'targetActor' | 'type' | 'mode' | 'reported'> }) {
  return (
    <>
      <a href={`/entities/${encodeURIComponent(relation.sourceActor.id)}`}>
        <bdi>{relation.sourceActor.name}</bdi>
      </a>{' '}
      <span class="act">
        {MANNERS[relation.reported]} {relation.mode ?? relation.type}
      </span>{' '}
      {relation.targetActor ? (
        <a href={`/entities/${encodeURIComponent(relation.targetActor.id)}`}>
          <bdi>{relation.targetActor.name}</bdi>
        </a>
      ) : null}
    </>
  );
}

/** The articles of the story, each with its outlet, date, language and whether it copies another. */
export function Sources({ view }: { view: StoryView }) {
  return (
    <div class="matrix-frame">
      <table class="plain">
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Article</th>
            <th>Date</th>
            <th>Lang.</th>
          </tr>
        </thead>
        <tbody>
          {view.dossier.articles.map((article) => (
            <tr>
              <td>
                <OutletChip outlet={view.outletOf(article.id)} short />
              </td>
              <td>
                <a href={`/articles/${encodeURIComponent(article.id)}`}>
                  <bdi>{article.title ?? article.source}</bdi>
                </a>
                {article.kinship ? <span class="muted small"> ({article.kinship.relation === 'syndicated' ? 'syndicated copy' : 'near duplicate'} of {view.outletOf(article.kinship.copyOf)}: counted once)</span> : null}
              </td>
              <td class="small">{article.published ?? '–'}</td>
              <td class="small">{article.language ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
