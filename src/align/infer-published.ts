import type { Article } from '../model/index.ts';
import type { ClauseFeatures } from './facts/describe-clauses.ts';
import { shiftDay, weekdayOf } from './timeline/date-values.ts';

/** A publication date read off the story for an article that gives none. */
export interface PublishedInference {
  articleId: string;
  published: string;
  reason: string;
}

const WEEKDAY_VALUE = /^XXXX-WXX-([1-7])$/;
/** "today" is the publication day; "yesterday" the day before it. */
const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1 };

/**
 * An undated article that calls an event "Thursday" or "today", where a dated article puts the same
 * event (a clause of the same statement, or naming the same kind of event with a shared actor) on a
 * day: the earliest publication day that reads the article's word as that day. "Thursday" on the
 * Thursday 2025-12-11 gives 2025-12-11; "yesterday" gives the day after.
 */
export function inferPublished(articles: readonly Article[], features: readonly ClauseFeatures[], groupOf: readonly number[]): PublishedInference[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const dated = features.filter((feature) => byId.get(feature.clause.articleId)?.published && feature.dates.some((date) => date.precision === 'day'));
  const sameEventCandidates = indexDatedClauses(dated, groupOf);
  const featuresOf = new Map<string, ClauseFeatures[]>();
  for (const feature of features) pushTo(featuresOf, feature.clause.articleId, feature);
  const inferences: PublishedInference[] = [];
  for (const article of articles) {
    if (article.published) continue;
    const votes = new Map<string, { count: number; reason: string }>();
    for (const feature of featuresOf.get(article.id) ?? []) {
      if (!feature.unresolvedDays.length) continue;
      const candidates = sameEventCandidates(feature);
      for (const day of feature.unresolvedDays) {
        for (const other of candidates) {
          if (!sameEvent(feature, other, groupOf)) continue;
          for (const date of other.dates) {
            const published = publicationFor(day.text, day.value, date.value);
            if (!published) continue;
            const vote = votes.get(published) ?? { count: 0, reason: `"${day.text}" read as ${date.value}, the day a dated article (${byId.get(other.clause.articleId)!.source}) gives the same event ("${date.text}")` };
            vote.count++;
            votes.set(published, vote);
          }
        }
      }
    }
    const best = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || b[0].localeCompare(a[0]))[0];
    if (best) inferences.push({ articleId: article.id, published: best[0], reason: best[1].reason });
  }
  return inferences;
}

/**
 * The dated clauses that can be the same event as a clause, in the order of `dated`: those of its
 * statement group and those that name one of its kinds of event (sameEvent decides among them).
 */
function indexDatedClauses(dated: readonly ClauseFeatures[], groupOf: readonly number[]): (feature: ClauseFeatures) => ClauseFeatures[] {
  const byGroup = new Map<number | undefined, number[]>();
  const byEventClass = new Map<string, number[]>();
  dated.forEach((feature, position) => {
    pushTo(byGroup, groupOf[feature.clause.index], position);
    for (const eventClass of feature.eventClasses) pushTo(byEventClass, eventClass, position);
  });
  return (feature) => {
    const positions = new Set(byGroup.get(groupOf[feature.clause.index]) ?? []);
    for (const eventClass of feature.eventClasses) for (const position of byEventClass.get(eventClass) ?? []) positions.add(position);
    return [...positions].sort((a, b) => a - b).map((position) => dated[position]!);
  };
}

function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function sameEvent(a: ClauseFeatures, b: ClauseFeatures, groupOf: readonly number[]): boolean {
  if (groupOf[a.clause.index] === groupOf[b.clause.index]) return true;
  const sharedEvent = [...a.eventClasses].some((eventClass) => b.eventClasses.has(eventClass));
  const sharedActors = [...a.entities].filter((id) => b.entities.has(id)).length;
  return sharedEvent && sharedActors >= 1;
}

/** The publication day that reads `text` (a weekday or "today") as `day`, or null when it cannot. */
function publicationFor(text: string, value: string, day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const weekday = WEEKDAY_VALUE.exec(value);
  if (weekday) return Number(weekday[1]) === weekdayOf(day) ? day : null;
  const word = Object.keys(DAY_OFFSETS).find((name) => new RegExp(`\\b${name}\\b`, 'i').test(text));
  return word === undefined ? null : shiftDay(day, -DAY_OFFSETS[word]!);
}
