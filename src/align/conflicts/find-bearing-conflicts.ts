import type { Conflict } from '../../model/index.ts';
import { foldText } from '../../shared/words.ts';
import { joinPairs, placeConflict, type AlignedClauses } from './conflict-parts.ts';

/** "150 nautical miles east of Aden", "north-west of the capital": a bearing from a named place. */
const BEARING = /\b((?:[Nn]orth|[Ss]outh)(?:-?(?:east|west))?|[Ee]ast|[Ww]est)(?:ern)?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/gu;

interface Bearing {
  direction: string;
  place: string;
  phrase: string;
}

/**
 * Aligned statements that put one event on different sides of one place: "around 150 nautical miles
 * east of Aden" against "150 nautical miles west of Aden". Each clause must give one bearing from that
 * place; two bearings from different places ("east of Aden", "south of Yemen") are not compared.
 */
export function findBearingConflicts(aligned: AlignedClauses, pairs: ReadonlyArray<readonly [number, number]>): Conflict[] {
  const { features, texts } = aligned;
  const bearings = features.map(({ clause }) => soleBearing(texts.get(clause.articleId)!.slice(clause.start, clause.end)));
  const disagreeing = pairs.filter(([a, b]) => {
    const [bearingA, bearingB] = [bearings[a], bearings[b]];
    return bearingA && bearingB && bearingA.place === bearingB.place && bearingA.direction !== bearingB.direction;
  });
  return joinPairs(disagreeing, (index) => bearings[index]!.direction).map((members) =>
    placeConflict('bearing', aligned, members, (index) => ({ side: bearings[index]!.phrase, phrase: bearings[index]!.phrase })),
  );
}

/** The one bearing a clause gives, or null when it gives none or several. */
function soleBearing(text: string): Bearing | null {
  const found = [...text.matchAll(BEARING)].map((match) => ({ direction: match[1]!.toLowerCase().replace('-', ''), place: foldText(match[2]!), phrase: match[0] }));
  return found.length === 1 ? found[0]! : null;
}
