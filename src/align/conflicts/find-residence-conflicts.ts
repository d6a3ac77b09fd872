import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue, EntityMention, LinkedEntities } from '../../model/index.ts';
import { foldText } from '../../shared/words.ts';
import { readDataFile } from '../../shared/data-files.ts';
import { addClaim, personKey, sentenceAround } from './person-claims.ts';

/**
 * Where a person lives, as news introduces people: "Anthony LaSalle, 36, of Bloomington", "Raj Chohan,
 * who lived in South Ozone Park", "Chohan, who lived half a mile away in South Ozone Park". The place is
 * one to four capitalised words; "of the Associated Press" (lower case) is no home.
 */
const HOME_AFTER_NAME = /^,\s*(?:(?:\d{1,3}|aged \d{1,3}),\s*)?(?:of|who lived (?:[^,.]{0,40}?\s)?in|who lives (?:[^,.]{0,40}?\s)?in)\s+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})/u;
/** Capitalised words after "of" that name a body, not a home: "Mark Roesler, of CMG Worldwide". */
const BODY_WORDS = /\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|University|College|School|Institute|Center|Centre|Department|Ministry|Agency|Association|Foundation|Worldwide|Group|Hospital|Police|Office|Bureau|Council|Committee|Party|Club|News|Press|Times|Post|Magazine)\b/;

/** Entity types a home is told of: persons, and names the annotator left untyped. */
const PERSON_LIKE = new Set(['person', 'other']);

interface HomeClaim {
  articleId: string;
  place: string;
  start: number;
  end: number;
}

/**
 * Outlets that give one person different homes: "LaSalle, 36, of Bloomington" against "LaSalle, 36, of
 * Minneapolis". A home that names the other ("of Burnsville" and "of Burnsville, Minn.") agrees with
 * it; an article that gives a person two homes says nothing the others can contradict.
 */
