import type { Article } from '../../model/index.ts';
import type { StoryClause } from '../facts/collect-clauses.ts';

/** Longest sentence, in words, a timeline row shows whole; past it the row shows the clause that holds the date. */
const MAX_SENTENCE_WORDS = 45;

/**
 * The words of a timeline row for a dated clause: its sentence, which reads alone where the clause often
 * does not ("and driven in at least 105 runs in each of the past five seasons", "which have increased
 * since the US president approved a deployment last August"); the clause itself where the sentence is
 * too long for a row.
 */
export function eventText(clause: StoryClause, article: Article): string {
  const sentence = article.text.slice(clause.sentence.start, clause.sentence.end).trim();
  if (sentence.split(/\s+/).length <= MAX_SENTENCE_WORDS) return sentence;
  return article.text.slice(clause.start, clause.end).trim();
}
