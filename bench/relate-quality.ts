/**
 * Relation quality on the PLOVER gold-standard records (shared/data/relations/plover-gsr.dev.jsonl, see
 * its README.md): each distinct sentence is read alone (ingest → clean → annotate → entities → relate)
 * and scored as the README's scorer does: type accuracy (the sentence has some relation of the gold
 * type), full match (type, a source matching a gold source and, when the gold has one, a target matching
 * a gold target; reciprocal records either way), precision (relations that fully match a gold record of
 * their sentence over all relations), recall and full-match F1. Beside it, in the same run, a baseline:
 * the first verb of the lexicon in the sentence, its first actor before and after.
 *
 *   node --import tsx bench/relate-quality.ts [--misses N] [--file PATH]
 *
 * `--file bench/relate-probes.jsonl` scores the same way 100 news-style sentences written for Triangulate (not
 * from the GSR), each with the relation a reader takes from it: a check that rules made on the GSR carry to other
 * phrasings. Their actors are plain strings, matched as the GSR's are.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotateArticle } from '../src/annotate/index.ts';
import { mergeEntities } from '../src/cluster/merge-entities.ts';
import type { Article, Entity, Relation } from '../src/model/index.ts';
import { extractArticleFromBytes } from '../src/pipeline.ts';
import { relateActors } from '../src/relate/index.ts';
import { loadPloverLexicon } from '../src/relate/plover-lexicon.ts';

interface GoldActor {
  text: string;
  code: string;
}
interface GoldRecord {
  id: string;
  text: string;
  type: string;
  mode: string | null;
  sources: GoldActor[];
  targets: GoldActor[];
  reciprocal: boolean;
}
interface Predicted {
  level?: string;
  type: string;
  mode: string | null;
  sourceNames: string[];
  targetNames: string[] | null;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const shared = process.env.TRIANGULATE_SHARED ?? path.resolve(import.meta.dirname, '../../shared');
const file = option('--file') ?? path.join(shared, 'data/relations/plover-gsr.dev.jsonl');
const showMisses = Number(option('--misses') ?? 0);
const records: GoldRecord[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoldRecord);

/** Case, accents, dots, a possessive 's and punctuation folded, as the README's scorer folds them. */
const fold = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s\b/g, '').replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordsOf = (text: string) => fold(text).split(' ').filter(Boolean);
const containsWords = (outer: string[], inner: string[]) => inner.length > 0 && outer.some((_, start) => inner.every((word, offset) => outer[start + offset] === word));
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
const DEMONYM_ENDINGS = /^(?:i|is|ian|ians|n|ns|an|ans|ese|ish|ic|ean|eans|er|ers|ite|ites|s)?$/;

/** The README's matching: whole words either way; head word; demonym ending; initials; compass words must agree. */
function nameMatches(name: string, gold: string): boolean {
  const a = wordsOf(name);
  const b = wordsOf(gold);
  const compassA = a.filter((word) => COMPASS.has(word));
  const compassB = b.filter((word) => COMPASS.has(word));
  if (compassA.length && compassB.length && compassA.join() !== compassB.join()) return false;
  if (containsWords(a, b) || containsWords(b, a)) return true;
  if (a.length && b.includes(a[a.length - 1]!)) return true;
  const goldCapitals = gold.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map(fold);
  if (goldCapitals.length && a.includes(goldCapitals[goldCapitals.length - 1]!)) return true;
  const capitalsOf = (text: string) => text.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map(fold);
  for (const x of capitalsOf(name)) {
    for (const y of capitalsOf(gold)) {
      let shared = 0;
      while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
      if (shared >= 4 && DEMONYM_ENDINGS.test(x.slice(shared)) && DEMONYM_ENDINGS.test(y.slice(shared))) return true;
    }
  }
  const initials = (words: string[]) => words.map((word) => word[0]).join('');
  const compact = (text: string) => fold(text).replace(/ /g, '');
  if (a.length > 1 && initials(a) === compact(gold)) return true;
  if (b.length > 1 && initials(b) === compact(name)) return true;
  return false;
}

const endMatches = (names: string[], gold: GoldActor[]) => gold.some((actor) => names.some((name) => nameMatches(name, actor.text)));

function fullMatch(predicted: Predicted, gold: GoldRecord): boolean {
  if (predicted.type !== gold.type) return false;
  const forward = endMatches(predicted.sourceNames, gold.sources) && (!gold.targets.length || (predicted.targetNames !== null && endMatches(predicted.targetNames, gold.targets)));
  if (forward || !gold.reciprocal || !predicted.targetNames) return forward;
  return endMatches(predicted.targetNames, gold.sources) && endMatches(predicted.sourceNames, gold.targets);
}

async function readSentence(text: string, id: string): Promise<{ article: Article; entities: Entity[]; relations: Relation[] } | null> {
  const extracted = await extractArticleFromBytes(`${id}.txt`, new TextEncoder().encode(text));
  if (!('text' in extracted)) return null;
  const article = annotateArticle(extracted);
  const linked = mergeEntities([article]);
  const related = relateActors([article], linked);
  return { article, entities: [...linked.entities, ...related.actors], relations: related.relations };
}

