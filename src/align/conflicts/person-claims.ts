import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue, EntityMention, LinkedEntities, Span } from '../../model/index.ts';
import { parseCalendarDay, toDayNumber } from '../../shared/calendar/index.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import { foldText } from '../../shared/words.ts';

/** What one article says of one person: a value ("32", "52-3", "Bloomington") and the sentence that says it. */
export interface PersonClaim extends Span {
  articleId: string;
  value: string;
}

/**
 * One person however fully named: "Anthony Phillip LaSalle" and "Anthony LaSalle" are "anthony lasalle";
 * "LaSalle" alone is "lasalle" (joined to the one fuller name it ends, if only one).
 */
export function personKey(name: string): string {
  const words = foldText(name).split(/[\s.]+/).filter(Boolean);
  return words.length > 1 ? `${words[0]} ${words.at(-1)}` : words[0] ?? '';
}

/** The sentence a mention stands in (the mention itself where no sentence holds it). */
export function sentenceAround(article: Article, mention: EntityMention): Span {
  return spanLookup(article.sentences).containing(mention.start, mention.end)[0] ?? mention;
}

/** A claim as evidence of the value `key` among a conflict's values. */
export function addClaim(values: Map<string, ConflictValue>, key: string, claim: PersonClaim, articles: readonly Article[]): void {
  const text = articles.find((article) => article.id === claim.articleId)!.text;
  const value = values.get(key) ?? { value: key, articles: [], evidence: [] };
  if (!value.articles.includes(claim.articleId)) value.articles.push(claim.articleId);
  value.evidence.push({ articleId: claim.articleId, start: claim.start, end: claim.end, text: text.slice(claim.start, claim.end) });
  values.set(key, value);
}

/** How a finder of one kind of value said of a person reads it (see findPersonValueConflicts). */
export interface PersonValueRule {
  /** Names the rule in conflict ids: "age", "record". */
  rule: string;
  /** Reports further apart than this may both be right (a birthday, a bout between them). */
  mostDaysApart: number;
  /** Whether the mention, with the entity it was merged into (or null), is a person's. */
  isPerson: (mention: EntityMention, entityId: string | null) => boolean;
  /** The value written beside the mention, if any. */
  valueBeside: (mention: EntityMention, text: string) => string | null;
  /** Whether `name` should head the conflict rather than the name chosen so far. */
  betterName: (name: string, chosen: string) => boolean;
  /** What the conflict is about: "how old Tomas Hale is". */
  about: (name: string) => string;
}

/**
 * Outlets that say two things of one person where one value is true at a time: an age, a win-loss record.
 * The person is the merged entity, else the name's first and last words; each article must give the
 * person one value; reports more than `mostDaysApart` days apart are not compared.
 */
export function findPersonValueConflicts(articles: readonly Article[], entities: LinkedEntities, reading: PersonValueRule): Conflict[] {
  const byPerson = new Map<string, PersonClaim[]>();
  const names = new Map<string, string>();
  for (const article of articles) {
    const claimsOf = new Map<string, PersonClaim[]>();
    for (const mention of article.mentions) {
      const entityId = entities.idOf(article.id, mention.entityKey);
      if (!reading.isPerson(mention, entityId)) continue;
      const value = reading.valueBeside(mention, article.text);
      if (value === null) continue;
      const person = entityId ?? personKey(mention.name);
      if (!names.has(person) || reading.betterName(mention.name, names.get(person)!)) names.set(person, mention.name);
      const claim = { articleId: article.id, value, ...spanOf(sentenceAround(article, mention)) };
      const claims = claimsOf.get(person);
      if (claims) claims.push(claim);
      else claimsOf.set(person, [claim]);
    }
    for (const [person, claims] of claimsOf) if (new Set(claims.map((claim) => claim.value)).size === 1) byPerson.set(person, [...(byPerson.get(person) ?? []), claims[0]!]);
  }
  const published = new Map(articles.map((article) => [article.id, article.published]));
  const conflicts: Conflict[] = [];
  for (const [person, claims] of byPerson) {
    if (new Set(claims.map((claim) => claim.value)).size < 2 || !closeInTime(claims.map((claim) => published.get(claim.articleId) ?? null), reading.mostDaysApart)) continue;
    const values = new Map<string, ConflictValue>();
    for (const claim of claims) addClaim(values, claim.value, claim, articles);
    conflicts.push({
      id: `c${createHash('sha1').update(`${reading.rule} ${person} ${[...values.keys()].join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'number',
      about: reading.about(names.get(person) ?? person),
      factId: null,
      values: [...values.values()],
    });
  }
  return conflicts;
}

function spanOf({ start, end }: Span): Span {
  return { start, end };
}

/** Whether the dated reports lie within `mostDaysApart` days of one another (undated ones are taken as close). */
function closeInTime(dates: ReadonlyArray<string | null>, mostDaysApart: number): boolean {
  const days = dates.map((date) => (date ? parseCalendarDay(date.slice(0, 10)) : null)).filter((day) => day !== null).map((day) => toDayNumber(day!));
  return !days.length || Math.max(...days) - Math.min(...days) <= mostDaysApart;
}
