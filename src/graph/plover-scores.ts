import type { RelationType } from '../model/index.ts';
import { ploverTypeOf } from '../shared/plover-relations-file.ts';

export interface PloverScore {
  /** POLECAT's Intensity: the type's PLOVER score, negative for conflict, positive for cooperation (coerce -7.2, aid 7.4). */
  intensity: number;
  /** POLECAT's Quad Code: "VERBAL COOPERATION", "MATERIAL CONFLICT", …. */
  quadCode: string;
}

/** The intensity and quad code of a PLOVER type (data/plover-relations.json). */
export function ploverScoreOf(type: RelationType): PloverScore | null {
  const entry = ploverTypeOf(type);
  return entry ? { intensity: entry.ploverScore, quadCode: entry.quadCode.toUpperCase() } : null;
}
