import { createHash } from 'node:crypto';
import type { Conflict, ConflictValue, Entity } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, mayBeOneName, openingWords, type AlignedClauses } from './conflict-parts.ts';

/**
 * Aligned statements that give the same deed to different doers: "Russian forces shelled the town"
 * against "Ukrainian forces shelled the town". Only pairs the aligner linked, saying at least
 * `minSimilarity` of the same and naming the same kind of event, are set against each other; the doer
 * is the actor just before the event verb in the active voice with no other verb between ("Moscow
 * sent", not "the bombers were sent by Moscow"), and it counts only when each clause leaves the other's
 * doer out altogether, both doers are of one kind (two countries, two persons) and their names cannot be
 * one ("Sukanya" and "INS Sukanya", "Duncan Rait" and "Duncan Raite").
 */
export function findActorConflicts({ features, groups, groupOf, links, scoreOf, factIdOf, texts }: AlignedClauses, entities: readonly Entity[], minSimilarity: number): Conflict[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const found = new Map<number, Map<number, string>>();
  for (const { a, b, score } of links) {
    const [first, second] = [features[a]!, features[b]!];
    if (groupOf[a] !== groupOf[b] || score < minSimilarity || first.clause.articleId === second.clause.articleId) continue;
    const events = [...first.eventClasses].filter((eventClass) => second.eventClasses.has(eventClass));
    if (!events.length || scoreOf(a, b).sharedEvents < 1) continue;
    const [doerA, doerB] = [doerOf(first, events), doerOf(second, events)];
    if (!doerA || !doerB || doerA === doerB || first.entities.has(doerB) || second.entities.has(doerA)) continue;
    const [entityA, entityB] = [byId.get(doerA), byId.get(doerB)];
    if (!entityA || !entityB || entityA.type !== entityB.type || !DOER_TYPES.has(entityA.type) || mayBeOneName(entityA.name, entityB.name)) continue;
    const members = found.get(groupOf[a]!) ?? new Map<number, string>();
    found.set(groupOf[a]!, members.set(a, doerA).set(b, doerB));
  }
  const conflicts: Conflict[] = [];
  for (const [position, members] of [...found].sort((x, y) => x[0] - y[0])) {
    const values = new Map<string, ConflictValue>();
    for (const [index, doer] of [...members].sort((x, y) => x[0] - y[0])) addToValue(values, byId.get(doer)?.name ?? doer, features[index]!, texts);
    const distinct = [...values.values()];
    conflicts.push({
      id: `c${createHash('sha1').update(`actor ${distinct.flatMap((value) => value.evidence.map((item) => `${item.articleId}:${item.start}`)).join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'actor',
      about: `who did it: ${openingWords(distinct[0]!.evidence[0]!.text)}`,
      factId: factIdOf(groups[position]!),
      values: distinct,
    });
  }
  return conflicts;
}

/** What may stand between a doer and its verb: "Russian forces shelled", "Moscow also sent", "has", "not". */
const SUBJECT_TO_VERB = new Set(['ADV', 'AUX', 'PART', 'NOUN', 'ADJ']);
/** Doers worth setting against each other: people, organisations, countries (not a medal's name or a month). */
const DOER_TYPES = new Set(['person', 'organization', 'country']);

/** The merged entity id that does the clause's event: the actor just before its verb, in the active voice. */
function doerOf(feature: ClauseFeatures, events: readonly string[]): string | null {
  const { words } = feature.clause;
  const event = feature.terms.find((term) => term.eventClass !== null && events.includes(term.eventClass));
  if (!event) return null;
  const verbAt = words.findIndex((word) => word.start === event.start);
  const verb = words[verbAt];
  if (!verb || verb.pos !== 'VERB') return null;
  // "were seized", "has been sent": the subject is what the deed was done to
  if (words.slice(Math.max(0, verbAt - 2), verbAt).some((word) => word.lemma === 'be' || word.lemma === 'get')) return null;
  const actors = feature.terms.filter((term) => term.key.startsWith('e:') && term.start < verb.start).sort((x, y) => y.start - x.start);
  const doer = actors[0];
  if (!doer) return null;
  // "Moscow sent", "Russian forces shelled", "Moscow has sent"; not "Ortiz won … after he shot", "Ivory on injured reserve"
  const between = words.filter((word) => word.start >= doer.start && word.end <= verb.start && !/^\p{Lu}/u.test(word.text));
  if (between.some((word) => !SUBJECT_TO_VERB.has(word.pos))) return null;
  return doer.key.slice(2);
}
