import type { Lexicon } from '../lexicon/index.ts';
import type { LinkedEntities } from '../model/index.ts';
import { clauseTerms, type ClusterReading } from './read-for-clustering.ts';

/** Terms at least this rare in the background corpus are telling ("Tabriz", "seize"; not "people", "say"). */
const RARE_RARITY = 2.5;
/** Least share of two clauses' weight that meets the other for them to tell one statement (the aligner's 0.3). */
const MIN_SIMILARITY = 0.3;
/** Clauses of a telling term one clause is compared with: a term every clause of a big batch gives stays near linear. */
const MAX_POSTINGS = 64;

/** What one article tells: its statements, and which of them (by index) another article tells too. */
export interface ToldStatements {
  statements: number;
  /** Per other article, its statements' numbers within the batch, ascending, each once (arrays: a batch of 100,000 articles has millions of these). */
  counterparts: ReadonlyMap<string, readonly number[]>;
}

/** One clause as the statement it tells: its terms' concepts (numbered within the batch: sets of numbers are met faster than sets of strings), each with its rarity. */
interface Statement {
  article: number;
  /** Whether a telling term of it is an actor: a clause without one finds no counterpart of its own (see tellsOneStatement). */
  hasActor: boolean;
  terms: ReadonlyArray<{ concepts: readonly number[]; rarity: number; telling: boolean; actor: boolean }>;
  concepts: ReadonlySet<number>;
  weight: number;
}

/**
 * Which articles tell the same statements: two clauses of different articles that share at least two
 * telling terms, one of them an actor ("Tomas Rivera … convicted … murdering deputy Mark Salas" and
 * "Rivera … killed deputy Salas"), with at least MIN_SIMILARITY of their weight meeting the other, are
 * one statement told twice. Two reports of one event retell each other's statements; two events of one
 * kind share words but hardly a statement. Returns, per article id, how many statements it tells (clauses
 * with two telling terms) and, per other article it shares statements with, which of its clauses find a
 * counterpart there. Clauses are met through an index of telling terms (postings capped at
 * MAX_POSTINGS): near linear in the batch.
 */
