import type { ClauseFeatures } from './describe-clauses.ts';

/**
 * Event-centric facts: the mentions of one kind of event across articles ("spoke by telephone on
 * Thursday", "Thursday's call", "in a phone call") that share an actor and do not put it on different
 * days. A kind of event is a fact only when some article puts it on a day; each article gives the clause
 * that dates it as the story does (a statement before a question), or else its first mention (news names
 * an event first where it matters).
 * Such a group may reuse clauses of statement groups: one clause can support more than one fact.
 */
export function findEventGroups(features: readonly ClauseFeatures[], statementGroups: readonly number[][]): number[][] {
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
      const group = pickOnePerArticle(component, features);
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

function pickOnePerArticle(component: readonly number[], features: readonly ClauseFeatures[]): number[] {
  const votes = new Map<string, number>();
  for (const index of component) for (const date of features[index]!.dates) votes.set(date.value, (votes.get(date.value) ?? 0) + 1);
  const storyDate = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  // a clause that dates the event as the story does counts most, then one that is not a question
  const preference = (candidate: number) => {
    const { clause, dates } = features[candidate]!;
    const question = clause.words.some((word) => word.text === '?');
    return (dates.some((date) => date.value === storyDate) ? 2 : 0) + (question ? 0 : 1);
  };
  const best = new Map<string, number>();
  for (const index of component) {
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
