import type { Relation, RelationEnd, RelationEvidence, ReportManner } from '../model/index.ts';
import { loadCountries } from '../shared/countries.ts';
import type { ReportContext } from './report-context.ts';
import { capList } from './report-options.ts';

/**
 * The relations a report lists, grouped by the two countries they are between, either way round:
 * "Russia and Venezuela" holds "Vladimir Putin —consult→ Nicolás Maduro", "Nicolás Maduro —consult
 * (phone)→ Vladimir Putin" (the same call, told from each side) and "Russia —support→ Venezuela". A
 * reader sees the web of states first, who acted for them under it, and each act once: a country-level
 * relation rolled up from actor-level ones is not listed beside them (its group says it); only one no
 * actor-level line carries is listed itself.
 */
export interface RelationGroup {
  /** `between` two countries (or actors no country is known for), `within` one, or of one with `no recipient`. */
  kind: 'between' | 'within' | 'no recipient';
  /** The country (or, where it has none, the actor) on each side, the first line's source first: ["Russia", "Venezuela"]. */
  sides: string[];
  relations: Relation[];
}

export interface ListedRelations {
  groups: RelationGroup[];
  /** Lines left out past the list limit. */
  more: number;
  /** Every listed line, in reading order (the graph draws these). */
  shown: Relation[];
}

/** Facts, then what a speaker asserts, then the rest (alleged, requested, planned, hypothetical, denied). */
const MANNER_RANK: Readonly<Record<ReportManner, number>> = Object.freeze({ fact: 0, asserted: 1, alleged: 2, requested: 2, planned: 2, hypothetical: 2, denied: 2 });

/** Facts first, then the most independent sources, then the most articles; ties keep the extractor's order. */
export function byFactsThenSupport(a: Relation, b: Relation): number {
  return MANNER_RANK[a.reported] - MANNER_RANK[b.reported] || b.support.independent - a.support.independent || b.support.articles - a.support.articles;
}

/** A group's heading, each side's name escaped by `name`: "Russia and Venezuela", "Within Venezuela", "Russia (no recipient)". */
export function describeGroup(group: RelationGroup, name: (side: string) => string): string {
  if (group.kind === 'within') return `Within ${name(group.sides[0]!)}`;
  if (group.kind === 'no recipient') return `${name(group.sides[0]!)} (no recipient)`;
  return `${name(group.sides[0]!)} and ${name(group.sides[1]!)}`;
}

/** The lines a report lists (capped at `limits.listed`), grouped by country pair; groups in order of their first line. */
export function listRelations(context: ReportContext): ListedRelations {
  const { relations } = context.dossier;
  const countryLevel = relations.filter((relation) => relation.level === 'country');
  const actorLevel = relations.filter((relation) => relation.level === 'actor');
  const rolledUp = new Set(actorLevel.flatMap((relation) => countryRollups(relation, countryLevel)));
  const lines = [...actorLevel, ...countryLevel.filter((relation) => !rolledUp.has(relation))].sort(byFactsThenSupport);
  const { shown, more } = capList(lines, context.limits.listed);
  const name = countryNamer(context);
  const groups = new Map<string, RelationGroup>();
  for (const relation of shown) {
    const sides = [relation.sourceActor, ...(relation.targetActor ? [relation.targetActor] : [])];
    const keys = [...new Set(sides.map(sideKey))];
    const kind = sides.length === 1 ? 'no recipient' : keys.length === 1 ? 'within' : 'between';
    const key = `${kind}:${[...keys].sort().join('|')}`;
    const group = groups.get(key) ?? { kind, sides: kind === 'within' ? [name(sides[0]!)] : sides.map(name), relations: [] };
    group.relations.push(relation);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], more, shown };
}

/** The country-level relations an actor-level one rolls up into: Putin —consult (phone)→ Maduro into Russia —consult (phone)→ Venezuela. */
export function countryRollups(relation: Relation, countryLevel: readonly Relation[]): Relation[] {
  return countryLevel.filter(
    (country) =>
      country.type === relation.type &&
      country.mode === relation.mode &&
      country.reported === relation.reported &&
      sideKey(country.sourceActor) === sideKey(relation.sourceActor) &&
      (country.targetActor && relation.targetActor ? sideKey(country.targetActor) === sideKey(relation.targetActor) : country.targetActor === relation.targetActor),
  );
}

