import type { Article, Conflict, EntityMention, LinkedEntities } from '../../model/index.ts';
import { findPersonValueConflicts } from './person-claims.ts';

/**
 * "Klitschko (52-3, 46 KOs)", "Riddick Bowe, 43-1, 33 KO's", "Bowe (45-1)": a win-loss record (with draws:
 * "Rahman (45-7-2)") right after a name, in brackets or between commas.
 */
const RECORD_AFTER_NAME = /^(?:\s*\(|,\s*)(\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?=[,)])/;
/** A given name and a family name: "Riddick Bowe". */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+)+$/u;
/** Most days between the reports whose records are compared: a fighter's record grows with each bout. */
const MOST_DAYS_APART = 3;

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
  return findPersonValueConflicts(articles, entities, {
    rule: 'record',
    mostDaysApart: MOST_DAYS_APART,
    isPerson: (mention, entityId) => isPerson((entityId && typeOf.get(entityId)) || mention.type, (entityId && nameOf.get(entityId)) || mention.name),
    valueBeside: recordBeside,
    betterName: (name, chosen) => name.length > chosen.length,
    about: (name) => `${name}'s record`,
  });
}

/** The record written right after a name, if any: "Klitschko (52-3, 46 KOs)" → "52-3". */
function recordBeside(mention: EntityMention, text: string): string | null {
  return RECORD_AFTER_NAME.exec(text.slice(mention.end, mention.end + 16))?.[1] ?? null;
}