export function linkStatements(articles: readonly ClusterReading[], entities: LinkedEntities, lexicon: Lexicon): Map<string, ToldStatements> {
  const statements: Statement[] = [];
  const counts = articles.map(() => 0);
  const conceptNumbers = new Map<string, number>();
  const numberOf = (concept: string) => conceptNumbers.get(concept) ?? conceptNumbers.set(concept, conceptNumbers.size).get(concept)!;
  articles.forEach((article, index) => {
    for (const clause of article.clauses) {
      const read = clauseTerms(article, clause, entities.idOf, lexicon);
      let tellingTerms = 0;
      for (const term of read) if (term.key.startsWith('e:') || term.rarity >= RARE_RARITY) tellingTerms++;
      if (tellingTerms < 2) continue;
      const concepts = new Set<number>();
      let weight = 0;
      const terms = read.map((term) => {
        const numbers = term.concepts.map(numberOf);
        for (const number of numbers) concepts.add(number);
        weight += term.rarity;
        const actor = term.key.startsWith('e:');
        return { concepts: numbers, rarity: term.rarity, actor, telling: actor || term.rarity >= RARE_RARITY };
      });
      counts[index]!++;
      statements.push({ article: index, hasActor: terms.some((term) => term.actor && term.telling), terms, concepts, weight });
    }
  });
  const postings = new Map<number, number[]>();
  const counterparts: Array<Map<number, number[]> | null> = articles.map(() => new Map<number, number[]>());
  // per earlier clause, how many of this clause's telling terms meet one of its telling terms (reset through `touched`);
  // `seenBy` marks a clause already counted for the term at hand
  const metCount = new Int32Array(statements.length);
  const articleOf = Int32Array.from(statements, (statement) => statement.article);
  const seenBy = new Int32Array(statements.length).fill(-1);
  // per concept, the last statement indexed under it: a concept two terms of one clause share is indexed once
  const indexedBy = new Int32Array(conceptNumbers.size).fill(-1);
  let termStamp = 0;
  const touched: number[] = [];
  // one article alone has no other to retell its statements: its postings need not be walked (40,000 clauses in a 4 MB article)
  if (articles.length > 1) statements.forEach((statement, index) => {
    touched.length = 0;
    for (const term of statement.terms) {
      if (!term.telling) continue;
      termStamp++;
      const { concepts } = term;
      for (let position = 0; position < concepts.length; position++) {
        const key = concepts[position]!;
        if (concepts.indexOf(key) < position) continue; // a concept the term gives twice
        let posting = postings.get(key);
        if (!posting) postings.set(key, (posting = []));
        // the latest MAX_POSTINGS clauses of the concept (a clause with no actor is only indexed: it meets no one itself)
        for (let at = statement.hasActor ? Math.max(0, posting.length - MAX_POSTINGS) : posting.length; at < posting.length; at++) {
          const other = posting[at]!;
          if (seenBy[other] === termStamp || articleOf[other] === statement.article) continue;
          seenBy[other] = termStamp;
          if (metCount[other] === 0) touched.push(other);
          metCount[other]!++;
        }
        if (indexedBy[key] !== index) {
          indexedBy[key] = index;
          posting.push(index);
        }
      }
    }
    for (const other of touched) {
      const shared = metCount[other]!;
      metCount[other] = 0;
      if (shared < 2 || !tellsOneStatement(statement, statements[other]!)) continue;
      const a = statement.article;
      const b = statements[other]!.article;
      // this clause's counterparts in one article are found one after the other: it is pushed once
      const ofA = counterparts[a]!.get(b) ?? counterparts[a]!.set(b, []).get(b)!;
      if (ofA.at(-1) !== index) ofA.push(index);
      // the other clause comes back with each later clause that retells it: kept once below
      (counterparts[b]!.get(a) ?? counterparts[b]!.set(a, []).get(a)!).push(other);
    }
  });
  const told = new Map<string, ToldStatements>();
  articles.forEach((article, index) => {
    const byOther = new Map<string, readonly number[]>();
    for (const [other, clauses] of counterparts[index]!) byOther.set(articles[other]!.id, [...new Set(clauses)].sort((x, y) => x - y));
    counterparts[index] = null;
    told.set(article.id, { statements: counts[index]!, counterparts: byOther });
  });
  return told;
}

/** Two telling terms met, one an actor, and enough of each clause's weight meeting the other (one pass over each side's terms: a batch of 100,000 articles asks this tens of millions of times). */
function tellsOneStatement(a: Statement, b: Statement): boolean {
  meetingSide(a, b.concepts);
  if (!side.actorMet || side.telling < 2) return false;
  const rarityA = side.rarity;
  meetingSide(b, a.concepts);
  if (side.telling < 2) return false;
  return Math.sqrt((rarityA / (a.weight || 1)) * (side.rarity / (b.weight || 1))) >= MIN_SIMILARITY;
}

/** What meetingSide found, in one object reused (asked tens of millions of times, it allocates nothing). */
const side = { telling: 0, actorMet: false, rarity: 0 };

/** Of one statement's terms, those with a concept among the other's: how many are telling, whether a telling actor is among them, and their summed rarity (into `side`). */
function meetingSide(statement: Statement, concepts: ReadonlySet<number>): void {
  let telling = 0;
  let actorMet = false;
  let rarity = 0;
  for (const term of statement.terms) {
    let meets = false;
    for (const concept of term.concepts) {
      if (!concepts.has(concept)) continue;
      meets = true;
      break;
    }
    if (!meets) continue;
    rarity += term.rarity;
    if (!term.telling) continue;
    telling++;
    if (term.actor) actorMet = true;
  }
  side.telling = telling;
  side.actorMet = actorMet;
  side.rarity = rarity;
}