/** A side of a relation by the country it acts for, else by itself (an actor no country is known for). */
function sideKey(end: RelationEnd): string {
  return end.country ? `country:${end.country}` : `entity:${end.id}`;
}

/** The name of a side's country: as the dossier names it (its country entity), else its common English name, else the actor's own name. */
function countryNamer(context: ReportContext): (end: RelationEnd) => string {
  const names = new Map<string, string>();
  for (const relation of context.dossier.relations) {
    for (const end of [relation.sourceActor, relation.targetActor]) if (end?.type === 'country' && end.country && !names.has(end.country)) names.set(end.country, end.name);
  }
  for (const entity of context.dossier.entities) if (entity.type === 'country' && entity.country && !names.has(entity.country)) names.set(entity.country, entity.name);
  return (end) => {
    if (!end.country) return end.name;
    if (!names.has(end.country)) names.set(end.country, loadCountries().find((country) => country.cca2 === end.country)?.name.common ?? end.name);
    return names.get(end.country)!;
  };
}

/**
 * How a relation that is not the writer's own statement of fact is labelled, so it never reads as one:
 * "asserted by the Kremlin", "planned", "denied"; null for a fact. A speaker is named as the articles
 * write it ("the Kremlin", not the entity Russia it acts for), else by its entity's name.
 */
export function describeManner(relation: Relation, entityName: (id: string) => string): string | null {
  if (relation.reported === 'fact') return null;
  if (relation.reported !== 'asserted') return relation.reported;
  const written = relation.evidence.flatMap((evidence) => (evidence.speaker ? [evidence.speaker.replace(/^The (?=\p{Lu})/u, 'the ')] : []));
  const speakers = written.length ? written : relation.assertedBy.map(entityName);
  const distinct = [...new Map(speakers.map((speaker) => [speaker.toLowerCase(), speaker])).values()];
  return distinct.length ? `asserted by ${distinct.join(', ')}` : 'asserted';
}

/** "consult (phone)", "support": the PLOVER type and its mode. */
export function describeAct(relation: Relation): string {
  return relation.mode ? `${relation.type} (${relation.mode})` : relation.type;
}

/** A sentence cut around the words that name the act, the words apart: what a report bolds or marks. */
export interface SentenceAroundTrigger {
  before: string;
  trigger: string;
  after: string;
}

/**
 * The evidence sentence split at its trigger ("Putin | spoke | with Maduro by phone"); with `around`, only
 * that many characters either side of it, cut at a word and marked "…". No trigger inside the sentence
 * (offsets that do not match its text): the whole sentence, nothing marked.
 */
export function splitAtTrigger(evidence: RelationEvidence, around = Infinity): SentenceAroundTrigger {
  const { text } = evidence;
  let start = evidence.trigger.start - evidence.start;
  if (text.slice(start, start + evidence.trigger.text.length) !== evidence.trigger.text) start = text.indexOf(evidence.trigger.text);
  if (!evidence.trigger.text.trim() || start < 0) return cut({ before: '', trigger: '', after: text }, around);
  const end = start + evidence.trigger.text.length;
  // "  seized " → "seized": emphasis must hug the words
  const leading = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const trailing = text.slice(start, end).length - text.slice(start, end).trimEnd().length;
  return cut({ before: text.slice(0, start + leading), trigger: text.slice(start + leading, end - trailing), after: text.slice(end - trailing) }, around);
}

function cut({ before, trigger, after }: SentenceAroundTrigger, around: number): SentenceAroundTrigger {
  if (before.length <= around && after.length <= around) return { before, trigger, after };
  const head = before.length > around ? `…${before.slice(before.length - around).replace(/^\S*\s+/, '')}` : before;
  const tail = after.length > around ? `${after.slice(0, around).replace(/\s+\S*$/, '')}…` : after;
  return { before: head, trigger, after: tail };
}
