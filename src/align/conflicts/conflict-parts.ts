import type { ConflictValue } from '../../model/index.ts';
import type { Article } from '../../model/index.ts';
import type { ScoredPair } from '../facts/cluster-clauses.ts';
import type { PairScorer } from '../facts/score-kinds.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { endsWithWords, foldText } from '../../shared/words.ts';

/** What every conflict finder reads: the story's clauses, how the aligner grouped and linked them, and the texts. */
export interface AlignedClauses {
  features: readonly ClauseFeatures[];
  /** Statement groups, and for each clause the position of its group. */
  groups: readonly number[][];
  groupOf: Int32Array;
  /** The pairs of clauses the aligner judged one statement. */
  links: readonly ScoredPair[];
  scoreOf: PairScorer;
  /** The fact a group of clauses became, if any. */
  factIdOf: (group: readonly number[]) => string | null;
  /** Article id → its cleaned text, for evidence. */
  texts: ReadonlyMap<string, string>;
}

export function alignedClauses(features: readonly ClauseFeatures[], groups: readonly number[][], links: readonly ScoredPair[], scoreOf: PairScorer, factIdOf: AlignedClauses['factIdOf'], articles: readonly Article[]): AlignedClauses {
  const groupOf = new Int32Array(features.length).fill(-1);
  groups.forEach((group, position) => group.forEach((index) => (groupOf[index] = position)));
  return { features, groups, groupOf, links, scoreOf, factIdOf, texts: new Map(articles.map((article) => [article.id, article.text])) };
}

/**
 * Whether two clauses may be about the same people: one names none, or both name one of them
 * ("Jackman host the show … 2005" and "Stewart … hosted the 2007 Oscars" are not).
 */
export function samePeople(a: ClauseFeatures, b: ClauseFeatures, persons: ReadonlySet<string>): boolean {
  const peopleA = [...a.entities].filter((id) => persons.has(id));
  const peopleB = [...b.entities].filter((id) => persons.has(id));
  return !peopleA.length || !peopleB.length || peopleA.some((id) => peopleB.includes(id));
}

/** Adds a clause to the conflict value it gives ("2025-08", "fourteen missiles"), its article listed once. */
export function addToValue(values: Map<string, ConflictValue>, value: string, feature: ClauseFeatures, texts: ReadonlyMap<string, string>): void {
  const { clause } = feature;
  const articleText = texts.get(clause.articleId)!;
  const entry = values.get(value) ?? { value, articles: [], evidence: [] };
  if (!entry.articles.includes(clause.articleId)) entry.articles.push(clause.articleId);
  entry.evidence.push({ articleId: clause.articleId, start: clause.start, end: clause.end, text: articleText.slice(clause.start, clause.end) });
  values.set(value, entry);
}

/** Aligned clauses (a statement group or an event group) and the pairs of them worth setting against each other. */
export interface ComparedUnit {
  members: readonly number[];
  pairs: ReadonlyArray<readonly [number, number]>;
}

/**
 * The pairs a conflict may lie in: in a statement group, the pairs the aligner linked (a group of
 * thousands of clauses is not compared pair by pair); in an event group, one clause an article, every pair.
 */
export function comparedUnits({ groups, groupOf, links }: AlignedClauses, eventGroups: readonly number[][]): ComparedUnit[] {
  const linked = groups.map((): Array<readonly [number, number]> => []);
  for (const { a, b } of links) if (groupOf[a] === groupOf[b] && groupOf[a]! >= 0) linked[groupOf[a]!]!.push([a, b]);
  return [
    ...groups.map((members, position) => ({ members, pairs: linked[position]! })),
    ...eventGroups.map((members) => ({ members, pairs: members.flatMap((a, i) => members.slice(i + 1).map((b) => [a, b] as const)) })),
  ];
}

/**
 * Two spellings of one name, or a name and the fuller one it ends: "Del Giudice" / "DelGiudice",
 * "Heller" / "Mark Jay Heller", "Sukanya" / "INS Sukanya", "Duncan Rait" / "Duncan Raite" (a letter apart).
 */
export function mayBeOneName(a: string, b: string): boolean {
  const wordsA = foldText(a).split(/[\s.]+/).filter(Boolean);
  const wordsB = foldText(b).split(/[\s.]+/).filter(Boolean);
  if (wordsA.join('') === wordsB.join('')) return true;
  if (endsWithWords(wordsA, wordsB) || endsWithWords(wordsB, wordsA)) return true;
  return wordsA.length === wordsB.length && wordsA.every((word, index) => word === wordsB[index] || (word.length >= 4 && oneEditApart(word, wordsB[index]!)));
}

/** "rait" / "raite", "ortiz" / "ortis": one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA === restB.slice(1) || restA.slice(1) === restB;
}

/** Words of a clause kept in a conflict's heading: "when: which have increased since the US president approved a massive…". */
const HEADING_WORDS = 12;

/** The opening words of a clause for a heading, with "…" where it was cut. */
export function openingWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= HEADING_WORDS ? text : `${words.slice(0, HEADING_WORDS).join(' ')}…`;
}
