export { readDataFile } from '../shared/data-files.ts';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/**
 * data/wordnet-concepts.json: per part of speech, lines "lemma concept concept…" sorted by lemma. A concept
 * is a WordNet 3.1 synset ("n04408223": letter of the part of speech, offset) or a lemma ("w:seize").
 */
export type WordnetConceptsFile = Record<PartOfSpeech, string>;

/** data/event-classes.json: event class → its trigger lemmas. */
export interface EventClassesFile {
  classes: Record<string, string[]>;
}

/** data/background-df.json: in how many of `documents` news documents each lemma occurs. */
export interface BackgroundDfFile {
  documents: number;
  df: Record<string, number>;
}

/** A table's own entry: a lemma such as "constructor" must not find Object.prototype's. */
export function entryOf<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
