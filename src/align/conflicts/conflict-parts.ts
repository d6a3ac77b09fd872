import type { ConflictValue } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';

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
export function addToValue(values: Map<string, ConflictValue>, value: string, feature: ClauseFeatures, articleText: string): void {
  const { clause } = feature;
  const entry = values.get(value) ?? { value, articles: [], evidence: [] };
  if (!entry.articles.includes(clause.articleId)) entry.articles.push(clause.articleId);
  entry.evidence.push({ articleId: clause.articleId, start: clause.start, end: clause.end, text: articleText.slice(clause.start, clause.end) });
  values.set(value, entry);
}
