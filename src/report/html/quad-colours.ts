import type { RelationType } from '../../model/index.ts';
import { readDataFile } from '../../shared/data-files.ts';

/** PLOVER's quad code of an event type: verbal or material, cooperation or conflict. */
export type QuadCode = 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';

/**
 * An edge's colour by quad code, from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
 * which readers with any common colour blindness tell apart: blues for cooperation, oranges for conflict,
 * the lighter of each for words, the darker for deeds.
 */
export const QUAD_COLOURS: Readonly<Record<QuadCode, string>> = Object.freeze({
  'verbal cooperation': '#56B4E9',
  'material cooperation': '#0072B2',
  'verbal conflict': '#E69F00',
  'material conflict': '#D55E00',
});

/** A type the lexicon gives no quad code. */
export const UNCODED_COLOUR = '#888888';

interface PloverRelationsFile {
  types: Record<string, { quadCode: QuadCode }>;
}

let quadCodes: ReadonlyMap<string, QuadCode> | undefined;

/** The quad code data/plover-relations.json gives the type (PLOVER 0.8, "Quad codes"); null for a type it lacks. */
export function quadCodeOf(type: RelationType): QuadCode | null {
  quadCodes ??= new Map(Object.entries(readDataFile<PloverRelationsFile>('plover-relations.json').types).map(([name, entry]) => [name, entry.quadCode]));
  return quadCodes.get(type) ?? null;
}
