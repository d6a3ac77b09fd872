import { readDataFile } from '../../shared/data-files.ts';

interface LexiconFile {
  hedges: string[];
  loaded: Record<string, string[]>;
  notTerms: string[];
  alsoNames: string[];
}

/** The category every hedge gets in a FramingTerm. */
export const HEDGE = 'hedge';

/** One entry, as the words it is written in: "is said to" → ["is", "said", "to"]. */
export interface LexiconEntry {
  term: string;
  words: readonly string[];
  /** `hedge`, a loaded category (`pejorative-label`, `euphemism`…), or null for a phrase that is no term. */
  category: string | null;
}

export interface FramingLexicon {
  /** Entries by their first word, longest first: "regime" → ["regime change", "regime"]. */
  entriesByFirstWord: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Words that, written with a capital, are a name even at the start of a sentence ("May 5", "Theresa May"). */
  alsoNames: ReadonlySet<string>;
}

let lexicon: FramingLexicon | undefined;

/** data/framing-lexicon.json (see data/README.md), compiled once per process into a lookup by first word. */
export function loadFramingLexicon(): FramingLexicon {
  if (lexicon) return lexicon;
  const data = readDataFile<LexiconFile>('framing-lexicon.json');
  const entries: LexiconEntry[] = [
    ...data.hedges.map((term) => toEntry(term, HEDGE)),
    ...Object.entries(data.loaded).flatMap(([category, terms]) => terms.map((term) => toEntry(term, category))),
    ...data.notTerms.map((term) => toEntry(term, null)),
  ];
  const entriesByFirstWord = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const first = entry.words[0]!;
    entriesByFirstWord.set(first, [...(entriesByFirstWord.get(first) ?? []), entry]);
  }
  for (const list of entriesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  lexicon = Object.freeze({ entriesByFirstWord, alsoNames: new Set(data.alsoNames) });
  return lexicon;
}

function toEntry(term: string, category: string | null): LexiconEntry {
  return Object.freeze({ term, words: Object.freeze(foldWord(term).split(' ')), category });
}

/** How a word is looked up: lower case, curly apostrophe straight ("Couldn’t" → "couldn't"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // most words hold no curly apostrophe: they are spared the replace
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}
