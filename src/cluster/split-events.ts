import type { ToldStatements } from './link-statements.ts';
import { placeByWords, refineCut, startingCuts, weighAnchors, type SidePull } from './search-cuts.ts';
import { clashesAcross, clashLinks, linksByArticle, rateAcross, retoldLinks, shareWithSide } from './weigh-links.ts';
import { weighSplitEvidence } from './weigh-split-evidence.ts';

/**
 * What splitEvents reads of each article, by id: its anchors, its publication date, the statements it
 * shares with others (see linkStatements), the articles whose people clash with its own (see
 * findParticipantClashes), and its heaviest words (the story finder's vector).
 */
export interface EventEvidence {
  anchorsOf: ReadonlyMap<string, ReadonlyMap<string, number>>;
  publishedOf: ReadonlyMap<string, string | null>;
  toldOf: ReadonlyMap<string, ToldStatements>;
  clashesOf: ReadonlyMap<string, ReadonlySet<string>>;
  wordsOf: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * Least share of a group's articles an anchor must be in to weigh in a cut, in the search and in the
 * cut's evidence alike: an anchor a few articles give says little about the group's events, and a story
 * of a thousand articles has many of those ("Atlanta", "John Lucas" in one report of each of two coach
 * firings weighed against the cut and brought its evidence from 1.34 to below MIN_EVIDENCE).
 */
const MIN_ANCHOR_SHARE = 0.1;
/**
 * Least evidence for a cut to be kept: the anchors' evidence (see weighSplitEvidence: log Bayes factor per
 * anchor) less STATEMENT_WEIGHT times the share of statements told across the cut against within its sides
 * (see rateAcross), plus CLASH_WEIGHT times the people clashing across it (see clashesAcross). Read off
 * ECB+ topics 1–24 (two events of one kind a topic) and 25–35 together: the cuts kept score 1.19–5.1
 * (statements across at most half as often as within, or men arrested or killed who differ), the best cut of a
 * single story at most 1.11: a story whose anchors fall in two sets (the players of two games, the victims
 * of two attacks) but whose articles retell each other's statements across them is one story.
 */
const MIN_EVIDENCE = 1.15;
/** How much the statements told across a cut (0 none to about 1 as often as within) take from its anchors' evidence. */
const STATEMENT_WEIGHT = 0.7;
/**
 * How much the clashes across a cut (the share of its pairs across whose people clash, less the share
 * within: see findParticipantClashes) add to its evidence. In one story the people of an act are the
 * same, and no pair clashes (ECB+ topics 1–35: 3 pairs of 4,500 within single stories); between two
 * arrests or two killings of one kind a seventh to a third of the pairs across clash. A third clashing
 * adds half a unit, about what statements told across as often as within take away.
 */
const CLASH_WEIGHT = 1.5;
/** How strongly, in the search, an article is drawn away from a side whose articles' people clash with its own: all of them, half a unit of anchor likeness. */
const CLASH_PULL = 0.5;
/**
 * An article published this many days or more from the middle of its group, naming no year the others
 * give, and with at most MAX_LONE_SHARE of its statements retold by them is another event, alone: the
 * same leaders' call five years earlier retells only "the two leaders spoke by phone". A trial two years
 * after a killing names the killing's year, and stays. On ECB+ no article far from its story's dates
 * names no year of it: the share is the last guard, set loose (generic statements of one kind of event
 * are retold).
 */
const LONE_DAYS_APART = 180;
const MAX_LONE_SHARE = 0.4;
/** Splits tried within a split: a batch of many events still costs a few passes over it. */
const MAX_DEPTH = 4;

/**
 * The events among the articles of one story: two earthquakes, two arrests of one man, the same
 * leaders' calls years apart read alike, but the names, places, numbers and years their articles give
 * (their anchors, see readAnchors) fall in two sets that hardly meet, and their articles hardly retell
 * each other's statements (see linkStatements). First an article published long before or after the
 * rest that tells none of their statements is set apart alone. Then cuts in two are tried from several
 * starts (the direction the anchors vary most, and articles spread over the group), each refined until
 * no article would rather be on the other side; the cut scoring best (its anchors' evidence less the
 * statements told across it) is kept when that reaches MIN_EVIDENCE, and each side is tried again.
 * Every step is a pass over the articles' anchors and statement links, a bounded number of times:
 * near linear in the group.
 * Returns the groups in the order of their first article.
 */
export function splitEvents(ids: readonly string[], evidence: EventEvidence, depth = 0): string[][] {
  if (ids.length < 2 || depth >= MAX_DEPTH) return [[...ids]];
  const inOrder = (groups: string[][]) => groups.sort((a, b) => ids.indexOf(a[0]!) - ids.indexOf(b[0]!));
  const lone = loneArticles(ids, evidence);
  if (lone.size) return inOrder([...splitEvents(ids.filter((id) => !lone.has(id)), evidence, depth + 1), ...[...lone].map((id) => [id])]);
  const best = findBestCut(ids, evidence);
  if (!best || best.score < MIN_EVIDENCE) return [[...ids]];
  const first = ids.filter((_, index) => best.sides[index]);
  const second = ids.filter((_, index) => !best.sides[index]);
  return inOrder([...splitEvents(first, evidence, depth + 1), ...splitEvents(second, evidence, depth + 1)]);
}

/** A cut of a group in two (`sides[i]` for `ids[i]`), its anchors' evidence, the statements told and the people clashing across it, and its score. */
export interface Cut {
  sides: boolean[];
  anchors: number;
  across: number;
  clashes: number;
  score: number;
}

/**
 * The cut of a group scoring best: the evidence of its anchors (see weighSplitEvidence) less
 * STATEMENT_WEIGHT times the statements told across it (see rateAcross), plus CLASH_WEIGHT times the
 * clashes across it (see clashesAcross). The search draws each article away from a side whose people
 * clash with its own ("Vincent Jackson was arrested", among reports of Jamal Williams' arrest that name
 * Jackson's too), and puts an article that weighs no anchor with the side whose words it shares.
 */
export function findBestCut(ids: readonly string[], evidence: EventEvidence): Cut | undefined {
  const anchors = ids.map((id) => evidence.anchorsOf.get(id)!);
  const least = leastArticles(anchors.length);
  const vectors = weighAnchors(anchors, least);
  const words = ids.map((id) => evidence.wordsOf.get(id) ?? new Map<string, number>());
  const retold = retoldLinks(ids, evidence.toldOf);
  const clashing = clashLinks(ids, evidence.clashesOf);
  const clashesByArticle = linksByArticle(clashing, ids.length);
  const pull: SidePull = (index, side, sides, sideSize) => (clashesByArticle[index]!.length ? -CLASH_PULL * shareWithSide(clashing, clashesByArticle, index, side, sides, sideSize) : 0);
  const weigh = (sides: boolean[]): Cut => {
    const fromAnchors = weighSplitEvidence(anchors, sides, least);
    const across = rateAcross(retold, sides);
    const clashes = clashesAcross(clashing, sides);
    return { sides, anchors: fromAnchors, across, clashes, score: fromAnchors - STATEMENT_WEIGHT * across + CLASH_WEIGHT * clashes };
  };
  let best: Cut | undefined;
  for (const start of startingCuts(vectors)) {
    const cut = weigh(placeByWords(refineCut(vectors, start, pull), vectors, words));
    if (!best || cut.score > best.score) best = cut;
  }
  return best;
}

/**
 * Articles published LONE_DAYS_APART or more from the middle of the group's dates that tell at most
 * MAX_LONE_SHARE of their statements in the group's other articles: "Navarro and Aalto agree to renew
 * fisheries pact in phone call" (June 2019) among reports of a ship's seizure in March 2025. Fewer than
 * half the group: the others are the group.
 */
function loneArticles(ids: readonly string[], evidence: EventEvidence): Set<string> {
  const lone = new Set<string>();
  const days = new Map<string, number>();
  for (const id of ids) {
    const time = Date.parse(evidence.publishedOf.get(id)?.slice(0, 10) ?? '');
    if (Number.isFinite(time)) days.set(id, time / 86_400_000);
  }
  if (ids.length < 3 || days.size < 3) return lone;
  const sorted = [...days.values()].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const members = new Set(ids);
  const yearsOf = (id: string) => [...evidence.anchorsOf.get(id)!.keys()].filter((key) => key.startsWith('year:'));
  for (const [id, day] of days) {
    if (Math.abs(day - middle) < LONE_DAYS_APART) continue;
    const told = evidence.toldOf.get(id);
    if (!told?.statements) continue;
    // "in 2005", the year of the killing its trial retells: a year the others give too ties it to them
    const years = yearsOf(id);
    if (ids.some((other) => other !== id && years.some((year) => evidence.anchorsOf.get(other)!.has(year)))) continue;
    const retold = new Set<number>();
    for (const [other, clauses] of told.counterparts) if (members.has(other)) for (const clause of clauses) retold.add(clause);
    if (retold.size / told.statements <= MAX_LONE_SHARE) lone.add(id);
  }
  return lone.size < ids.length / 2 ? lone : new Set();
}

/** Least articles an anchor must be in to weigh in a cut of a group of `size` (MIN_ANCHOR_SHARE, at least two). */
function leastArticles(size: number): number {
  return Math.max(2, Math.ceil(MIN_ANCHOR_SHARE * size));
}
