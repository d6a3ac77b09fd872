import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { scorePair } from '../facts/score-pair.ts';
import { addToValue, samePeople } from './conflict-parts.ts';
import { compatibleValues, isCalendarValue } from '../timeline/date-values.ts';

/**
 * Aligned clauses that put the same event on different dates ("approved a massive deployment … last
 * August" against "Since September, Trump has deployed"). Each clause must carry one calendar date only,
 * so that the date is the statement's, and the two clauses must name the same kind of event and say
 * at least `minSimilarity` of the same things: a clause aligned for its actors ("Cheeks was fired March
 * 2" beside "the Trail Blazers hired him on June 27, 2001") does not date the other's event, nor does a
 * clause whose people are all others ("Jackman host the show … 2005" beside "Stewart … hosted the 2007
 * Oscars"). Times of
 * day count as their day ("Updated 4:08 p.m."), and a difference of precision ("in 2025" and "in May
 * 2025") is not a conflict.
 */
export function findDateConflicts(
  features: readonly ClauseFeatures[],
  groups: readonly number[][],
  factIdOf: (group: readonly number[]) => string | null,
  articles: readonly Article[],
  persons: ReadonlySet<string>,
  minSimilarity: number,
): Conflict[] {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const conflicts: Conflict[] = [];
  for (const group of groups) {
    const dated = group.map((index) => ({ feature: features[index]!, value: soleCalendarDate(features[index]!) })).filter((item): item is { feature: ClauseFeatures; value: string } => item.value !== null);
    const disagreeing = new Set<number>();
    dated.forEach((a, i) =>
      dated.forEach((b, j) => {
        if (j <= i || a.feature.clause.articleId === b.feature.clause.articleId || compatibleValues(a.value, b.value)) return;
        const score = scorePair(a.feature, b.feature);
        if (score.sharedEvents < 1 || score.similarity < minSimilarity || !samePeople(a.feature, b.feature, persons)) return;
        disagreeing.add(i).add(j);
      }),
    );
    if (!disagreeing.size) continue;
    const values = new Map<string, ConflictValue>();
    for (const { feature, value } of dated.filter((_, index) => disagreeing.has(index))) addToValue(values, value, feature, texts.get(feature.clause.articleId)!);
    const distinct = [...values.values()];
    conflicts.push({
      id: `c${createHash('sha1').update(`date ${distinct.flatMap((value) => value.evidence.map((item) => `${item.articleId}:${item.start}`)).join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'date',
      about: `when: ${distinct[0]!.evidence[0]!.text}`,
      factId: factIdOf(group),
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

