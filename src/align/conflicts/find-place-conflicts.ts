import { createHash } from 'node:crypto';
import type { Article, Conflict, ConflictValue, EntityMention, LinkedEntities, Token } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, type AlignedClauses } from './conflict-parts.ts';

/** Goods a route is told of: "sanctioned oil", "Venezuelan crude", "a shipment of weapons". */
const CARGO_NOUNS = new Set(['oil', 'crude', 'fuel', 'gas', 'petroleum', 'diesel', 'gasoline', 'cargo', 'shipment', 'grain', 'wheat', 'weapon', 'arm', 'ammunition', 'drug', 'cocaine', 'goods', 'export', 'import']);
/**
 * Verbs that move something along a route: "carrying sanctioned oil to Iran", "transported oil from Venezuela".
 * Not "move": "moved to Florida" and "moved to California" are a person's homes over the years.
 */
const ROUTE_VERBS = new Set(['carry', 'transport', 'ship', 'smuggle', 'load', 'export', 'import', 'deliver', 'send', 'sail', 'head', 'bind', 'destine', 'bring', 'traffic']);
/** "from Venezuela" says where it came from; "to Iran", "bound for China", "towards Cuba" where it went. */
const ORIGIN_WORDS = new Set(['from']);
const DESTINATION_WORDS = new Set(['to', 'for', 'toward', 'towards', 'into']);
/** Words a route may run over between its verb or cargo and its place: "carrying sanctioned oil to". */
const MAX_ROUTE_GAP = 6;

type Role = 'origin' | 'destination';

/** What one article says of a route: the places by role, and the phrase that says it. */
interface RouteClaim {
  articleId: string;
  feature: ClauseFeatures;
  places: Record<Role, Map<string, string>>;
  phrase: string;
}

/**
 * Aligned statements that send the same goods along different routes: "transported sanctioned oil from
 * Venezuela and Iran" against "allegedly carrying sanctioned oil to Iran" (Iran the source in one, the
 * destination in the other), or "loaded with Venezuelan crude" against "oil from Iran" (different
 * sources). A route that only adds a place ("from Venezuela" and "from Venezuela and Iran") is a
 * difference of precision, not a conflict.
 */
export function findPlaceConflicts({ features, factIdOf, texts }: AlignedClauses, units: readonly (readonly number[])[], articles: readonly Article[], entities: LinkedEntities): Conflict[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  // a clause may lie in a statement group and in event groups: its route is read once
  const routes = new Map<number, RouteClaim | null>();
  const routeOf = (index: number) => {
    if (!routes.has(index)) routes.set(index, readRouteClaim(features[index]!, byId.get(features[index]!.clause.articleId)!, entities));
    return routes.get(index)!;
  };
  for (const unit of units) {
    const claims = unit.map(routeOf).filter((claim): claim is RouteClaim => claim !== null);
    const disagreeing = claims.filter((claim) => claims.some((other) => other.articleId !== claim.articleId && routesDisagree(claim, other)));
    if (new Set(disagreeing.map((claim) => claim.articleId)).size < 2) continue;
    const key = disagreeing.map((claim) => `${claim.articleId}:${claim.feature.clause.start}`).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const values = new Map<string, ConflictValue>();
    for (const claim of disagreeing) addToValue(values, claim.phrase, claim.feature, texts);
    const [first] = disagreeing;
    conflicts.push({
      id: `c${createHash('sha1').update(`place ${key}`).digest('hex').slice(0, 10)}`,
      kind: 'place',
      about: `where it came from or went: ${first!.phrase}`,
      factId: factIdOf(unit),
      values: [...values.values()],
    });
  }
  return conflicts;
}

/** Disjoint sources, disjoint destinations, or one place given as source by one and destination by the other. */
function routesDisagree(a: RouteClaim, b: RouteClaim): boolean {
  const disjoint = (x: ReadonlyMap<string, string>, y: ReadonlyMap<string, string>) => x.size > 0 && y.size > 0 && [...x.keys()].every((place) => !y.has(place));
  const reversed = (x: RouteClaim, y: RouteClaim) => [...x.places.origin.keys()].some((place) => y.places.destination.has(place) && !x.places.destination.has(place) && !y.places.origin.has(place));
  return disjoint(a.places.origin, b.places.origin) || disjoint(a.places.destination, b.places.destination) || reversed(a, b) || reversed(b, a);
}

/** The route a clause tells of, if any: places after "from"/"to" near a moving verb or a cargo, and "Venezuelan crude". */
function readRouteClaim(feature: ClauseFeatures, article: Article, entities: LinkedEntities): RouteClaim | null {
  const { words } = feature.clause;
  const placeAt = new Map<number, EntityMention>();
  for (const index of feature.clause.layer.mentions) {
    const mention = article.mentions[index]!;
    if (mention.type === 'country' || mention.type === 'place') placeAt.set(mention.start, mention);
  }
  if (!placeAt.size) return null;
  const places: RouteClaim['places'] = { origin: new Map(), destination: new Map() };
  let phraseStart = Infinity;
  let phraseEnd = -1;
  const take = (role: Role, mention: EntityMention, from: number) => {
    const id = entities.idOf(article.id, mention.entityKey) ?? mention.entityKey;
    places[role].set(id, mention.name);
    phraseStart = Math.min(phraseStart, from);
    phraseEnd = Math.max(phraseEnd, mention.end);
  };
  words.forEach((word, index) => {
    const mention = placeAt.get(word.start);
    // "Venezuelan crude": a demonym before a cargo names where the goods come from
    if (mention && mention.end === word.end && CARGO_NOUNS.has(words[index + 1]?.lemma ?? '')) take('origin', mention, word.start);
    if (!isCargo(word) && !(word.pos === 'VERB' && ROUTE_VERBS.has(word.lemma))) return;
    for (let cursor = index + 1; cursor < words.length && cursor <= index + MAX_ROUTE_GAP; cursor++) {
      const preposition = words[cursor]!;
      const role: Role | null = ORIGIN_WORDS.has(preposition.lemma) ? 'origin' : DESTINATION_WORDS.has(preposition.lemma) ? 'destination' : null;
      if (!role) continue;
      const named = readPlaceList(words, cursor + 1, placeAt);
      for (const place of named) take(role, place, word.start);
      if (named.length) break;
    }
  });
  if (!places.origin.size && !places.destination.size) return null;
  return { articleId: article.id, feature, places, phrase: article.text.slice(phraseStart, phraseEnd) };
}

/** "Venezuela and Iran", "the United States": the places named from a word on, joined by "and", "or" and commas. */
function readPlaceList(words: readonly Token[], from: number, placeAt: ReadonlyMap<number, EntityMention>): EntityMention[] {
  const named: EntityMention[] = [];
  let cursor = from;
  if (words[cursor]?.lemma === 'the') cursor++;
  while (cursor < words.length) {
    const mention = placeAt.get(words[cursor]!.start);
    if (!mention) break;
    named.push(mention);
    while (cursor < words.length && words[cursor]!.start < mention.end) cursor++;
    if (!/^(and|or|,)$/.test(words[cursor]?.text ?? '')) break;
    cursor++;
    if (words[cursor]?.lemma === 'the') cursor++;
  }
  return named;
}

function isCargo(word: Token | undefined): boolean {
  return word !== undefined && word.pos === 'NOUN' && CARGO_NOUNS.has(word.lemma);
}
