import { createHash } from 'node:crypto';
import type { Conflict, ConflictValue } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, openingWords, samePeople, type AlignedClauses } from './conflict-parts.ts';
import { compatibleValues, isCalendarValue } from '../timeline/date-values.ts';

/**
 * Aligned clauses that put the same event on different dates ("approved a massive deployment … last
 * August" against "Since September, Trump has deployed"). Only the pairs the aligner linked are set
 * against each other (a link says enough of the same), and each clause must carry one calendar date
 * only, so that the date is the statement's; the two must name the same kind of event: a clause linked
 * for its actors ("Cheeks was fired March 2" beside "the Trail Blazers hired him on June 27, 2001")
 * does not date the other's event, nor does a clause whose people are all others ("Jackman host the
 * show … 2005" beside "Stewart … hosted the 2007 Oscars"). Times of day count as their day ("Updated
 * 4:08 p.m."), and a difference of precision ("in 2025" and "in May 2025") is not a conflict.
 */
export function findDateConflicts({ features, groups, groupOf, links, scoreOf, factIdOf, texts }: AlignedClauses, persons: ReadonlySet<string>): Conflict[] {
  const dateOf = features.map(soleCalendarDate);
  const disagreeing = new Map<number, Set<number>>();
  for (const { a, b } of links) {
    const [dateA, dateB] = [dateOf[a], dateOf[b]];
    if (!dateA || !dateB || groupOf[a] !== groupOf[b] || compatibleValues(dateA, dateB) || features[a]!.clause.articleId === features[b]!.clause.articleId) continue;
    if (scoreOf(a, b).sharedEvents < 1 || !samePeople(features[a]!, features[b]!, persons)) continue;
    const members = disagreeing.get(groupOf[a]!) ?? new Set<number>();
    disagreeing.set(groupOf[a]!, members.add(a).add(b));
  }
  const conflicts: Conflict[] = [];
  for (const [position, members] of [...disagreeing].sort((x, y) => x[0] - y[0])) {
    const values = new Map<string, ConflictValue>();
    for (const index of [...members].sort((x, y) => x - y)) addToValue(values, dateOf[index]!, features[index]!, texts);
    const distinct = [...values.values()];
    conflicts.push({
      id: `c${createHash('sha1').update(`date ${distinct.flatMap((value) => value.evidence.map((item) => `${item.articleId}:${item.start}`)).join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'date',
      about: `when: ${openingWords(distinct[0]!.evidence[0]!.text)}`,
      factId: factIdOf(groups[position]!),
      values: distinct,
    });
  }
  return conflicts;
}

/** The one calendar date a clause gives (a time of day counts as its day), or null when it gives none or several. */
function soleCalendarDate(feature: ClauseFeatures): string | null {
  const values = new Set(feature.dates.map((date) => date.value.slice(0, 10)));
  if (values.size !== 1) return null;
  const [value] = values;
  return isCalendarValue(value!) ? value! : null;
}

