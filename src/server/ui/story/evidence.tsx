import type { Evidence } from '../../../model/index.ts';
import { count, OutletChip } from '../layout.tsx';
import { outletClass } from '../outlet-colours.ts';
import { evidenceHref, outletsOf, shown, type StoryView } from './story-view.ts';

/** Evidence sentences shown under an item before "and N more". */
const EVIDENCE_SHOWN = 6;

/** Evidence sentences, each in its outlet's colour, with a link to it marked in its article; one per outlet first, so the first few show the most outlets. */
export function EvidenceList({ view, evidence, trigger }: { view: StoryView; evidence: readonly Evidence[]; trigger?: (item: Evidence) => { start: number; end: number } | null }) {
  const outlets = new Set<string>();
  const firstOfOutlet: Evidence[] = [];
  const others: Evidence[] = [];
  for (const item of evidence) {
    const outlet = view.outletOf(item.articleId);
    (outlets.has(outlet) ? others : firstOfOutlet).push(item);
    outlets.add(outlet);
  }
  const ordered = [...firstOfOutlet, ...others];
  const { items, more } = shown(view, ordered, EVIDENCE_SHOWN);
  return (
    <div class="evidence-list">
      {items.map((item) => {
        const outlet = view.outletOf(item.articleId);
        const bold = trigger?.(item) ?? null;
        return (
          <blockquote class={outletClass(outlet)}>
            <p>
              <bdi>{bold ? <Bolded text={item.text} start={bold.start - item.start} end={bold.end - item.start} /> : item.text}</bdi>
            </p>
            <p class="small">
              <OutletChip outlet={outlet} short /> <a class="open-article" href={evidenceHref(item)}>in the article →</a>
            </p>
          </blockquote>
        );
      })}
      {more ? (
        <p class="small muted">
          and {more} more from {count(new Set(ordered.slice(items.length).map((item) => view.outletOf(item.articleId))).size, 'outlet')} — <a href={`/stories/${encodeURIComponent(view.storyId)}?full=1`}>show all</a>
        </p>
      ) : null}
    </div>
  );
}

/** The chips of the outlets these articles come from, in the story's order of outlets. */
export function OutletChips({ view, articles }: { view: StoryView; articles: readonly string[] }) {
  return (
    <>
      {outletsOf(view, articles).map((outlet) => (
        <OutletChip outlet={outlet} short />
      ))}
    </>
  );
}

/** `text` with the stretch from `start` to `end` in bold (offsets into `text`; out of range: no bold). */
export function Bolded({ text, start, end }: { text: string; start: number; end: number }) {
  if (start < 0 || end > text.length || start >= end) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <b>{text.slice(start, end)}</b>
      {text.slice(end)}
    </>
  );
}

/** "and 12 more — show all": the line that closes a capped list, linking to the page with every item. */
export function More({ view, more, noun, section }: { view: StoryView; more: number; noun: string; section: string }) {
  if (!more) return null;
  return (
    <p class="small muted">
      and {more} more {noun} — <a href={`/stories/${encodeURIComponent(view.storyId)}?full=1#${section}`}>show all</a>
    </p>
  );
}
