import type { ClauseFeatures } from './describe-clauses.ts';
import { createPairScorer, type PairScorer } from './score-kinds.ts';
import { comeFromTwoArticles } from './come-from-two-articles.ts';

/**
 * Event-centric facts: the mentions of one kind of event across articles ("spoke by telephone on
 * Thursday", "Thursday's call", "in a phone call") that share an actor and do not put it on different
 * days. A kind of event is a fact only when some article puts it on a day; each article gives the clause
 * that dates it as the story does (a statement before a question), or else the undated mention that says
 * most of what a dated one says ("In a phone call, the Russian president reiterated his support" beside
 * "Putin used Thursday's call to reaffirm his support"), at least `minSimilarity` of it: sharing an actor
 * and a kind of event is not enough for "Since Putin's rise to power" to be Thursday's call.
 * Such a group may reuse clauses of statement groups: one clause can support more than one fact.
 */
export function findEventGroups(features: readonly ClauseFeatures[], statementGroups: readonly number[][], minSimilarity: number, scoreOf: PairScorer = createPairScorer(features)): number[][] {
  // every group holds two articles' clauses (see below): one article's make none
  if (!comeFromTwoArticles(features)) return [];
  const byClass = new Map<string, number[]>();
  features.forEach((feature, index) => {
    for (const eventClass of feature.eventClasses) pushTo(byClass, eventClass, index);
  });
  const statementsOf = new Map<number, number[]>();
  statementGroups.forEach((group, position) => {
    for (const index of group) pushTo(statementsOf, index, position);
  });
  // a group every clause of which lies in one statement group adds nothing to it
  const withinOneStatement = (group: readonly number[]) =>
    (statementsOf.get(group[0]!) ?? []).some((position) => group.every((index) => statementsOf.get(index)?.includes(position)));
  const groups: number[][] = [];
  const seen = new Set<string>();
  for (const mentions of byClass.values()) {
    for (const component of components(mentions, features)) {
      const group = pickOnePerArticle(component, features, minSimilarity, scoreOf);
      if (new Set(group.map((index) => features[index]!.clause.articleId)).size < 2) continue;
      if (withinOneStatement(group) || seen.has(group.join(' '))) continue;
      seen.add(group.join(' '));
      groups.push(group);
    }
  }
  return groups;
}

/**
 * Mentions linked when they come from different articles, share an actor, and agree on the day if both
 * give one. Not every pair is compared: among the mentions of one actor, those that give a day d and
 * those that give no day all agree, so each such set is one component once it spans two articles.
 */
function components(mentions: readonly number[], features: readonly ClauseFeatures[]): number[][] {
  const parent = mentions.map((_, position) => position);
  const find = (position: number): number => {
    while (parent[position] !== position) {
      parent[position] = parent[parent[position]!]!; // path halving keeps the trees shallow
      position = parent[position]!;
    }
    return position;
  };
  for (const linked of agreeingSets(mentions, features)) {
    if (new Set(linked.map((position) => features[mentions[position]!]!.clause.articleId)).size < 2) continue;
    for (const position of linked) parent[find(position)] = find(linked[0]!);
  }
  const groups = new Map<number, number[]>();
  mentions.forEach((index, position) => pushTo(groups, find(position), index));
  return [...groups.values()].filter((group) => group.some((index) => features[index]!.dates.some((date) => date.precision === 'day')));
}

/** For each actor, its undated mentions with those that give each day (positions in `mentions`): sets whose members all agree. */
function agreeingSets(mentions: readonly number[], features: readonly ClauseFeatures[]): number[][] {
  const byActor = new Map<string, { undated: number[]; byDay: Map<string, number[]> }>();
  mentions.forEach((index, position) => {
    const feature = features[index]!;
    const days = new Set(daysOf(feature));
    for (const entity of feature.entities) {
      let actor = byActor.get(entity);
      if (!actor) byActor.set(entity, (actor = { undated: [], byDay: new Map() }));
      if (!days.size) actor.undated.push(position);
      for (const day of days) pushTo(actor.byDay, day, position);
    }
  });
  return [...byActor.values()].flatMap(({ undated, byDay }) => (byDay.size ? [...byDay.values()].map((dated) => [...undated, ...dated]) : [undated]));
}

function pickOnePerArticle(component: readonly number[], features: readonly ClauseFeatures[], minSimilarity: number, scoreOf: PairScorer): number[] {
  const votes = new Map<string, number>();
  for (const index of component) for (const date of features[index]!.dates) if (date.precision === 'day') votes.set(date.value, (votes.get(date.value) ?? 0) + 1);
  const storyDay = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const datesIt = (index: number) => features[index]!.dates.some((date) => date.value === storyDay);
  const anchors = component.filter(datesIt);
  // a clause that dates the event as the story does counts most, then one that is not a question,
  // then, for an undated mention, how much it says of a dated one
  const closeness = new Map<number, number>();
  for (const index of component) {
    if (datesIt(index)) continue;
    let best = 0;
    for (const anchor of anchors) if (features[anchor]!.clause.articleId !== features[index]!.clause.articleId) best = Math.max(best, scoreOf(index, anchor).similarity);
    closeness.set(index, best);
  }
  const preference = (candidate: number) => {
    const question = features[candidate]!.clause.words.some((word) => word.text === '?');
    return (datesIt(candidate) ? 4 : 2 * (closeness.get(candidate) ?? 0)) + (question ? 0 : 1);
  };
  const best = new Map<string, number>();
  for (const index of component) {
    if (!datesIt(index) && (closeness.get(index) ?? 0) < minSimilarity) continue;
    const articleId = features[index]!.clause.articleId;
    const current = best.get(articleId);
    if (current === undefined || preference(index) > preference(current)) best.set(articleId, index);
  }
  return [...best.values()].sort((a, b) => a - b);
}

function daysOf(feature: ClauseFeatures): string[] {
  return feature.dates.filter((date) => date.precision === 'day').map((date) => date.value);
}

function pushTo<K>(lists: Map<K, number[]>, key: K, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
