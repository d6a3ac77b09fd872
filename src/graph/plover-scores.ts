import type { RelationType } from '../model/index.ts';
import { readDataFile } from '../shared/data-files.ts';

/** What data/plover-relations.json says of each type that POLECAT carries per event. */
interface PloverTypeFile {
  types: Record<RelationType, { label: string; quadCode: string; ploverScore: number }>;
}

export interface PloverScore {
  /** POLECAT's Intensity: the type's PLOVER score, negative for conflict, positive for cooperation (coerce -7.2, aid 7.4). */
  intensity: number;
  /** POLECAT's Quad Code: "VERBAL COOPERATION", "MATERIAL CONFLICT", …. */
  quadCode: string;
}

let scores: Map<RelationType, PloverScore> | undefined;

/** The intensity and quad code of a PLOVER type (data/plover-relations.json, read once). */
export function ploverScoreOf(type: RelationType): PloverScore | null {
  scores ??= new Map(
    Object.entries(readDataFile<PloverTypeFile>('plover-relations.json').types).map(([name, entry]) => [
      name as RelationType,
      { intensity: entry.ploverScore, quadCode: entry.quadCode.toUpperCase() },
    ]),
  );
  return scores.get(type) ?? null;
}
