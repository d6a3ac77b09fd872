import type { Conflict } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { foldText } from '../../shared/words.ts';
import { joinPairs, placeConflict, pairKey, type AlignedClauses } from './conflict-parts.ts';

/** "off the coast of Kestria", "off the Somali coast": the waters of one country. */
const COAST = /\boff\s+the\s+(?:coast|coasts|shores?)\s+of\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/u;
/** "near Tarrow Island", "in the Eastern Atlantic", "in the Gulf of Aden": a sea, a region or an island. */
const OPEN_WATER = /\b(?:in|near|off|across)\s+(?:the\s+)?((?:(?:Eastern|Western|Northern|Southern|North|South|East|West|Central)\s+)?(?:\p{Lu}[\p{L}'-]*\s+)?(?:Atlantic|Pacific|Indian Ocean|Arctic|Mediterranean|Caribbean|Baltic|Adriatic|Aegean|Sea|Ocean|Gulf|Bay|Strait|Channel|Island|Islands|Isle)(?:\s+of\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)?)/u;

interface Scene {
  kind: 'coast' | 'water';
  /** The country of a coast, the name of a sea or an island. */
  place: string;
  phrase: string;
}

/**
 * Statements of one deed that put it in two places that cannot both hold: "seized a Kestrian-flagged
 * cargo ship near Tarrow Island in the Eastern Atlantic" against "took control of the … cargo ship off
 * the coast of Kestria": open water or an island named by one, a country's coast by the other, neither
 * clause naming the other's place ("in the Gulf of Aden, off the coast of Somalia" says both). The two
 * must tell one deed: linked by the aligner, or one act (or act class) done to one kind of thing.
 */
export function findSceneConflicts(aligned: AlignedClauses, pairs: ReadonlyArray<readonly [number, number]>): Conflict[] {
  const { features, texts, scoreOf } = aligned;
  const textOf = ({ clause }: ClauseFeatures) => texts.get(clause.articleId)!.slice(clause.start, clause.end);
  const scenes = features.map((feature) => readScene(textOf(feature)));
  const withScene = features.map((_, index) => index).filter((index) => scenes[index] !== null);
  const candidates = new Map<string, readonly [number, number]>();
  for (const pair of pairs) if (scenes[pair[0]] && scenes[pair[1]]) candidates.set(pairKey(...pair), pair);
  withScene.forEach((a, i) => withScene.slice(i + 1).forEach((b) => {
    if (features[a]!.clause.articleId !== features[b]!.clause.articleId && (oneDeed(features[a]!, features[b]!) || tellOneDeed(scoreOf(a, b)))) candidates.set(pairKey(a, b), [a, b]);
  }));
  const disagreeing = [...candidates.values()].filter(([a, b]) => {
    const [sceneA, sceneB] = [scenes[a]!, scenes[b]!];
    if (sceneA.kind === sceneB.kind || (scoreOf(a, b).sharedEvents < 1 && !oneDeed(features[a]!, features[b]!) && !tellOneDeed(scoreOf(a, b)))) return false;
    const [coast, water] = sceneA.kind === 'coast' ? [a, b] : [b, a];
    // each clause names only its own place: "in the Gulf of Aden off the coast of Somalia" names both
    return !namesPlace(textOf(features[water]!), scenes[coast]!.place) && !namesPlace(textOf(features[coast]!), scenes[water]!.place);
  });
  return joinPairs(disagreeing, (index) => scenes[index]!.kind).map((members) =>
    placeConflict('scene', aligned, members, (index) => ({ side: scenes[index]!.kind, phrase: scenes[index]!.phrase })),
  );
}

/** Whether a text names a place as a word: "Kestria", not the "Kestrian" of "Kestrian-flagged". */
function namesPlace(text: string, place: string): boolean {
  const folded = foldText(place).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${folded}(?![\\p{L}])`, 'u').test(foldText(text));
}

/** The one scene a clause gives: a coast, or else open water or an island. */
function readScene(text: string): Scene | null {
  const coast = COAST.exec(text);
  if (coast) return { kind: 'coast', place: coast[1]!, phrase: coast[0] };
  const water = OPEN_WATER.exec(text);
  return water ? { kind: 'water', place: water[1]!, phrase: water[0] } : null;
}

/** Rare terms two clauses must share to tell one deed in other words: "took control of the Kestrian cargo ship Salt Meridian … on Tuesday" / "seized a Kestrian-flagged cargo ship … on Tuesday". */
const SHARED_RARE = 3;
const LEAST_SIMILARITY = 0.2;

function tellOneDeed(score: { similarity: number; sharedRare: number }): boolean {
  return score.sharedRare >= SHARED_RARE && score.similarity >= LEAST_SIMILARITY;
}

/** One deed: one act or act class done to one kind of thing ("seized a … cargo ship" / "took control of the … cargo ship"). */
function oneDeed(a: ClauseFeatures, b: ClauseFeatures): boolean {
  const [actA, actB] = [a.roles.act, b.roles.act];
  if (!actA || !actB || !a.roles.target || !b.roles.target || a.roles.negated || b.roles.negated) return false;
  const sameAct = actA.lemma === actB.lemma || (actA.eventClass !== null && actA.eventClass === actB.eventClass);
  return sameAct && a.roles.target.head === b.roles.target.head;
}
