import type { Article, Evidence, TemporalExpression, TimelineEntry } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { rankByCentrality } from '../facts/find-central-clause.ts';
import type { AnchoredDate } from './anchor-relative-dates.ts';
import { compatibleValues } from './date-values.ts';
import { eventText } from './event-text.ts';
import { readTimelineDate, type TimelineDate } from './read-timeline-date.ts';

// "was due to speak later on Wednesday", "will meet on Friday": a plan for the day, not what happened on it
const PLAN = /\b(?:will|would|due to|expected to|plans? to|scheduled to|set to|is to|are to|going to)\b/i;
// "Updated 5:40 p. m. ET", "Originally published ...", "Last modified: ...", "Posted: ..."
const PAGE_STAMP = /^\W*(?:(?:originally|first|last)\s+)?(?:updated|published|posted|modified|created)\b/i;
// "tweeted", "DeGeneres", not "AM", "PDT", "40am" nor the "p" of "p. m."
const WORD_OF_TWO_LETTERS = /\b[A-Za-z]*[a-z][A-Za-z]*[a-z][A-Za-z'’]*\b|\b[A-Z][a-z]\b/g;

interface DatedStatement {
  when: TimelineDate;
  text: string;
  evidence: Evidence[];
  eventClasses: Set<string>;
  entities: Set<string>;
}

/** A clause's dates that can stand on a timeline, less those another of its dates refines ("this year, on Thursday"). */
interface DatedClause {
  feature: ClauseFeatures;
  dates: TemporalExpression[];
}

/**
 * Dated events merged across outlets. Each statement (a group of aligned clauses) gives the date its
 * clauses agree on, told in the words of a clause that holds that date; a clause of the group that gives
 * another date tells another event, and is a row of its own. An anchored date ("one day after the
 * seizure") dates the event it names. Entries on the same date that name the same kind of event with a
 * shared actor are one event. Vague references ("now", "recently") are no date.
 */
export function buildTimeline(features: readonly ClauseFeatures[], groups: readonly number[][], anchored: readonly AnchoredDate[], articles: readonly Article[]): TimelineEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const anchoredOf = new Map(anchored.map((item) => [item.clause, item]));
  const statements: DatedStatement[] = [];
  for (const group of groups) {
    const members = group.map((index) => features[index]!);
    const anchors = group.map((index) => anchoredOf.get(index)).filter((item): item is AnchoredDate => !!item);
    if (anchors.length) statements.push(anchoredStatement(anchors, members, features, byId));
    statements.push(...datedStatements(members, byId));
  }
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  return mergeSameEvents(statements)
    .map((item): TimelineEntry => ({
      ...item.when,
      text: item.text,
      articles: [...new Set(item.evidence.map((entry) => entry.articleId))].sort((a, b) => positionOf.get(a)! - positionOf.get(b)!),
      evidence: item.evidence,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || b.articles.length - a.articles.length);
}

/** "The call came one day after U.S. forces seized a tanker": the seizure, on the day the anchors agree on. */
function anchoredStatement(anchors: readonly AnchoredDate[], members: readonly ClauseFeatures[], features: readonly ClauseFeatures[], articles: ReadonlyMap<string, Article>): DatedStatement {
  const value = mostCommon(anchors.map((item) => item.value));
  const agreeing = anchors.filter((item) => item.value === value);
  const evidence = agreeing.map((item): Evidence => {
    const { articleId } = features[item.clause]!.clause;
    return { articleId, start: item.start, end: item.end, text: articles.get(articleId)!.text.slice(item.start, item.end) };
  });
  // "The call came the day after the US seized a tanker", grouped with the anchored clause and giving no
  // date of its own, says the same of the seizure
  const undated = members.filter((member) => !timelineDatesOf(member, articles).dates.length && !anchors.some((item) => item.clause === member.clause.index));
  return { when: readTimelineDate({ value, text: '' })!, text: agreeing[0]!.text, evidence: [...evidence, ...undated.map((member) => clauseEvidence(member, articles))], ...vocabulary(members) };
}

/**
 * The date most clauses of a group give, told by a clause that gives it, with the clauses that agree as
 * its evidence: a clause of the group that gives no date says nothing of when, so it is no evidence of
 * the row ("21 crew members were on board" grouped with "the ship was seized on Tuesday"). Each clause
 * whose dates all disagree is its own event ("signed a treaty in November" grouped with "attacked Iran
 * in June").
 */
function datedStatements(members: readonly ClauseFeatures[], articles: ReadonlyMap<string, Article>): DatedStatement[] {
  const dated = members.map((member) => timelineDatesOf(member, articles)).filter((item) => item.dates.length);
  if (!dated.length) return [];
  const value = mostCommon(dated.flatMap((item) => item.dates.map((date) => date.value)));
  const agreeing = dated.filter((item) => item.dates.some((date) => compatibleValues(date.value, value)));
  const teller = mostCentral(agreeing.filter((item) => item.dates.some((date) => date.value === value)), agreeing);
  const statements = [statement(teller.dates.find((date) => date.value === value)!, teller.feature, agreeing.map((item) => item.feature), articles)];
  for (const item of dated) {
    const own = agreeing.includes(item) ? item.dates.filter((date) => !compatibleValues(date.value, value)) : item.dates;
    for (const date of uniqueValues(own)) statements.push(statement(date, item.feature, [item.feature], articles));
  }
  return statements;
}

/**
 * The clause that tells a row: the one that says most of what the other clauses of the row say ("Navarro
 * and Aalto spoke by phone on Wednesday" over "Navarro was due to speak with Aalto later on Wednesday"),
 * the first among equals.
 */
function mostCentral(candidates: readonly DatedClause[], agreeing: readonly DatedClause[]): DatedClause {
  const isCandidate = new Set(candidates);
  // the clauses in order of centrality (scored by kind, so a wire sentence 300 outlets repeat is scored once)
  const ranked = rankByCentrality(agreeing.map((item) => item.feature)).map((position) => agreeing[position]!).filter((item) => isCandidate.has(item));
  // what happened tells a row before what was planned for that day
  return ranked.find((item) => !PLAN.test(item.feature.clause.words.map((word) => word.text).join(' '))) ?? ranked[0]!;
}

function timelineDatesOf(feature: ClauseFeatures, articles: ReadonlyMap<string, Article>): DatedClause {
  // a clause without a date has none to place, whatever it tells
  if (!feature.dates.length || !tellsAnEvent(feature, articles.get(feature.clause.articleId)!)) return { feature, dates: [] };
  const placed = feature.dates.filter((date) => readTimelineDate(date));
  // "in December 2008" read as 2008-12 and 2008: the year adds nothing to the month
  const dates = placed.filter((date) => !placed.some((other) => other.value.length > date.value.length && other.value.startsWith(date.value)));
  return { feature, dates };
}

function uniqueValues(dates: readonly TemporalExpression[]): TemporalExpression[] {
  return dates.filter((date, index) => dates.findIndex((other) => other.value === date.value) === index);
}

function statement(date: TemporalExpression, teller: ClauseFeatures, members: readonly ClauseFeatures[], articles: ReadonlyMap<string, Article>): DatedStatement {
  return { when: readTimelineDate(date)!, text: eventText(teller.clause, articles.get(teller.clause.articleId)!, date), evidence: members.map((member) => clauseEvidence(member, articles)), ...vocabulary(members) };
}

function clauseEvidence({ clause }: ClauseFeatures, articles: ReadonlyMap<string, Article>): Evidence {
  return { articleId: clause.articleId, start: clause.start, end: clause.end, text: articles.get(clause.articleId)!.text.slice(clause.start, clause.end) };
}

function vocabulary(members: readonly ClauseFeatures[]): Pick<DatedStatement, 'eventClasses' | 'entities'> {
  return {
    eventClasses: new Set(members.flatMap((member) => [...member.eventClasses])),
    entities: new Set(members.flatMap((member) => [...member.entities])),
  };
}

function mergeSameEvents(statements: readonly DatedStatement[]): DatedStatement[] {
  const merged: DatedStatement[] = [];
  // the merged entries of each date, in the order they were made
  const byDate = new Map<string, DatedStatement[]>();
  for (const item of statements) {
    const key = `${item.when.date} ${item.when.precision}`;
    const same = byDate.get(key)?.find((other) =>
      [...item.eventClasses].some((eventClass) => other.eventClasses.has(eventClass)) &&
      [...item.entities].some((entity) => other.entities.has(entity)));
    // "Berg was due to speak with Orlov later on Friday" gives way to "Berg spoke with Orlov on Friday"
    if (same && PLAN.test(same.text) && !PLAN.test(item.text)) same.text = item.text;
    if (!same) {
      const entry = { ...item, evidence: [...item.evidence], eventClasses: new Set(item.eventClasses), entities: new Set(item.entities) };
      merged.push(entry);
      const entries = byDate.get(key);
      if (entries) entries.push(entry);
      else byDate.set(key, [entry]);
      continue;
    }
    for (const evidence of item.evidence) {
      if (!same.evidence.some((held) => held.articleId === evidence.articleId && held.start === evidence.start && held.end === evidence.end)) same.evidence.push(evidence);
    }
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

/**
 * Whether a clause says something happened, rather than when its page was stamped ("Updated 5:40 p. m.
 * ET", "Originally published 05/03/2013 at 10:20 AM EDT") or being a date alone ("May 3, 2013 11:45 AM
 * PDT"): its sentence has two words besides the clause's dates, time zones and numbers ("DeGeneres
 * tweeted Friday").
 */
function tellsAnEvent(feature: ClauseFeatures, article: Article): boolean {
  const { clause } = feature;
  if (PAGE_STAMP.test(article.text.slice(clause.start, clause.end))) return false;
  let sentence = article.text.slice(clause.sentence.start, clause.sentence.end);
  for (const date of feature.dates) {
    const start = date.start - clause.sentence.start;
    sentence = sentence.slice(0, start) + ' '.repeat(date.end - date.start) + sentence.slice(start + date.end - date.start);
  }
  return (sentence.match(WORD_OF_TWO_LETTERS) ?? []).length >= 2;
}
