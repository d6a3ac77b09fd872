import type { RelationType } from '../model/index.ts';
import { readDataFile } from './data-files.ts';

/** PLOVER's quad code of an event type: verbal or material, cooperation or conflict. */
export type QuadCode = 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';

/** What every reader of data/plover-relations.json takes from a type (see data/plover-relations.md); the relate stage reads the rest. */
export interface PloverTypeEntry {
  quadCode: QuadCode;
  /** The PLOVER score: negative for conflict, positive for cooperation (coerce -7.2, aid 7.4). */
  ploverScore: number;
}

let file: { types: Record<RelationType, PloverTypeEntry> } | undefined;

/**
 * data/plover-relations.json, parsed once per process for the relate stage (its lexicon), the graph (POLECAT's
 * Intensity and Quad Code) and the report (an edge's colour by quad code).
 */
export function readPloverRelationsFile<T extends { types: Record<RelationType, PloverTypeEntry> }>(): T {
  file ??= readDataFile<{ types: Record<RelationType, PloverTypeEntry> }>('plover-relations.json');
  return file as T;
}

/** The quad code and PLOVER score of a type, or null for a type the file lacks. */
export function ploverTypeOf(type: RelationType): PloverTypeEntry | null {
  return Object.hasOwn(readPloverRelationsFile().types, type) ? readPloverRelationsFile().types[type] : null;
}