export function findResidenceConflicts(articles: readonly Article[], entities: LinkedEntities): Conflict[] {
  const typeOf = new Map(entities.entities.map((entity) => [entity.id, entity.type]));
  const byPerson = new Map<string, HomeClaim[]>();
  for (const article of articles) {
    const homes = new Map<string, HomeClaim[]>();
    for (const mention of article.mentions) {
      // a name the annotator could not type ("LuAnn Marie Johnson, 66, of Burnsville") is read as a person's
      if (mention.type !== 'person' && mention.type !== 'other') continue;
      const entityId = entities.idOf(article.id, mention.entityKey);
      if (!PERSON_LIKE.has((entityId && typeOf.get(entityId)) || mention.type)) continue;
      const place = homeAfter(mention, article);
      if (!place) continue;
      const person = personKey(mention.name);
      const sentence = sentenceAround(article, mention);
      homes.set(person, [...(homes.get(person) ?? []), { articleId: article.id, place, start: sentence.start, end: sentence.end }]);
    }
    for (const [person, claims] of homes) {
      if (new Set(claims.map((claim) => foldText(claim.place))).size === 1) byPerson.set(person, [...(byPerson.get(person) ?? []), claims[0]!]);
    }
  }
  // "LaSalle, of Bloomington" is the only LaSalle given a first name: "Anthony LaSalle"
  for (const [person, claims] of [...byPerson]) {
    if (person.includes(' ')) continue;
    const fuller = [...byPerson.keys()].filter((key) => key.endsWith(` ${person}`));
    if (fuller.length !== 1) continue;
    byPerson.set(fuller[0]!, [...byPerson.get(fuller[0]!)!, ...claims]);
    byPerson.delete(person);
  }
  const conflicts: Conflict[] = [];
  for (const [person, claims] of byPerson) {
    const values = new Map<string, ConflictValue>();
    for (const claim of claims) {
      const key = [...values.keys()].find((place) => oneHome(place, claim.place)) ?? claim.place;
      addClaim(values, key, { ...claim, value: claim.place }, articles);
    }
    // "of Queens" beside "of South Ozone Park" says less, not otherwise: the wider home is left out
    for (const place of [...values.keys()]) if ([...values.keys()].some((other) => other !== place && mayHold(place, other))) values.delete(place);
    if (values.size < 2) continue;
    const name = personName(claims, articles) ?? person;
    conflicts.push({
      id: `c${createHash('sha1').update(`home ${person} ${[...values.keys()].join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'place',
      about: `where ${name} lives`,
      factId: null,
      values: [...values.values()],
    });
  }
  return conflicts;
}

/** The home said right after a person's name, if any. */
function homeAfter(mention: EntityMention, article: Article): string | null {
  const match = HOME_AFTER_NAME.exec(article.text.slice(mention.end, mention.end + 80));
  if (!match) return null;
  const place = match[1]!.replace(/[.,]+$/, '');
  const placeStart = mention.end + match[0].length - match[1]!.length;
  const named = article.mentions.find((other) => other.start <= placeStart && other.end > placeStart);
  // "of College Point": a name the annotator read as a place is a home, whatever words it is made of
  if (named?.type === 'place' || named?.type === 'country') return place;
  if (BODY_WORDS.test(place)) return null;
  return named?.type === 'organization' || named?.type === 'person' ? null : place;
}

/** "Burnsville" and "Burnsville, Minn.", "New York" and "New York City", "Bruce Township" and "Macomb County's Bruce Township": one names the other. */
function oneHome(a: string, b: string): boolean {
  const [foldedA, foldedB] = [foldText(a), foldText(b)];
  return foldedA.startsWith(foldedB) || foldedB.startsWith(foldedA) || foldedA.endsWith(` ${foldedB}`) || foldedB.endsWith(` ${foldedA}`);
}

interface PlaceEntry {
  name: string;
  partOf?: string;
}

/** What the gazetteers say of places that hold others: states and provinces, boroughs and the cities they are part of. */
interface PlaceLevels {
  /** Cities the gazetteer knows, folded ("minneapolis"). */
  cities: Set<string>;
  /** States and provinces, folded. */
  subdivisions: Set<string>;
  /** States, provinces, boroughs and the cities with boroughs: places that hold towns or neighbourhoods. */
  holders: Set<string>;
  /** A borough → its city: "queens" → "new york city". */
  partOf: Map<string, string>;
}

let placeLevels: PlaceLevels | null = null;

function readPlaceLevels(): PlaceLevels {
  if (placeLevels) return placeLevels;
  const cities = readDataFile<{ cities: PlaceEntry[] }>('cities.json').cities;
  const subdivisions = readDataFile<{ subdivisions: PlaceEntry[] }>('subdivisions.json').subdivisions;
  const partOf = new Map(cities.filter((city) => city.partOf).map((city) => [foldText(city.name), foldText(city.partOf!)]));
  placeLevels = {
    cities: new Set(cities.map((city) => foldText(city.name))),
    subdivisions: new Set(subdivisions.map((place) => foldText(place.name))),
    holders: new Set([...subdivisions.map((place) => foldText(place.name)), ...partOf.keys(), ...partOf.values()]),
    partOf,
  };
  return placeLevels;
}

/**
 * Whether a home may hold another: "of Queens" holds "of South Ozone Park" (a borough holds neighbourhoods
 * no gazetteer lists), "of California" holds "of Malibu", "of New York City" holds "of Queens". A town does
 * not hold another ("of Bloomington" and "of Minneapolis"), nor a neighbourhood ("South Ozone Park" and
 * "College Point").
 */
function mayHold(outer: string, inner: string): boolean {
  const { cities, subdivisions, holders, partOf } = readPlaceLevels();
  const [foldedOuter, foldedInner] = [foldText(outer), foldText(inner)];
  if (partOf.get(foldedInner) === foldedOuter) return true;
  // a state may hold any town; a borough or a city of boroughs, a place the gazetteer does not know
  return holders.has(foldedOuter) && !holders.has(foldedInner) && (subdivisions.has(foldedOuter) || !cities.has(foldedInner));
}

/** The name as the first article that gives the person a home writes it. */
function personName(claims: readonly HomeClaim[], articles: readonly Article[]): string | null {
  const [first] = claims;
  const article = articles.find((candidate) => candidate.id === first?.articleId);
  const mention = article?.mentions.find((candidate) => candidate.start >= first!.start && candidate.end <= first!.end && homeAfter(candidate, article));
  return mention?.name ?? null;
}
