import type { StoryClause } from './collect-clauses.ts';
import type { ClauseFeatures } from './describe-clauses.ts';
import { isQuestion } from './is-question.ts';
import { comeFromTwoArticles } from './come-from-two-articles.ts';

/** A line of this many words or fewer, with no verb and no closing stop, is a subheading ("A long alliance"). */
const MAX_SUBHEADING_WORDS = 8;

/**
 * The groups of clauses that become facts, one fact per statement: statement groups and event groups
 * of two articles or more, less those whose clauses all lie in another group (an event group that finds
 * again the clauses of one statement, "Thursday's call" in each article, says nothing that statement
 * does not; of two groups with the same clauses the first is kept). An event group most of whose clauses
 * are one kept group's already tells that group's statement again ("Three people died in a burning bank"
 * in three outlets, found again with the "firebomb attack" of three more): it joins that group with its
 * clauses from articles the group lacks, instead of becoming a second fact. Statement groups share no
 * clause with each other; an event group that takes a few from several is a fact of its own ("Putin and
 * Maduro spoke by telephone on Thursday", gathered from statements the outlets word apart). A subheading
 * is never evidence, nor is a question: they are left out of every group first.
 */
export function pickFactGroups(features: readonly ClauseFeatures[], groups: readonly number[][], eventGroups: readonly number[][], texts: ReadonlyMap<string, string>): number[][] {
  // every candidate spans two articles (see below): one article's clauses give none, and are not read for subheadings and questions
  if (!comeFromTwoArticles(features)) return [];
  // "Will Kestria accept Norvania's offer to mediate?" asks; it is no evidence of the offer
  const asks = ({ clause }: ClauseFeatures) => isQuestion(texts.get(clause.articleId)!.slice(clause.sentence.start, clause.sentence.end));
  const withoutSubheadings = (group: readonly number[]) =>
    group.filter((index) => !isSubheading(features[index]!.clause, texts.get(features[index]!.clause.articleId)!) && !asks(features[index]!));
  const spansTwoArticles = (group: readonly number[]) => new Set(group.map((index) => features[index]!.clause.articleId)).size >= 2;
  const candidates = [
    ...groups.map((group) => ({ members: withoutSubheadings(group), event: false })),
    ...eventGroups.map((group) => ({ members: withoutSubheadings(group), event: true })),
  ].filter(({ members }) => spansTwoArticles(members));
  const groupsOf = new Map<number, number[]>();
  candidates.forEach(({ members }, position) => {
    for (const index of members) {
      const list = groupsOf.get(index);
      if (list) list.push(position);
      else groupsOf.set(index, [position]);
    }
  });
  const liesInAnother = (group: readonly number[], position: number) =>
    groupsOf.get(group[0]!)!.some((other) => {
      if (other === position) return false;
      const host = candidates[other]!.members;
      if (host.length < group.length || (host.length === group.length && other > position)) return false;
      const members = new Set(host);
      return group.every((index) => members.has(index));
    });
  const kept = new Set<number>();
  candidates.forEach(({ members, event }, position) => {
    if (liesInAnother(members, position)) return;
    const host = event ? holderOfMost(members, kept, groupsOf) : null;
    if (host === null) {
      kept.add(position);
      return;
    }
    const hostMembers = candidates[host]!.members;
    const hostArticles = new Set(hostMembers.map((index) => features[index]!.clause.articleId));
    for (const index of members) {
      if (hostArticles.has(features[index]!.clause.articleId)) continue;
      hostMembers.push(index);
      groupsOf.get(index)!.push(host);
    }
  });
  return [...kept].map((position) => candidates[position]!.members);
}

/** The group kept that holds more than half of `members`, if any: the statement they tell. */
function holderOfMost(members: readonly number[], kept: ReadonlySet<number>, groupsOf: ReadonlyMap<number, number[]>): number | null {
  const shared = new Map<number, number>();
  for (const index of members) for (const other of groupsOf.get(index)!) if (kept.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
  for (const [other, count] of shared) if (2 * count > members.length) return other;
  return null;
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
