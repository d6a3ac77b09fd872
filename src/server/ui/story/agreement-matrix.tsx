import type { Fact } from '../../../model/index.ts';
import { outletClass } from '../outlet-colours.ts';
import { EvidenceList, More } from './evidence.tsx';
import { outletsOf, shown, type StoryView } from './story-view.ts';

/** Facts shown before "show all". */
const FACTS_SHOWN = 40;
/** Outlets given a column before "show all" (those with the most articles). */
const OUTLETS_SHOWN = 24;

/**
 * Facts × outlets: a row per fact (the most independent sources first, as the dossier orders them), a column
 * per outlet; a filled dot where the outlet reports it, a ring where it leaves out a widely reported fact.
 * The header row and the fact column stay in view as the table scrolls; a fact opens in place to its evidence.
 */
export function AgreementMatrix({ view }: { view: StoryView }) {
  const { facts, omissions } = view.dossier;
  if (!facts.length) return <p class="muted">No statement is carried by more than one article.</p>;
  const leftOut = new Map<string, Set<string>>();
  for (const omission of omissions) {
    const outlets = leftOut.get(omission.factId) ?? new Set<string>();
    outlets.add(view.outletOf(omission.articleId));
    leftOut.set(omission.factId, outlets);
  }
  const { items, more } = shown(view, facts, FACTS_SHOWN);
  const columns = shown(view, view.outlets, OUTLETS_SHOWN);
  return (
    <>
      <div class="legend">
        <span>
          <span class="dot o4" /> reports it
        </span>
        <span>
          <span class="ring o4" /> leaves it out, though others widely report it
        </span>
        <span>blank: does not mention it</span>
        <span>click a fact for its evidence</span>
      </div>
      <div class="matrix-frame">
        <table class="matrix">
          <thead>
            <tr>
              <th class="fact" scope="col">
                Fact
              </th>
              <th scope="col" class="support">
                Sources
              </th>
              {columns.items.map((outlet) => (
                <th scope="col" class={`outlet ${outletClass(outlet)}`} title={outlet}>
                  <span>
                    <bdi>{outlet}</bdi>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((fact) => (
              <FactRow view={view} fact={fact} outlets={columns.items} leftOut={leftOut.get(fact.id)} />
            ))}
          </tbody>
        </table>
      </div>
      <More view={view} more={more} noun="facts" section="agreement" />
      <More view={view} more={columns.more} noun="outlets (those with the fewest articles) without a column" section="agreement" />
    </>
  );
}

function FactRow({ view, fact, outlets, leftOut }: { view: StoryView; fact: Fact; outlets: readonly string[]; leftOut: Set<string> | undefined }) {
  const reporting = new Set(outletsOf(view, fact.articles));
  return (
    <tr id={`fact-${fact.id}`}>
      <th class="fact" scope="row">
        <details>
          <summary>
            <bdi>
              <Headline fact={fact} />
            </bdi>
          </summary>
          <EvidenceList view={view} evidence={fact.evidence} />
        </details>
      </th>
      <td class="support" title={`${fact.support.articles} articles, ${fact.support.outlets} outlets`}>
        {fact.support.independent}
      </td>
      {outlets.map((outlet) =>
        reporting.has(outlet) ? (
          <td class="cell" title={`${outlet}: reports it`}>
            <span class={`dot ${outletClass(outlet)}`} />
          </td>
        ) : leftOut?.has(outlet) ? (
          <td class="cell" title={`${outlet}: leaves it out`}>
            <span class={`ring ${outletClass(outlet)}`} />
          </td>
        ) : (
          <td class="cell" />
        ),
      )}
    </tr>
  );
}

/** A fact's headline; where it is a whole sentence around the shared clause, the clause marked. */
export function Headline({ fact }: { fact: Pick<Fact, 'text' | 'clause'> }) {
  if (!fact.clause) return <>{fact.text}</>;
  return (
    <>
      {fact.text.slice(0, fact.clause.start)}
      <mark>{fact.text.slice(fact.clause.start, fact.clause.end)}</mark>
      {fact.text.slice(fact.clause.end)}
    </>
  );
}