const namesOf = (entity: Entity | undefined) => (entity ? [entity.name, ...entity.aliases] : []);

/** The baseline: the first verb of the lexicon, the first actor before it and the first after it. */
function baseline(article: Article, entities: Entity[]): Predicted[] {
  const lexicon = loadPloverLexicon();
  const linked = mergeEntities([article]);
  for (const token of article.tokens) {
    if (token.pos !== 'VERB') continue;
    const entry = lexicon.verbs.get(token.lemma)?.[0];
    if (!entry) continue;
    const before = article.mentions.filter((mention) => mention.end <= token.start).at(-1);
    const after = article.mentions.find((mention) => mention.start >= token.end);
    if (!before) return [];
    const entity = (key: string) => entities.find((candidate) => candidate.id === linked.idOf(article.id, key));
    return [{ type: entry.type, mode: entry.mode, sourceNames: namesOf(entity(before.entityKey)), targetNames: after ? namesOf(entity(after.entityKey)) : null }];
  }
  return [];
}

interface Tally {
  typed: number;
  matched: number;
  predicted: number;
  correct: number;
  modeAgrees: number;
  modeScored: number;
}
const tally = (): Tally => ({ typed: 0, matched: 0, predicted: 0, correct: 0, modeAgrees: 0, modeScored: 0 });
const ours = tally();
const base = tally();
const misses: string[] = [];
const bySentence = new Map<string, GoldRecord[]>();
for (const record of records) bySentence.set(record.text, [...(bySentence.get(record.text) ?? []), record]);
const started = performance.now();
let failed = 0;

function score(into: Tally, predicted: Predicted[], golds: GoldRecord[], onMiss?: (gold: GoldRecord) => void) {
  for (const gold of golds) {
    if (predicted.some((relation) => relation.type === gold.type)) into.typed++;
    const match = predicted.find((relation) => fullMatch(relation, gold));
    if (match) {
      into.matched++;
      if (gold.mode) {
        into.modeScored++;
        if (match.mode === gold.mode) into.modeAgrees++;
      }
    } else onMiss?.(gold);
  }
  into.predicted += predicted.length;
  into.correct += predicted.filter((relation) => golds.some((gold) => fullMatch(relation, gold))).length;
}

for (const [text, golds] of bySentence) {
  const read = await readSentence(text, golds[0]!.id);
  if (!read) {
    failed++;
    continue;
  }
  const byId = new Map(read.entities.map((entity) => [entity.id, entity]));
  const predicted: Predicted[] = read.relations.filter((relation) => !process.env.ACTOR_ONLY || relation.level === "actor").map((relation) => ({
    level: relation.level,
    type: relation.type,
    mode: relation.mode,
    sourceNames: namesOf(byId.get(relation.source)),
    targetNames: relation.target ? namesOf(byId.get(relation.target)) : null,
  }));
  score(ours, predicted, golds, (gold) => {
    const said = predicted.map((relation) => `${relation.sourceNames[0]} -${relation.type}${relation.mode ? `/${relation.mode}` : ''}→ ${relation.targetNames?.[0] ?? '∅'}`).join('; ') || '—';
    misses.push(`${gold.id} [${gold.type}${gold.mode ? `/${gold.mode}` : ''} ${gold.sources.map((actor) => actor.text).join('+')} → ${gold.targets.map((actor) => actor.text).join('+') || '∅'}] ${text}\n    ours: ${said}`);
  });
  if (process.env.SHOW_WRONG) for (const relation of predicted) if (!golds.some((gold) => fullMatch(relation, gold))) console.log(`WRONG ${relation.level} ${relation.sourceNames[0]} -${relation.type}${relation.mode ? `/${relation.mode}` : ''}→ ${relation.targetNames?.[0] ?? '∅'} | ${golds[0]!.type}: ${text.slice(0, 150)}`);
  score(base, baseline(read.article, read.entities), golds);
}
const seconds = (performance.now() - started) / 1000;

function line(name: string, t: Tally) {
  const recall = t.matched / records.length;
  const precision = t.predicted ? t.correct / t.predicted : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const mode = t.modeScored ? (t.modeAgrees / t.modeScored).toFixed(3) : '—';
  console.log(`${name.padEnd(10)} typeAcc=${(t.typed / records.length).toFixed(3)} fullF1=${f1.toFixed(3)} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} predicted=${t.predicted} modeAgrees=${mode} (${t.modeScored} with a gold mode)`);
}
console.log(`records: ${records.length} (${bySentence.size} sentences) from ${path.relative(process.cwd(), file)}; failed ${failed}; ${(bySentence.size / seconds).toFixed(1)} sentences/s`);
line('relate', ours);
line('baseline', base);
for (const miss of misses.slice(0, showMisses)) console.log(miss);
