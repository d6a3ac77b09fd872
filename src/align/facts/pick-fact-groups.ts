import type { StoryClause } from './collect-clauses.ts';
import type { ClauseFeatures } from './describe-clauses.ts';

/** A line of this many words or fewer, with no verb and no closing stop, is a subheading ("A long alliance"). */
const MAX_SUBHEADING_WORDS = 8;

/**
 * The groups of clauses that become facts, one fact per statement: statement groups and event groups
 * of two articles or more, less those whose clauses all lie in another group (an event group that finds
 * again the clauses of one statement, "Thursday's call" in each article, says nothing that statement
 * does not; of two groups with the same clauses the first is kept). Statement groups share no clause
 * with each other; an event group may share some with several, and then it is a fact of its own ("Putin
 * and Maduro spoke by telephone on Thursday" gathered from statements the outlets word apart). A
 * subheading is never evidence: it is left out of every group first.
 */
export function pickFactGroups(features: readonly ClauseFeatures[], groups: readonly number[][], eventGroups: readonly number[][], texts: ReadonlyMap<string, string>): number[][] {
  const candidates = [...groups, ...eventGroups]
    .map((group) => group.filter((index) => !isSubheading(features[index]!.clause, texts.get(features[index]!.clause.articleId)!)))
    .filter((group) => new Set(group.map((index) => features[index]!.clause.articleId)).size >= 2);
  const groupsOf = new Map<number, number[]>();
  candidates.forEach((group, position) => {
    for (const index of group) {
      const list = groupsOf.get(index);
      if (list) list.push(position);
      else groupsOf.set(index, [position]);
    }
  });
  const liesInAnother = (group: readonly number[], position: number) =>
    groupsOf.get(group[0]!)!.some((other) => {
      if (other === position) return false;
      const host = candidates[other]!;
      if (host.length < group.length || (host.length === group.length && other > position)) return false;
      const members = new Set(host);
      return group.every((index) => members.has(index));
    });
  return candidates.filter((group, position) => !liesInAnother(group, position));
}

/** A short line of its own with no verb and no closing stop: "A long alliance", "(Fox News article)". */
export function isSubheading(clause: StoryClause, text: string): boolean {
  const { sentence } = clause;
  const outside = text.slice(sentence.start, clause.start) + text.slice(clause.end, sentence.end);
  if (/[\p{L}\p{N}]/u.test(outside)) return false;
  const words = clause.words.filter((word) => word.pos !== 'PUNCT');
  const closing = text.slice(clause.start, sentence.end).replace(/["'”’)\]\s]+$/u, '');
  return words.length <= MAX_SUBHEADING_WORDS && !words.some((word) => word.pos === 'VERB' || word.pos === 'AUX') && !/[.!?:]$/.test(closing);
}
