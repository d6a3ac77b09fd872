import type { ClauseFeatures } from './describe-clauses.ts';
import { scorePair } from './score-pair.ts';

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
export function findEventGroups(features: readonly ClauseFeatures[], statementGroups: readonly number[][], minSimilarity: number): number[][] {
  const byClass = new Map<string, number[]>();
  features.forEach((feature, index) => {
    for (const eventClass of feature.eventClasses) {
      const mentions = byClass.get(eventClass);
      if (mentions) mentions.push(index);
      else byClass.set(eventClass, [index]);
    }
  });
  const groups: number[][] = [];
  for (const mentions of byClass.values()) {
    for (const component of components(mentions, features)) {
      const group = pickOnePerArticle(component, features, minSimilarity);
      if (new Set(group.map((index) => features[index]!.clause.articleId)).size < 2) continue;
      if (statementGroups.some((existing) => group.every((index) => existing.includes(index)))) continue;
      if (groups.some((existing) => sameMembers(existing, group))) continue;
      groups.push(group);
    }
  }
  return groups;
}

/** Mentions linked when they come from different articles, share an actor, and agree on the day if both give one. */
function components(mentions: readonly number[], features: readonly ClauseFeatures[]): number[][] {
  const parent = new Map(mentions.map((index) => [index, index]));
  const find = (index: number): number => (parent.get(index) === index ? index : find(parent.get(index)!));
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = features[mentions[i]!]!;
      const b = features[mentions[j]!]!;
      if (a.clause.articleId === b.clause.articleId || !sharesActor(a, b) || !sameDay(a, b)) continue;
      parent.set(find(mentions[i]!), find(mentions[j]!));
    }
  }
  const groups = new Map<number, number[]>();
  for (const index of mentions) {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  }
  return [...groups.values()].filter((group) => group.some((index) => features[index]!.dates.some((date) => date.precision === 'day')));
}

function pickOnePerArticle(component: readonly number[], features: readonly ClauseFeatures[], minSimilarity: number): number[] {
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
    for (const anchor of anchors) if (features[anchor]!.clause.articleId !== features[index]!.clause.articleId) best = Math.max(best, scorePair(features[index]!, features[anchor]!).similarity);
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

function sharesActor(a: ClauseFeatures, b: ClauseFeatures): boolean {
  for (const entity of a.entities) if (b.entities.has(entity)) return true;
  return false;
}

function sameDay(a: ClauseFeatures, b: ClauseFeatures): boolean {
  const daysA = a.dates.filter((date) => date.precision === 'day').map((date) => date.value);
  const daysB = b.dates.filter((date) => date.precision === 'day').map((date) => date.value);
  return !daysA.length || !daysB.length || daysA.some((day) => daysB.includes(day));
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, position) => index === b[position]);
}
