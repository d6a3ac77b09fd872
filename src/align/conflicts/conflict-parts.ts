import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue } from '../../model/index.ts';
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

/**
 * Whether two clauses may tell one deed by who did it: both name their doer and the two share an actor,
 * or one does not name it. "The Indian navy has captured 23 Somalian pirates" and "the British Royal
 * Navy had captured eight pirates" are two captures; "DiLeo has spent 19 seasons" and "Cheeks … spent
 * his first 11 seasons" two careers.
 */
export function sameDoers(a: ClauseFeatures, b: ClauseFeatures): boolean {
  const [doerA, doerB] = [a.roles.doer?.entities ?? [], b.roles.doer?.entities ?? []];
  return !doerA.length || !doerB.length || doerA.some((id) => doerB.includes(id));
}

/**
 * Whether two clauses may be about the same person by the ages they give: "36-year-old Duncan Rait …
 * falling about 200 feet" and "32-year-old Englishman Robert Buckley fell about 600 metres" are two
 * climbers. Ages a year apart may be one person told twice (a birthday between reports).
 */
export function sameAges(a: ClauseFeatures, b: ClauseFeatures, texts: ReadonlyMap<string, string>): boolean {
  const agesOf = ({ clause }: ClauseFeatures) => [...texts.get(clause.articleId)!.slice(clause.start, clause.end).matchAll(/\b(\d{1,3})[- ]years?[- ]old\b/g)].map((match) => Number(match[1]));
  const [agesA, agesB] = [agesOf(a), agesOf(b)];
  return !agesA.length || !agesB.length || agesA.some((age) => agesB.some((other) => Math.abs(age - other) <= 1));
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

/**
 * The pairs a conflict may lie in: every pair of clauses of two articles the aligner linked, whatever
 * the groups they ended in (a crowded story splits one event's clauses over several groups, and a group
 * of thousands of clauses is not compared pair by pair), and in an event group every pair.
 */
export function comparedPairs({ features, links }: AlignedClauses, eventGroups: readonly number[][]): Array<readonly [number, number]> {
  const seen = new Set<string>();
  const pairs: Array<readonly [number, number]> = [];
  const add = (a: number, b: number) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low} ${high}`;
    if (seen.has(key) || features[low]!.clause.articleId === features[high]!.clause.articleId) return;
    seen.add(key);
    pairs.push([low, high]);
  };
  for (const { a, b } of links) add(a, b);
  for (const members of eventGroups) members.forEach((a, i) => members.slice(i + 1).forEach((b) => add(a, b)));
  return pairs;
}

/**
 * Pairs the aligner may not have linked that tell one deed: clauses of two articles whose act is one
 * verb ("INS Tabar sunk a fishing trawler" / "it had sunk Thai trawler") done to one thing (the heads of
 * their targets share a concept) or by one actor, or (as `sameThing` says) to things of one kind counted
 * ("Pirates holding … nearly 300 crewmen" / "They still hold … more than 300 crew members"), each giving
 * what `gives` asks for (a date, a figure).
 * The finders check these as strictly as linked pairs: a wider net, the same sieve.
 */
export function sameActPairs(features: readonly ClauseFeatures[], gives: (index: number) => boolean, sameThing: (a: number, b: number) => boolean = () => false): Array<readonly [number, number]> {
  const byAct = new Map<string, number[]>();
  features.forEach((feature, index) => {
    const act = feature.roles.act;
    if (!act || feature.roles.negated) return;
    const members = byAct.get(act.lemma);
    if (members) members.push(index);
    else byAct.set(act.lemma, [index]);
  });
  const articleOf = (index: number) => features[index]!.clause.articleId;
  // `gives` is asked only of an act two articles tell (it reads each clause's dates or figures: a story of one
  // article asks it nothing); the acts stay in the order of their first member that gives
  const giving: number[][] = [];
  for (const told of byAct.values()) {
    if (told.every((index) => articleOf(index) === articleOf(told[0]!))) continue;
    const members = told.filter(gives);
    if (members.length) giving.push(members);
  }
  giving.sort((a, b) => a[0]! - b[0]!);
  const pairs: Array<readonly [number, number]> = [];
  for (const members of giving) {
    // where the run of members from one article that starts at each member ends: a long article's clauses are
    // not paired with one another one by one ("killed" 4,000 times in one 16 MB article)
    const runEnd = new Array<number>(members.length);
    for (let i = members.length - 1; i >= 0; i--) runEnd[i] = i + 1 < members.length && articleOf(members[i + 1]!) === articleOf(members[i]!) ? runEnd[i + 1]! : i + 1;
    members.forEach((a, i) => {
      for (let j = runEnd[i]!; j < members.length; j++) {
        const b = members[j]!;
        const [featureA, featureB] = [features[a]!, features[b]!];
        if (featureA.clause.articleId === featureB.clause.articleId) continue;
        if (sameParticipant(featureA.roles.target, featureB.roles.target) || sharesActor(featureA.roles.doer, featureB.roles.doer) || sameThing(a, b)) pairs.push([a, b]);
      }
    });
  }
  return pairs;
}

/** Two targets or doers with one head concept or one actor: "a fishing trawler" / "Thai trawler". */
function sameParticipant(a: ClauseFeatures['roles']['target'], b: ClauseFeatures['roles']['target']): boolean {
  if (!a || !b) return false;
  return sharesActor(a, b) || a.head === b.head || a.concepts.some((concept) => b.concepts.includes(concept));
}

function sharesActor(a: ClauseFeatures['roles']['doer'], b: ClauseFeatures['roles']['doer']): boolean {
  return !!a && !!b && a.entities.some((id) => b.entities.includes(id));
}

/** One key for a pair in either order: "12 40". */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Linked pairs and pairs of one deed, each once. */
export function withPairs(pairs: ReadonlyArray<readonly [number, number]>, more: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const seen = new Set(pairs.map(([a, b]) => pairKey(a, b)));
  return [...pairs, ...more.filter(([a, b]) => !seen.has(pairKey(a, b)))];
}

/** Most values one conflict sets against each other: "150 metres", "60 metres", "200 metres". */
const MOST_VALUES = 3;

/**
 * Disagreeing pairs joined into the sets of clauses that disagree about one thing: pairs that share a
 * clause ("150 metres" against "60 metres", "60 metres" against "200 metres") become one conflict,
 * the pairs taken as given (closest first); a pair that would bring a set past MOST_VALUES values
 * (`valueOf` says which a clause gives) joins it to another thing counted and is left out. Each set in
 * the order of its smallest clause, its clauses in order.
 */
export function joinPairs(pairs: ReadonlyArray<readonly [number, number]>, valueOf: (index: number) => string = String): number[][] {
  const setOf = new Map<number, Set<number>>();
  for (const [a, b] of pairs) {
    const [setA, setB] = [setOf.get(a) ?? new Set([a]), setOf.get(b) ?? new Set([b])];
    if (setA === setB) continue;
    const joined = new Set([...setA, ...setB]);
    if (new Set([...joined].map(valueOf)).size > MOST_VALUES) continue;
    for (const index of joined) setOf.set(index, joined);
  }
  return [...new Set(setOf.values())].map((set) => [...set].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** The fact of the statement group that holds every clause of a conflict, if they lie in one. */
export function factOfMembers({ groups, groupOf, factIdOf }: AlignedClauses, members: readonly number[]): string | null {
  const positions = new Set(members.map((index) => groupOf[index]!));
  const [position] = positions;
  return positions.size === 1 && position! >= 0 ? factIdOf(groups[position!]!) : null;
}

/**
 * Two spellings of one name, or a name and the fuller one it ends: "Del Giudice" / "DelGiudice",
 * "Heller" / "Mark Jay Heller", "Sukanya" / "INS Sukanya", "Duncan Rait" / "Duncan Raite" (a letter apart),
 * "James G. Bodiford" / "James Bodiford".
 */
export function mayBeOneName(a: string, b: string): boolean {
  // "James G. Bodiford" / "James Bodiford": a middle initial is left out
  const withoutInitials = (name: string) =>
    foldText(name)
      .split(/\s+/)
      .filter((word, index, words) => !(/^\p{L}\.?$/u.test(word) && index > 0 && index < words.length - 1))
      .join(' ')
      .split(/[\s.]+/)
      .filter(Boolean);
  const wordsA = withoutInitials(a);
  const wordsB = withoutInitials(b);
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

/**
 * A place conflict of clauses joined by joinPairs: one value a side, said as it was first said ("out of a
 * store" and "outside the store" are one), about "where it happened". `rule` names the finder in the id.
 */
export function placeConflict(rule: string, aligned: AlignedClauses, members: readonly number[], sideOf: (index: number) => { side: string; phrase: string }): Conflict {
  const { features, texts } = aligned;
  const values = new Map<string, ConflictValue>();
  const saidOf = new Map<string, string>();
  for (const index of members) {
    const { side, phrase } = sideOf(index);
    if (!saidOf.has(side)) saidOf.set(side, phrase);
    addToValue(values, saidOf.get(side)!, features[index]!, texts);
  }
  const key = members.map((index) => `${features[index]!.clause.articleId}:${features[index]!.clause.start}`).join(' ');
  return {
    id: `c${createHash('sha1').update(`${rule} ${key}`).digest('hex').slice(0, 10)}`,
    kind: 'place',
    about: `where it happened: ${[...values.keys()].join(' or ')}`,
    factId: factOfMembers(aligned, members),
    values: [...values.values()],
  };
}
