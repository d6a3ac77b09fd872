import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue, EntityMention, LinkedEntities } from '../../model/index.ts';
import { parseCalendarDay, toDayNumber } from '../../shared/calendar/index.ts';
import { personKey } from './find-residence-conflicts.ts';

/**
 * "Klitschko (52-3, 46 KOs)", "Riddick Bowe, 43-1, 33 KO's", "Bowe (45-1)": a win-loss record (with draws:
 * "Rahman (45-7-2)") right after a name, in brackets or between commas.
 */
const RECORD_AFTER_NAME = /^(?:\s*\(|,\s*)(\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?=[,)])/;
/** A given name and a family name: "Riddick Bowe". */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+)+$/u;
/** Most days between the reports whose records are compared: a fighter's record grows with each bout. */
const MOST_DAYS_APART = 3;

interface RecordClaim {
  articleId: string;
  record: string;
  start: number;
  end: number;
}

/**
 * Outlets that give one person different win-loss records: "Wladimir Klitschko, 53-3, 47 KO's" against
 * "Klitschko (52-3, 46 KOs)". Each article must give the person one record; reports more than
 * MOST_DAYS_APART days apart may straddle a bout and are not compared. A team's record ("the Lakers
 * (20-5)") changes with each game and is left out: people only.
 */
export function findRecordConflicts(articles: readonly Article[], entities: LinkedEntities): Conflict[] {
  const typeOf = new Map(entities.entities.map((entity) => [entity.id, entity.type]));
  const nameOf = new Map(entities.entities.map((entity) => [entity.id, entity.name]));
  // a name the annotator left untyped is mostly a person's when written as one ("Riddick Bowe")
  const isPerson = (type: string, name: string) => type === 'person' || (type === 'other' && PERSON_NAME.test(name));
  const byPerson = new Map<string, RecordClaim[]>();
  const names = new Map<string, string>();
  for (const article of articles) {
    const records = new Map<string, RecordClaim[]>();
    for (const mention of article.mentions) {
      const entityId = entities.idOf(article.id, mention.entityKey);
      if (!isPerson((entityId && typeOf.get(entityId)) || mention.type, (entityId && nameOf.get(entityId)) || mention.name)) continue;
      const record = recordBeside(mention, article.text);
      if (record === null) continue;
      // one person however named: the merged entity, or the name's first and last words
      const person = entityId ?? personKey(mention.name);
      const sentence = article.sentences.find((span) => span.start <= mention.start && span.end >= mention.end) ?? mention;
      if (!names.has(person) || mention.name.length > names.get(person)!.length) names.set(person, mention.name);
      records.set(person, [...(records.get(person) ?? []), { articleId: article.id, record, start: sentence.start, end: sentence.end }]);
    }
    for (const [person, claims] of records) if (new Set(claims.map((claim) => claim.record)).size === 1) byPerson.set(person, [...(byPerson.get(person) ?? []), claims[0]!]);
  }
  const published = new Map(articles.map((article) => [article.id, article.published]));
  const conflicts: Conflict[] = [];
  for (const [person, claims] of byPerson) {
    if (new Set(claims.map((claim) => claim.record)).size < 2 || !closeInTime(claims.map((claim) => published.get(claim.articleId) ?? null))) continue;
    const values = new Map<string, ConflictValue>();
    for (const claim of claims) {
      const text = articles.find((article) => article.id === claim.articleId)!.text;
      const value = values.get(claim.record) ?? { value: claim.record, articles: [], evidence: [] };
      if (!value.articles.includes(claim.articleId)) value.articles.push(claim.articleId);
      value.evidence.push({ articleId: claim.articleId, start: claim.start, end: claim.end, text: text.slice(claim.start, claim.end) });
      values.set(claim.record, value);
    }
    conflicts.push({
      id: `c${createHash('sha1').update(`record ${person} ${[...values.keys()].join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'number',
      about: `${names.get(person) ?? person}'s record`,
      factId: null,
      values: [...values.values()],
    });
  }
  return conflicts;
}

/** The record written right after a name, if any: "Klitschko (52-3, 46 KOs)" → "52-3". */
function recordBeside(mention: EntityMention, text: string): string | null {
  return RECORD_AFTER_NAME.exec(text.slice(mention.end, mention.end + 16))?.[1] ?? null;
}

/** Whether the dated reports lie within MOST_DAYS_APART days of one another (undated ones are taken as close). */
function closeInTime(dates: ReadonlyArray<string | null>): boolean {
  const days = dates.map((date) => (date ? parseCalendarDay(date.slice(0, 10)) : null)).filter((day) => day !== null).map((day) => toDayNumber(day!));
  return !days.length || Math.max(...days) - Math.min(...days) <= MOST_DAYS_APART;
}
