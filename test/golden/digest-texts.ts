import { createHash } from 'node:crypto';

/** A text a fixture may not hold (the seeds' articles), as what tells one text from another. */
export interface TextDigest {
  length: number;
  sha1: string;
}

export function digestText(text: string): TextDigest {
  return { length: text.length, sha1: createHash('sha1').update(text).digest('hex') };
}

/** Longer than the excerpts that message reasons quote (60 characters and an ellipsis). */
export const LONGEST_KEPT_TEXT = 61;

/**
 * The same JSON with every string longer than `LONGEST_KEPT_TEXT` as a digest, except message reasons:
 * spans, names, types, values and reasons stay readable, whole sentences and bodies do not.
 */
export function digestLongTexts(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return value.length > LONGEST_KEPT_TEXT && key !== 'reason' ? digestText(value) : value;
  if (Array.isArray(value)) return value.map((item) => digestLongTexts(item));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, digestLongTexts(item, name)]));
  return value;
}
