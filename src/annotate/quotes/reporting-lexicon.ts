import { readDataFile } from '../../shared/data-files.ts';

/** How the content of a cue follows it. */
export type CueKind = 'speech' | 'thought' | 'evidence' | 'characterization' | 'phrase';

interface LexiconFile {
  speech: string[];
  thought: string[];
  evidence: string[];
  characterization: string[];
  takesObject: string[];
  phrases: string[];
  statementNouns: string[];
  personRoles: { male: string[]; female: string[]; any: string[] };
}

export interface ReportingLexicon {
  /** Lemma of a one-word verb → its kinds, most specific first ("say" → speech; "show" → evidence). */
  verbKinds: ReadonlyMap<string, readonly CueKind[]>;
  /** First lemma of a two-word verb → the particles that complete it ("point" → ["out"]). */
  particleVerbs: ReadonlyMap<string, readonly string[]>;
  /** Verbs whose hearer comes before the content: "told reporters that ...". */
  takesObject: ReadonlySet<string>;
  /** Phrases as word lists, by their first word, in the data file's order: "according" → [["according", "to"]]. */
  phrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Nouns that name a statement: "a Kremlin statement said", "the text continued". */
  statementNouns: ReadonlySet<string>;
  /** Role nouns a person is referred to by, with the gender they imply: "spokeswoman" → female. */
  roles: ReadonlyMap<string, 'male' | 'female' | null>;
}

let lexicon: ReportingLexicon | undefined;

/** data/reporting-verbs.json (see data/README.md), loaded once per process. */
export function loadReportingLexicon(): ReportingLexicon {
  if (lexicon) return lexicon;
  const data = readDataFile<LexiconFile>('reporting-verbs.json');
  const verbKinds = new Map<string, CueKind[]>();
  const particleVerbs = new Map<string, string[]>();
  const kinds: [CueKind, string[]][] = [
    ['characterization', data.characterization],
    ['speech', data.speech],
    ['evidence', data.evidence],
    ['thought', data.thought],
  ];
  for (const [kind, verbs] of kinds) {
    for (const verb of verbs) {
      const [first, particle] = verb.split(' ');
      if (particle) particleVerbs.set(first!, [...(particleVerbs.get(first!) ?? []), particle]);
      else verbKinds.set(verb, [...(verbKinds.get(verb) ?? []), kind]);
    }
  }
  const roles = new Map<string, 'male' | 'female' | null>();
  for (const role of data.personRoles.any) roles.set(role, null);
  for (const role of data.personRoles.male) roles.set(role, 'male');
  for (const role of data.personRoles.female) roles.set(role, 'female');
  lexicon = Object.freeze({
    verbKinds,
    particleVerbs,
    takesObject: new Set(data.takesObject),
    phrasesByFirstWord: groupByFirstWord(data.phrases.map((phrase) => phrase.split(' '))),
    statementNouns: new Set(data.statementNouns),
    roles,
  });
  return lexicon;
}

function groupByFirstWord(phrases: readonly string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const phrase of phrases) groups.set(phrase[0]!, [...(groups.get(phrase[0]!) ?? []), phrase]);
  return groups;
}
