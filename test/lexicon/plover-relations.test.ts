import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = join(ROOT, 'data/plover-relations.json');

interface Entry {
  lemma?: string;
  words?: string;
  pattern?: string;
  mode: string | null;
  frame?: string;
  particle?: string;
  prepositions?: string[];
  objectDecides?: boolean;
  context?: string;
  ambiguous?: boolean;
  note?: string;
}
interface RelationType {
  label: string;
  definition: string;
  citation: string;
  quadCode: string;
  ploverScore: number;
  requiresRecipient: boolean;
  modes: Record<string, { definition: string; citation: string }>;
  verbs: Entry[];
  nouns: Entry[];
  phrases: Entry[];
  objects?: Record<string, string[]>;
  objectContexts?: Record<string, string[]>;
}
interface PloverRelations {
  about: { title: string; licence: string; source: string[]; built: string };
  types: Record<string, RelationType>;
  auxiliaryModes: Record<string, { definition: string; cues: string[] }>;
  reporting: Record<string, { definition: string; cues: string[] }>;
  contexts: Record<string, string>;
}

const text = readFileSync(FILE, 'utf8');
const lexicon = JSON.parse(text) as PloverRelations;
const types = Object.entries(lexicon.types);
const entriesOf = (type: RelationType) => [...type.verbs, ...type.nouns, ...type.phrases];
const nameOf = (entry: Entry) => entry.pattern ?? entry.words ?? entry.lemma;

// issue 12: the 16 PLOVER event types, in the manual's order
const TYPES = [
  'agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'request',
  'accuse', 'reject', 'threaten', 'protest', 'sanction', 'mobilize', 'coerce', 'assault',
];
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

test('the file is what scripts/build-plover-relations.ts writes from the seeds (it cannot drift)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'plover-relations-'));
  try {
    const rebuilt = join(folder, 'plover-relations.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-plover-relations.ts', rebuilt], { cwd: ROOT, stdio: 'pipe' });
    assert.equal(text, readFileSync(rebuilt, 'utf8'), 'data/plover-relations.json is stale: run node --import tsx scripts/build-plover-relations.ts');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the file says where it comes from and under which licence', () => {
  assert.ok(lexicon.about.title);
  assert.match(lexicon.about.licence, /CC BY-SA 4\.0/);
  assert.match(lexicon.about.licence, /WordNet/);
  assert.ok(lexicon.about.source.some((source) => source.includes('openeventdata/PLOVER') && /[0-9a-f]{40}/.test(source)));
  assert.match(lexicon.about.built, /scripts\/build-plover-relations\.ts/);
});

test('all 16 PLOVER types, each with a definition, a citation, a quad code and a score', () => {
  assert.deepEqual(types.map(([name]) => name), TYPES);
  for (const [name, type] of types) {
    assert.ok(type.definition.length > 20, `${name}: definition`);
    assert.match(type.citation, /PLOVER/, `${name}: citation`);
    assert.ok(QUADS.includes(type.quadCode), `${name}: quad code ${type.quadCode}`);
    assert.equal(typeof type.ploverScore, 'number', `${name}: score`);
    assert.equal(typeof type.requiresRecipient, 'boolean', `${name}: requiresRecipient`);
    assert.equal(Math.sign(type.ploverScore), type.quadCode.endsWith('cooperation') ? 1 : -1, `${name}: score sign against quad`);
  }
});

test('every mode has a definition and a citation, and every mode named in an entry is defined under its type', () => {
  for (const [name, type] of types) {
    for (const [mode, about] of Object.entries(type.modes)) {
      assert.ok(about.definition && about.citation, `${name}/${mode}`);
    }
    for (const entry of entriesOf(type)) {
      if (entry.mode !== null) assert.ok(Object.hasOwn(type.modes, entry.mode), `${name}: "${nameOf(entry)}" names undefined mode ${entry.mode}`);
    }
    for (const mode of Object.keys(type.objects ?? {})) {
      assert.ok(mode === '-' || Object.hasOwn(type.modes, mode), `${name}: objects for undefined mode ${mode}`);
    }
  }
});

test('every mode but the structural sideAB has entries; every type has enough verbs and phrases', () => {
  const broad = new Set(['assault', 'coerce', 'consult', 'accuse', 'support', 'cooperate', 'aid', 'request']);
  for (const [name, type] of types) {
    const verbal = type.verbs.length + type.phrases.length;
    assert.ok(verbal >= (broad.has(name) ? 20 : 10), `${name}: ${verbal} verbs and phrases`);
    for (const mode of Object.keys(type.modes)) {
      if (mode === 'sideAB') continue;
      const count = entriesOf(type).filter((entry) => entry.mode === mode).length;
      assert.ok(count >= 3, `${name}/${mode}: ${count} entries`);
    }
  }
});

