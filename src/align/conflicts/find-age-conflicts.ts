import type { Article, Conflict, EntityMention, LinkedEntities } from '../../model/index.ts';
import { findPersonValueConflicts } from './person-claims.ts';

/** "Robert Buckley, 32, fell", "Buckley, aged 32,": an age right after a name. */
const AGE_AFTER_NAME = /^,\s*(?:aged\s+)?(\d{1,3}),/;
/** "32-year-old Englishman Robert Buckley", "31-year-old Robert Buckley": an age before a name, a word or two between. */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:\p{L}+\s+){0,2}$/u;
/** Most days between the reports whose ages are compared: a birthday may fall between reports further apart. */
const MOST_DAYS_APART = 60;

/**
 * Outlets that give one person different ages: "32-year-old Englishman Robert Buckley" against
 * "31-year-old Robert Buckley". Each article must give the person one age; reports more than
 * MOST_DAYS_APART days apart may straddle a birthday and are not compared.
 */
export function findAgeConflicts(articles: readonly Article[], entities: LinkedEntities): Conflict[] {
  const typeOf = new Map(entities.entities.map((entity) => [entity.id, entity.type]));
  return findPersonValueConflicts(articles, entities, {
    rule: 'age',
    mostDaysApart: MOST_DAYS_APART,
    isPerson: (mention, entityId) =>
      (mention.type === 'person' || mention.type === 'other') && ((entityId && typeOf.get(entityId)) || mention.type) === 'person' && mention.name.includes(' '),
    valueBeside: (mention, text) => {
      const age = ageBeside(mention, text);
      return age === null ? null : String(age);
    },
    // the plainest name for the heading: "Tomas Hale", not "Englishman Tomas Hale"
    betterName: (name, chosen) => name.length < chosen.length,
    about: (name) => `how old ${name} is`,
  });
}

/** The age written beside a name, if any: "Robert Buckley, 32," or "32-year-old Englishman Robert Buckley". */
function ageBeside(mention: EntityMention, text: string): number | null {
  const after = AGE_AFTER_NAME.exec(text.slice(mention.end, mention.end + 12));
  const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  const age = after?.[1] ?? before?.[1];
  return age === undefined || (after && before && after[1] !== before[1]) ? null : Number(age);
}
