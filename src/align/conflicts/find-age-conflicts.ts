import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue, EntityMention, LinkedEntities } from '../../model/index.ts';
import { parseCalendarDay, toDayNumber } from '../../shared/calendar/index.ts';
import { personKey } from './find-residence-conflicts.ts';

/** "Robert Buckley, 32, fell", "Buckley, aged 32,": an age right after a name. */
const AGE_AFTER_NAME = /^,\s*(?:aged\s+)?(\d{1,3}),/;
/** "32-year-old Englishman Robert Buckley", "31-year-old Robert Buckley": an age before a name, a word or two between. */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:\p{L}+\s+){0,2}$/u;
/** Most days between the reports whose ages are compared: a birthday may fall between reports further apart. */
const MOST_DAYS_APART = 60;

interface AgeClaim {
  articleId: string;
  age: number;
  start: number;
  end: number;
}

/**
 * Outlets that give one person different ages: "32-year-old Englishman Robert Buckley" against
 * "31-year-old Robert Buckley". Each article must give the person one age; reports more than
 * MOST_DAYS_APART days apart may straddle a birthday and are not compared.
 */
export function findAgeConflicts(articles: readonly Article[], entities: LinkedEntities): Conflict[] {
  const typeOf = new Map(entities.entities.map((entity) => [entity.id, entity.type]));
  const byPerson = new Map<string, AgeClaim[]>();
  const names = new Map<string, string>();
  for (const article of articles) {
    const ages = new Map<string, AgeClaim[]>();
    for (const mention of article.mentions) {
      if (mention.type !== 'person' && mention.type !== 'other') continue;
      const entityId = entities.idOf(article.id, mention.entityKey);
      if (((entityId && typeOf.get(entityId)) || mention.type) !== 'person' || !mention.name.includes(' ')) continue;
      const age = ageBeside(mention, article.text);
      if (age === null) continue;
      // one person however named: the merged entity ("Englishman Tomas Hale" and "Tomas Hale"), or the name's first and last words
      const person = entityId ?? personKey(mention.name);
      const sentence = article.sentences.find((span) => span.start <= mention.start && span.end >= mention.end) ?? mention;
      // the plainest name for the heading: "Tomas Hale", not "Englishman Tomas Hale"
      if (!names.has(person) || mention.name.length < names.get(person)!.length) names.set(person, mention.name);
      ages.set(person, [...(ages.get(person) ?? []), { articleId: article.id, age, start: sentence.start, end: sentence.end }]);
    }
    for (const [person, claims] of ages) if (new Set(claims.map((claim) => claim.age)).size === 1) byPerson.set(person, [...(byPerson.get(person) ?? []), claims[0]!]);
  }
  const published = new Map(articles.map((article) => [article.id, article.published]));
  const conflicts: Conflict[] = [];
  for (const [person, claims] of byPerson) {
    if (new Set(claims.map((claim) => claim.age)).size < 2 || !closeInTime(claims.map((claim) => published.get(claim.articleId) ?? null))) continue;
    const values = new Map<number, ConflictValue>();
    for (const claim of claims) {
      const text = articles.find((article) => article.id === claim.articleId)!.text;
      const value = values.get(claim.age) ?? { value: String(claim.age), articles: [], evidence: [] };
      if (!value.articles.includes(claim.articleId)) value.articles.push(claim.articleId);
      value.evidence.push({ articleId: claim.articleId, start: claim.start, end: claim.end, text: text.slice(claim.start, claim.end) });
      values.set(claim.age, value);
    }
    conflicts.push({
      id: `c${createHash('sha1').update(`age ${person} ${[...values.keys()].join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'number',
      about: `how old ${names.get(person) ?? person} is`,
      factId: null,
      values: [...values.values()],
    });
  }
  return conflicts;
}

/** The age written beside a name, if any: "Robert Buckley, 32," or "32-year-old Englishman Robert Buckley". */
function ageBeside(mention: EntityMention, text: string): number | null {
  const after = AGE_AFTER_NAME.exec(text.slice(mention.end, mention.end + 12));
  const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  const age = after?.[1] ?? before?.[1];
  return age === undefined || (after && before && after[1] !== before[1]) ? null : Number(age);
}

/** Whether the dated reports lie within MOST_DAYS_APART days of one another (undated ones are taken as close). */
function closeInTime(dates: ReadonlyArray<string | null>): boolean {
  const days = dates.map((date) => (date ? parseCalendarDay(date.slice(0, 10)) : null)).filter((day) => day !== null).map((day) => toDayNumber(day!));
  return !days.length || Math.max(...days) - Math.min(...days) <= MOST_DAYS_APART;
}
