import { OutletChip } from '../layout.tsx';
import { Headline } from './agreement-matrix.tsx';
import { EvidenceList, More, OutletChips } from './evidence.tsx';
import { evidenceHref, shown, type StoryView } from './story-view.ts';

const CONFLICTS_SHOWN = 15;
const CLAIMS_SHOWN = 8;
const ARTICLES_SHOWN = 12;
const OMISSIONS_NAMED = 3;

/** Where the outlets disagree: a card per conflict, each value with who gives it and, opened, the sentences. */
export function Conflicts({ view }: { view: StoryView }) {
  const { items, more } = shown(view, view.dossier.conflicts, CONFLICTS_SHOWN);
  if (!items.length) return <p class="muted">The outlets give no conflicting numbers, dates, places or speakers.</p>;
  return (
    <>
      {items.map((conflict) => (
        <div class="card" id={`conflict-${conflict.id}`}>
          <h3>
            <span class="kind">{conflict.kind}</span>
            <bdi>{conflict.about}</bdi>
          </h3>
          {conflict.values.map((value) => (
            <div class="value">
              <details>
                <summary>
                  <b>
                    <bdi>{value.value}</bdi>
                  </b>
                  <OutletChips view={view} articles={value.articles} />
                </summary>
                <EvidenceList view={view} evidence={value.evidence} />
              </details>
            </div>
          ))}
        </div>
      ))}
      <More view={view} more={more} noun="conflicts" section="conflicts" />
    </>
  );
}

/** What only one outlet reports, grouped by article, the articles with the most such claims first. */
export function SingleSource({ view }: { view: StoryView }) {
  const byArticle = new Map<string, typeof view.dossier.singleSource>();
  for (const claim of view.dossier.singleSource) byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  const groups = [...byArticle].sort((a, b) => b[1].length - a[1].length);
  const { items, more } = shown(view, groups, ARTICLES_SHOWN);
  if (!items.length) return <p class="muted">Every statement is carried by more than one article.</p>;
  return (
    <>
      {items.map(([articleId, claims]) => {
        const listed = shown(view, claims, CLAIMS_SHOWN);
        return (
          <div class="card">
            <h3>
              <OutletChip outlet={view.outletOf(articleId)} /> <bdi class="muted small">{view.article(articleId)?.title ?? ''}</bdi>
            </h3>
            <ul>
              {listed.items.map((claim) => (
                <li>
                  <bdi>{claim.text}</bdi> <a class="small" href={evidenceHref(claim.evidence)}>in the article →</a>
                </li>
              ))}
            </ul>
            {listed.more ? <p class="small muted">and {listed.more} more from this article</p> : null}
          </div>
        );
      })}
      <More view={view} more={more} noun="articles" section="single-source" />
    </>
  );
}

/** The widely reported facts each article leaves out. */
export function Omissions({ view }: { view: StoryView }) {
  const factById = new Map(view.dossier.facts.map((fact) => [fact.id, fact]));
  const byArticle = new Map<string, string[]>();
  for (const omission of view.dossier.omissions) byArticle.set(omission.articleId, [...(byArticle.get(omission.articleId) ?? []), omission.factId]);
  const groups = [...byArticle].sort((a, b) => b[1].length - a[1].length);
  const { items, more } = shown(view, groups, ARTICLES_SHOWN);
  if (!items.length) return <p class="muted">No article leaves out a fact most others report.</p>;
  return (
    <>
      <table class="plain">
        <thead>
          <tr>
            <th>Article</th>
            <th>Leaves out</th>
          </tr>
        </thead>
        <tbody>
          {items.map(([articleId, factIds]) => {
            const facts = factIds.map((id) => factById.get(id)).filter((fact) => fact !== undefined).sort((a, b) => b.support.independent - a.support.independent);
            const named = view.full ? facts : facts.slice(0, OMISSIONS_NAMED);
            return (
              <tr>
                <td>
                  <OutletChip outlet={view.outletOf(articleId)} short />
                </td>
                <td>
                  {named.map((fact) => (
                    <div>
                      <a href={`#fact-${fact.id}`}>
                        <bdi>
                          <Headline fact={fact} />
                        </bdi>
                      </a>{' '}
                      <span class="muted small">({fact.support.independent} sources report it)</span>
                    </div>
                  ))}
                  {facts.length > named.length ? <span class="muted small">and {facts.length - named.length} more</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <More view={view} more={more} noun="articles" section="omissions" />
    </>
  );
}
