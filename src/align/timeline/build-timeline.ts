import type { Article, Evidence, TimelineEntry } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import type { AnchoredDate } from './anchor-relative-dates.ts';
import { compatibleValues, precisionOf } from './date-values.ts';

interface DatedStatement {
  date: string;
  text: string;
  clauses: number[];
  eventClasses: Set<string>;
  entities: Set<string>;
}

/**
 * Dated events merged across outlets: each statement (a group of aligned clauses) with the date its
 * clauses agree on — the anchored date where one was found ("one day after the seizure") — and each
 * dated clause no other article shares. Entries on the same date that name the same kind of event
 * with a shared actor are one event.
 */
export function buildTimeline(features: readonly ClauseFeatures[], groups: readonly number[][], anchored: readonly AnchoredDate[], articles: readonly Article[]): TimelineEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const anchoredOf = new Map(anchored.map((item) => [item.clause, item]));
  const statements: DatedStatement[] = [];
  for (const group of groups) {
    const members = group.map((index) => features[index]!);
    const anchors = group.map((index) => anchoredOf.get(index)).filter((item): item is AnchoredDate => !!item);
    if (anchors.length) {
      const date = mostCommon(anchors.map((item) => item.value));
      statements.push(statement(date, anchors.find((item) => item.value === date)!.text, members));
      continue;
    }
    const values = members.flatMap((member) => member.dates.map((date) => date.value));
    if (!values.length) continue;
    if (group.length === 1) {
      for (const value of new Set(values)) statements.push(statement(value, clauseText(members[0]!, byId), members));
    } else {
      statements.push(statement(mostCommon(values), clauseText(central(members), byId), members));
    }
  }
  const merged = mergeSameEvents(statements);
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  return merged
    .map((item): TimelineEntry => {
      const evidence: Evidence[] = item.clauses.map((index) => {
        const { clause } = features[index]!;
        return { articleId: clause.articleId, start: clause.start, end: clause.end, text: byId.get(clause.articleId)!.text.slice(clause.start, clause.end) };
      });
      return {
        date: item.date,
        precision: precisionOf(item.date),
        text: item.text,
        articles: [...new Set(evidence.map((entry) => entry.articleId))].sort((a, b) => positionOf.get(a)! - positionOf.get(b)!),
        evidence,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.articles.length - a.articles.length);
}

function statement(date: string, text: string, members: readonly ClauseFeatures[]): DatedStatement {
  return {
    date,
    text,
    clauses: members.map((member) => member.clause.index),
    eventClasses: new Set(members.flatMap((member) => [...member.eventClasses])),
    entities: new Set(members.flatMap((member) => [...member.entities])),
  };
}

function mergeSameEvents(statements: readonly DatedStatement[]): DatedStatement[] {
  const merged: DatedStatement[] = [];
  // the merged entries of each date, in the order they were made, and the clauses each holds
  const byDate = new Map<string, DatedStatement[]>();
  const clausesOf = new Map<DatedStatement, Set<number>>();
  for (const item of statements) {
    const same = byDate.get(item.date)?.find((other) =>
      [...item.eventClasses].some((eventClass) => other.eventClasses.has(eventClass)) &&
      [...item.entities].some((entity) => other.entities.has(entity)));
    if (!same) {
      const entry = { ...item, clauses: [...item.clauses], eventClasses: new Set(item.eventClasses), entities: new Set(item.entities) };
      merged.push(entry);
      if (byDate.has(item.date)) byDate.get(item.date)!.push(entry);
      else byDate.set(item.date, [entry]);
      clausesOf.set(entry, new Set(entry.clauses));
      continue;
    }
    const held = clausesOf.get(same)!;
    same.clauses.push(...item.clauses.filter((index) => !held.has(index)));
    for (const index of item.clauses) held.add(index);
    for (const eventClass of item.eventClasses) same.eventClasses.add(eventClass);
    for (const entity of item.entities) same.entities.add(entity);
  }
  return merged;
}

/**
 * The value most clauses give; among equals the most precise one that the others do not contradict.
 * Each clause's value counts 1, and 0.5 for every other clause whose different value it allows ("2025"
 * and "2025-05"): counted per distinct value, which gives the same halves as counting clause by clause.
 */
function mostCommon(values: readonly string[]): string {
  const occurrences = new Map<string, number>();
  for (const value of values) occurrences.set(value, (occurrences.get(value) ?? 0) + 1);
  const counts = [...occurrences].map(([value, times]): [string, number] => {
    let compatible = 0;
    for (const [other, otherTimes] of occurrences) if (other !== value && compatibleValues(other, value)) compatible += otherTimes;
    return [value, times * (compatible * 0.5 + 1)];
  });
  return counts.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

function central(members: readonly ClauseFeatures[]): ClauseFeatures {
  return [...members].sort((a, b) => b.dates.length - a.dates.length || a.clause.index - b.clause.index)[0]!;
}

function clauseText(feature: ClauseFeatures, articles: ReadonlyMap<string, Article>): string {
  return articles.get(feature.clause.articleId)!.text.slice(feature.clause.start, feature.clause.end);
}
