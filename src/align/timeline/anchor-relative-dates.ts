import type { Article } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { durationDays, shiftDay } from './date-values.ts';

/** A date found for an event the text places relative to another: "one day after the seizure". */
export interface AnchoredDate {
  clause: number;
  value: string;
  /** The words that name the anchored event: "U.S. forces seized a Guyana-flagged tanker". */
  text: string;
  start: number;
  end: number;
}

// "one day after U.S. forces seized ...", "two weeks before the vote"
const RELATION_AFTER_DURATION = /^\s*(after|before)\b\s*/i;

/**
 * "The call came one day after the US seized an oil tanker": the call is an event the story dates
 * (a kind of event named before the duration, dated by the clauses that name that kind of event with a
 * day), so the seizure is that day minus one. The event after "after" gets the date.
 */
export function anchorRelativeDates(features: readonly ClauseFeatures[], articles: readonly Article[]): AnchoredDate[] {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const eventDays = dayOfEachEventClass(features);
  const anchored: AnchoredDate[] = [];
  for (const feature of features) {
    const text = texts.get(feature.clause.articleId)!;
    for (const duration of feature.durations) {
      const days = durationDays(duration.value);
      const relation = RELATION_AFTER_DURATION.exec(text.slice(duration.end, feature.clause.end));
      if (days === null || !relation) continue;
      const anchor = feature.terms
        .filter((term) => term.eventClass && term.start < duration.start && eventDays.has(term.eventClass))
        .map((term) => eventDays.get(term.eventClass!)!)[0];
      if (!anchor) continue;
      const value = shiftDay(anchor, relation[1]!.toLowerCase() === 'after' ? -days : days);
      if (!value) continue;
      const start = duration.end + relation[0].length;
      anchored.push({ clause: feature.clause.index, value, text: text.slice(start, feature.clause.end).replace(/[\s,.;:]+$/, ''), start, end: feature.clause.end });
    }
  }
  return anchored;
}

/** The day most clauses naming each kind of event give it (clauses with one day date only). */
function dayOfEachEventClass(features: readonly ClauseFeatures[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const feature of features) {
    const days = [...new Set(feature.dates.filter((date) => date.precision === 'day').map((date) => date.value))];
    if (days.length !== 1) continue;
    for (const eventClass of feature.eventClasses) {
      const counts = votes.get(eventClass) ?? new Map<string, number>();
      counts.set(days[0]!, (counts.get(days[0]!) ?? 0) + 1);
      votes.set(eventClass, counts);
    }
  }
  const days = new Map<string, string>();
  for (const [eventClass, counts] of votes) {
    days.set(eventClass, [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  return days;
}
