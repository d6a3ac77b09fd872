import type { RelationType } from '../model/index.ts';
import { readDataFile } from '../shared/data-files.ts';
import { readPloverRelationsFile, type PloverTypeEntry } from '../shared/plover-relations-file.ts';

/** How a verb entry's words stand around its actors (data/plover-relations.md, "Verbs"). */
export type VerbFrame =
  | 'source-verb-target' | 'source-verb-object' | 'source-verb-prep-target' | 'source-verb-object-prep-target' | 'source-verb'
  | 'source-verb-prep-object' | 'source-verb-target-prep-object' | 'source-verb-target-object' | 'target-verb-source';

/** What a verb, noun or phrase of the lexicon says when it names an act. */
interface EntryBase {
  type: RelationType;
  mode: string | null;
  context?: string;
  /** The type (or mode) holds only when the object is one of the type's objects: "ask for weapons" is request/assist. */
  objectDecides?: boolean;
  /** "agree with", "meet": both actors do it, so either direction reads. */
  reciprocal?: boolean;
  /** The same words name another type too ("a call with" CONSULT, "a call for" REQUEST): read only when the preposition tells. */
  ambiguous?: boolean;
  /** Prepositions that bring in the object: "ask for {object}", "a call for talks". */
  objectPrepositions?: string[];
}

export interface VerbEntry extends EntryBase {
  lemma: string;
  frame: VerbFrame;
  /** "crack down on": the particle right after the verb. */
  particle?: string;
  /** Prepositions that bring in the target ("meet with {target}") or the object ("ask for {object}"). */
  prepositions?: string[];
}

export interface NounEntry extends EntryBase {
  lemma: string;
  /** What an of-phrase names: the target ("the seizure of the tanker"), the source ("the resignation of the minister"), or neither. */
  of: 'target' | 'source' | null;
  prepositions?: string[];
}

/** A multiword pattern: "express solidarity with {target}", "detain {target} without trial". */
export interface PhraseEntry extends EntryBase {
  /** Its words as lemmas and slots, in order: ["express", "solidarity", "with", "{target}"]. */
  words: string[];
}

interface TypeDefinition extends PloverTypeEntry {
  verbs: Array<Omit<VerbEntry, 'type'>>;
  nouns: Array<Omit<NounEntry, 'type'>>;
  phrases: Array<Omit<PhraseEntry, 'type' | 'words'> & { words: string }>;
  /** Per mode (or "-" for the type alone), the object nouns that decide it. */
  objects?: Record<string, string[]>;
  /** Per PLOVER context, the object words that imply it: military → weapons, arms, ... */
  objectContexts?: Record<string, string[]>;
}

interface PloverRelationsFile {
  types: Record<RelationType, TypeDefinition>;
  auxiliaryModes: Record<'hypothetical' | 'future' | 'historical', { cues: string[] }>;
  reporting: Record<string, { cues: string[] }>;
}

export interface PloverLexicon {
  verbs: ReadonlyMap<string, readonly VerbEntry[]>;
  nouns: ReadonlyMap<string, readonly NounEntry[]>;
  /** Phrases by their first word's lemma. */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Per type, per mode ("-" for the type alone), the object words (lower case, one or more words). */
  objects: ReadonlyMap<RelationType, ReadonlyMap<string, ReadonlySet<string>>>;
  /** Per type and object word, the PLOVER context it implies ("nuclear" → cbrn). */
  objectContexts: ReadonlyMap<RelationType, ReadonlyMap<string, string>>;
  /** Verbs of saying (data/reporting-verbs.json): "said", "declared", "reiterated" before what someone must do. */
  speechVerbs: ReadonlySet<string>;
  /** Cues of PLOVER's auxiliary modes and of the ways a relation is reported, as lower-case word sequences. */
  cues: Readonly<Record<'hypothetical' | 'future' | 'historical' | 'alleged' | 'denied' | 'requested' | 'planned', readonly string[][]>>;
}

let loaded: PloverLexicon | undefined;

/** data/plover-relations.json, read once into lookups by lemma. */
export function loadPloverLexicon(): PloverLexicon {
  if (loaded) return loaded;
  const file = readPloverRelationsFile<PloverRelationsFile>();
  const verbs = new Map<string, VerbEntry[]>();
  const nouns = new Map<string, NounEntry[]>();
  const phrases = new Map<string, PhraseEntry[]>();
  const objects = new Map<RelationType, Map<string, Set<string>>>();
  const objectContexts = new Map<RelationType, Map<string, string>>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const [name, definition] of Object.entries(file.types) as Array<[RelationType, TypeDefinition]>) {
    for (const verb of definition.verbs) push(verbs, verb.lemma, { ...verb, type: name });
    for (const noun of definition.nouns) push(nouns, noun.lemma, { ...noun, type: name });
    for (const phrase of definition.phrases) {
      const words = phrase.words.toLowerCase().split(/\s+/);
      push(phrases, words[0]!, { ...phrase, type: name, words });
    }
    objects.set(name, new Map(Object.entries(definition.objects ?? {}).map(([mode, words]) => [mode, new Set(words.map((word) => word.toLowerCase()))])));
    objectContexts.set(name, new Map(Object.entries(definition.objectContexts ?? {}).flatMap(([context, words]) => words.map((word): [string, string] => [word.toLowerCase(), context]))));
  }
  const cueWords = (cues: readonly string[]) => cues.map((cue) => cue.toLowerCase().split(/\s+/));
  loaded = {
    speechVerbs: new Set(readDataFile<{ speech: string[] }>('reporting-verbs.json').speech),
    verbs,
    nouns,
    phrases,
    objects,
    objectContexts,
    cues: {
      hypothetical: cueWords(file.auxiliaryModes.hypothetical.cues),
      future: cueWords(file.auxiliaryModes.future.cues),
      historical: cueWords(file.auxiliaryModes.historical.cues),
      alleged: cueWords(file.reporting['alleged']?.cues ?? []),
      denied: cueWords(file.reporting['denied']?.cues ?? []),
      requested: cueWords(file.reporting['requested']?.cues ?? []),
      planned: cueWords(file.reporting['planned']?.cues ?? []),
    },
  };
  return loaded;
}
