import type { QuoteVariantWording } from '../../../model/index.ts';
import { OutletChip } from '../layout.tsx';
import { EvidenceList, More, OutletChips } from './evidence.tsx';
import { evidenceHref, shown, type StoryView } from './story-view.ts';

const VARIANTS_SHOWN = 12;
const TIMELINE_SHOWN = 30;
const VOICES_NAMED = 3;
const LOADED_NAMED = 4;

/** The same quote as each outlet words it, the words the others do not share marked. */
export function QuoteVariants({ view }: { view: StoryView }) {
  const { items, more } = shown(view, view.dossier.quoteVariants, VARIANTS_SHOWN);
  if (!items.length) return <p class="muted">No quote is worded differently by different outlets.</p>;
  const quoteById = new Map(view.dossier.quotes.map((quote) => [quote.id, quote]));
  return (
    <>
      {items.map((variant) => (
        <div class="card">
          <h3>
            <bdi>{variant.wordings.find((wording) => wording.speaker)?.speaker ?? 'Unattributed'}</bdi>
          </h3>
          {variant.wordings.map((wording) => {
            const quote = quoteById.get(wording.quoteId);
            return (
              <div class="value">
                <OutletChip outlet={view.outletOf(wording.articleId)} short /> “<bdi><Differences wording={wording} /></bdi>”{' '}
                {quote ? <a class="small" href={evidenceHref({ articleId: wording.articleId, start: quote.start, end: quote.end })}>in the article →</a> : null}
              </div>
            );
          })}
        </div>
      ))}
      <More view={view} more={more} noun="quotes" section="quotes" />
    </>
  );
}

function Differences({ wording }: { wording: QuoteVariantWording }) {
  const parts: unknown[] = [];
  let at = 0;
  for (const difference of [...wording.differences].sort((a, b) => a.start - b.start)) {
    if (difference.start < at) continue;
    parts.push(wording.text.slice(at, difference.start), <span class="difference">{wording.text.slice(difference.start, difference.end)}</span>);
    at = difference.end;
  }
  parts.push(wording.text.slice(at));
  return <>{parts}</>;
}

/** What happened when, from the dates the articles give, earliest first. */
export function Timeline({ view }: { view: StoryView }) {
  const { items, more } = shown(view, view.dossier.timeline, TIMELINE_SHOWN);
  if (!items.length) return <p class="muted">The articles date no event.</p>;
  return (
    <>
      <ul class="timeline">
        {items.map((entry) => (
          <li>
            <span class="date">{entry.label}</span>
            <bdi>{entry.text}</bdi>{' '}
            <details>
              <summary class="small">
                <OutletChips view={view} articles={entry.articles} />
              </summary>
              <EvidenceList view={view} evidence={entry.evidence} />
            </details>
          </li>
        ))}
      </ul>
      <More view={view} more={more} noun="dates" section="timeline" />
    </>
  );
}

/** How each article tells the story: whom it quotes, how much it attributes, its hedges and loaded words. */
export function Framing({ view }: { view: StoryView }) {
  const { items, more } = shown(view, view.dossier.framing, 25);
  if (!items.length) return null;
  return (
    <>
      <div class="matrix-frame">
        <table class="plain">
          <thead>
            <tr>
              <th>Article</th>
              <th>Voices quoted</th>
              <th>Attributed</th>
              <th>Hedges</th>
              <th>Loaded words</th>
            </tr>
          </thead>
          <tbody>
            {items.map((framing) => {
              const statements = framing.attributed + framing.unattributed;
              return (
                <tr>
                  <td>
                    <OutletChip outlet={view.outletOf(framing.articleId)} short />
                  </td>
                  <td>
                    {framing.voices.length
                      ? framing.voices.slice(0, VOICES_NAMED).map((voice, index) => [index ? ', ' : '', voice.id ? <a href={`/entities/${encodeURIComponent(voice.id)}`}><bdi>{voice.name}</bdi></a> : <bdi>{voice.name}</bdi>, ` ${Math.round(voice.share * 100)}%`])
                      : <span class="muted">none</span>}
                  </td>
                  <td>{statements ? `${Math.round((framing.attributed / statements) * 100)}%` : '–'}</td>
                  <td>{framing.hedges.length ? <a href={evidenceHref(framing.hedges[0]!)}>{framing.hedges.length}</a> : 0}</td>
                  <td>
                    {framing.loaded.slice(0, LOADED_NAMED).map((term, index) => [index ? ', ' : '', <a href={evidenceHref(term)}><bdi>{term.term}</bdi></a>])}
                    {framing.loaded.length > LOADED_NAMED ? <span class="muted"> +{framing.loaded.length - LOADED_NAMED}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <More view={view} more={more} noun="articles" section="framing" />
    </>
  );
}
