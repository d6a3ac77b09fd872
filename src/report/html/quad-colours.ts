import type { RelationType } from '../../model/index.ts';
import { ploverTypeOf, type QuadCode } from '../../shared/plover-relations-file.ts';

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

/** The quad code data/plover-relations.json gives the type (PLOVER 0.8, "Quad codes"); null for a type it lacks. */
export function quadCodeOf(type: RelationType): QuadCode | null {
  return ploverTypeOf(type)?.quadCode ?? null;
}