test('contexts named by entries and object lists are PLOVER contexts', () => {
  for (const [name, type] of types) {
    for (const entry of entriesOf(type)) {
      if (entry.context) assert.ok(Object.hasOwn(lexicon.contexts, entry.context), `${name}: "${nameOf(entry)}" context ${entry.context}`);
    }
    for (const context of Object.keys(type.objectContexts ?? {})) assert.ok(Object.hasOwn(lexicon.contexts, context), `${name}: ${context}`);
  }
});

test('an entry whose mode or type the object decides has an object list to decide it', () => {
  for (const [name, type] of types) {
    for (const entry of entriesOf(type)) {
      if (!entry.objectDecides) continue;
      assert.ok(type.objects || type.objectContexts, `${name}: "${nameOf(entry)}" is objectDecides but ${name} lists no objects`);
    }
  }
});

test('every verb and phrase pattern is well formed', () => {
  for (const [name, type] of types) {
    for (const entry of [...type.verbs, ...type.phrases]) {
      const pattern = entry.pattern ?? entry.words!;
      const placeholders = pattern.match(/\{[^}]*\}/g) ?? [];
      for (const placeholder of placeholders) assert.match(placeholder, /^\{(target|source|object)\}$/, `${name}: "${pattern}"`);
      assert.ok(placeholders.filter((placeholder) => placeholder === '{target}').length <= 1, `${name}: "${pattern}" has two targets`);
      assert.doesNotMatch(pattern, /[A-Z]|\s{2}|^\s|\s$/, `${name}: "${pattern}" should be lower-case lemmas`);
    }
    for (const verb of type.verbs) assert.ok(verb.frame && verb.pattern!.startsWith(verb.lemma!), `${name}: ${verb.pattern}`);
  }
});

test('no lemma and frame is listed under two types unless each is marked ambiguous with a note', () => {
  const keysOf: [string, (type: RelationType) => Entry[], (entry: Entry) => string][] = [
    ['verb', (type) => type.verbs, (entry) => [entry.lemma, entry.particle ?? '', entry.frame, (entry.prepositions ?? []).join('|')].join(' ')],
    ['noun', (type) => type.nouns, (entry) => entry.lemma!],
    ['phrase', (type) => type.phrases, (entry) => entry.words!],
  ];
  const problems: string[] = [];
  for (const [kind, list, keyOf] of keysOf) {
    const typesByKey = new Map<string, Map<string, Entry[]>>();
    for (const [name, type] of types) {
      for (const entry of list(type)) {
        const key = keyOf(entry);
        if (!typesByKey.has(key)) typesByKey.set(key, new Map());
        const byType = typesByKey.get(key)!;
        byType.set(name, [...(byType.get(name) ?? []), entry]);
      }
    }
    for (const [key, byType] of typesByKey) {
      if (byType.size < 2) continue;
      for (const [name, entries] of byType) {
        for (const entry of entries) if (!entry.ambiguous || !entry.note) problems.push(`${kind} "${key}" under ${[...byType.keys()].join(' and ')}: ${name} entry not marked`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every auxiliary mode and reporting kind has a definition and cues', () => {
  assert.deepEqual(Object.keys(lexicon.auxiliaryModes), ['negation', 'hypothetical', 'future', 'historical']);
  assert.deepEqual(Object.keys(lexicon.reporting), ['fact', 'asserted', 'alleged', 'denied', 'requested', 'planned', 'hypothetical']);
  for (const [name, about] of [...Object.entries(lexicon.auxiliaryModes), ...Object.entries(lexicon.reporting)]) {
    assert.ok(about.definition, name);
    assert.ok(about.cues.length >= 5, `${name}: cues`);
    assert.equal(new Set(about.cues).size, about.cues.length, `${name}: a cue listed twice`);
  }
});

test('the examples of issue 12 are read as the issue says', () => {
  const find = (type: string, mode: string | null, name: string) =>
    entriesOf(lexicon.types[type]!).some((entry) => entry.mode === mode && nameOf(entry) === name);
  const rows: [string, string | null, string, string][] = [
    ['consult', 'phone', 'speak by phone with {target}', 'a phone call between two leaders'],
    ['consult', 'phone', 'phone call', 'the noun'],
    ['coerce', 'seize', 'seize {target}', 'seizing a tanker'],
    ['coerce', 'seize', 'seizure', 'the noun'],
    ['mobilize', null, 'deploy {object}', 'deploying warships (the object decides the mode)'],
    ['accuse', 'disapprove', 'condemn {target}', 'condemning'],
    ['accuse', 'disapprove', 'condemnation', 'the noun'],
    ['request', null, 'ask {target} for {object}', 'asking for missiles (the object decides the mode)'],
    ['support', null, 'express solidarity with {target}', 'expressing solidarity'],
  ];
  for (const [type, mode, name, why] of rows) assert.ok(find(type, mode, name), `${type}/${mode}: "${name}" (${why})`);
  assert.ok(lexicon.types.mobilize!.objects!.weapons!.includes('warships'));
  assert.ok(lexicon.types.request!.objects!.assist!.includes('missiles'));
});
