import type { Article, TemporalExpression } from '../../model/index.ts';
import type { StoryClause } from '../facts/collect-clauses.ts';
import { spanLookup } from '../../shared/span-lookup.ts';

/** Longest sentence, in words, a timeline row shows whole; past it the row shows the clause that holds the date. */
const MAX_SENTENCE_WORDS = 45;

/**
 * The words of a timeline row for the date `date` of a clause: its sentence, which reads alone where the
 * clause often does not ("and driven in at least 105 runs in each of the past five seasons", "which have
 * increased since the US president approved a deployment last August"); the clause itself where the
 * sentence is too long for a row, or tells another event on another day ("The navy seized the ship on
 * Tuesday and escorted it to Port Alver, … where it remained on Thursday": Thursday's row is "… where it
 * remained on Thursday"). A wire dateline or a transcript's "A:" the sentence opens with is left out.
 */
export function eventText(clause: StoryClause, article: Article, date: TemporalExpression): string {
  const { dateline } = article;
  const from = dateline && dateline.start >= clause.sentence.start && dateline.end <= clause.sentence.end ? dateline.end : clause.sentence.start;
  // "A: The ship was off the coast ...": a transcript's label is no word of the event
  const sentence = article.text.slice(from, clause.sentence.end).trim().replace(/^(?:Q|A|Question|Answer):\s+/, '');
  const otherDay = spanLookup(article.dates).within(from, clause.sentence.end).some((other) => (other.end <= clause.start || other.start >= clause.end) && other.precision !== 'duration' && other.value !== date.value && /^\d/.test(other.value));
  if (sentence.split(/\s+/).length <= MAX_SENTENCE_WORDS && !otherDay) return sentence;
  const text = article.text.slice(clause.start, clause.end).trim();
  return article.text.slice(from, clause.start).trim() ? `… ${text}` : text;
}
