import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { compatibleValues } from '../timeline/date-values.ts';

/**
 * Aligned clauses that put the statement on different dates ("last August" against "Since September").
 * Each clause must carry one date only, so that the date is the statement's; a difference of precision
 * ("in 2025" and "in May 2025") is not a conflict.
 */
export function findDateConflicts(features: readonly ClauseFeatures[], groups: readonly number[][], factIdOf: (group: readonly number[]) => string | null, articles: readonly Article[]): Conflict[] {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const conflicts: Conflict[] = [];
  for (const group of groups) {
    const dated = group
      .map((index) => features[index]!)
      .filter((feature) => new Set(feature.dates.map((date) => date.value)).size === 1);
    if (new Set(dated.map((feature) => feature.clause.articleId)).size < 2) continue;
    const values = new Map<string, ConflictValue>();
    for (const feature of dated) {
      const date = feature.dates[0]!;
      const { clause } = feature;
      const value = values.get(date.value) ?? { value: date.value, articles: [], evidence: [] };
      if (!value.articles.includes(clause.articleId)) value.articles.push(clause.articleId);
      value.evidence.push({ articleId: clause.articleId, start: clause.start, end: clause.end, text: texts.get(clause.articleId)!.slice(clause.start, clause.end) });
      values.set(date.value, value);
    }
    const distinct = [...values.values()];
    const disagree = distinct.some((a, i) => distinct.some((b, j) => j > i && !compatibleValues(a.value, b.value) && a.articles.some((id) => !b.articles.includes(id))));
    if (!disagree) continue;
    const factId = factIdOf(group);
    conflicts.push({
      id: `c${createHash('sha1').update(`date ${distinct.flatMap((value) => value.evidence.map((item) => `${item.articleId}:${item.start}`)).join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'date',
      about: `when: ${distinct[0]!.evidence[0]!.text}`,
      factId,
      values: distinct,
    });
  }
  return conflicts;
}
