/**
 * Fact alignment on ECB+ (shared/data/clustering, see its README.md): do the facts put together the
 * sentences of different articles that report the same event, and only those?
 *
 *   node --import tsx bench/align-quality.ts
 *   node --import tsx bench/align-quality.ts --split train
 *   node --import tsx bench/align-quality.ts --aligner bench/aligners.ts#alignFacts --aligner bench/my-variant.ts#alignFacts
 *   node --import tsx bench/align-quality.ts --without-reporting
 *
 * Each gold story (sub-topic) is run through the real pipeline (analyzeStory on the documents written
 * to temporary .txt files), and so is each whole topic (its two stories of the same kind mixed: the
 * aligner must not merge the two events). The aligner (injected, see bench/aligners.ts) gets the
 * pipeline's articles; two sentences (dataset lines) of different documents are a predicted pair when
 * one fact's evidence covers both (bench/fact-pairs.ts maps the evidence spans back to lines).
 *
 * Gold (the README's definition): two annotated sentences of different documents are a positive pair
 * when both hold an `event` mention of the same cross-document chain (instance id). Reporting events
 * (ACTION_REPORTING, "said") count by default, as in the README: the same statement reported by two
 * outlets is one instance, which is what a fact is; `--without-reporting` leaves them out. Only pairs of
 * two annotated sentences are scored: a sentence outside `annotatedSentences` is unlabelled, so a pair
 * with one is neither right nor wrong. Pairwise P, R, F1 per topic and micro-averaged.
 *
 * The headline becomes the article's title and the dateline is dropped by the clean stage, so pairs
 * with such a line cannot come from evidence in `text`: "reachable" says how many gold pairs survive.
 * That share is the recall of a perfect aligner of the cleaned text (dev: 1671 of 3020, R 0.553 at
 * P 1.000); the baseline's "every pair" row on surviving lines is the aligner that joins every pair it
 * can see (dev: P 0.780, R 0.553). ECB+ annotates about one or two lead sentences per document, so the
 * scored pairs are nearly all lead against lead: recall is whether the leads of a story's articles
 * ("named Jackman as host", "announced Friday that Jackman will be the host", "unveiled Jackman as the
 * host") land in one fact.
 *
 * The baseline (bench/tfidf-baseline.ts) runs on the dataset's own lines in the same scopes: TF-IDF
 * cosine of sentences (IDF over all documents of the split), a pair above a threshold is aligned.
 * It is printed at a few thresholds, at the best ones of the split it is scored on (an optimistic,
 * oracle figure), and at the one tuned on train (TRAIN_TUNED_THRESHOLD: the honest figure on dev).
 * "every pair" is the trivial reference: in a story nearly all annotated pairs are positive (ECB+
 * annotated the sentences that mention the story's events), so the mixed-topic figures and the
 * cross-story pairs (x-story) are the ones that tell an aligner from "align everything".
 * The shared folder is ../shared next to the repository, or $TRIANGULATE_SHARED.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/model/index.ts';
import { analyzeStory } from '../src/pipeline.ts';
import { checkOptions, DEFAULT_ALIGNER_SPEC, loadAligner, optionValues, type NamedAligner } from './aligners.ts';
import { documentOfSentence, findGoldPairs, groupBy, linesOf, loadEcbDocuments, sentenceKey, type EcbDocument, type GoldPairs, type SentenceKey } from './ecbplus.ts';
import { FactPairMapper, type FactPairs } from './fact-pairs.ts';
import { fitIdf, scoreSentencePairs, type ScoredSentencePair } from './tfidf-baseline.ts';

interface Scope {
  kind: 'story' | 'topic';
  id: string;
  topic: number;
  documents: EcbDocument[];
  articles: Article[];
  failed: number;
  gold: GoldPairs;
  /** Sentences (dataset lines) still in the cleaned texts: the headline and dateline are not. */
  surviving: Set<SentenceKey>;
  /** Gold positive pairs whose two sentences are still in the cleaned texts. */
  reachable: number;
}

interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  /** Predicted pairs, scored or not. */
  predicted: number;
  /** Topic scope: predicted pairs joining documents of the two different stories (all / scored and wrong). */
  crossStory: number;
  crossStoryWrong: number;
}

/** The baseline's best threshold for mixed topics on the train topics (this bench, --split train): the honest one for dev. */
const TRAIN_TUNED_THRESHOLD = 0.075;
const REPORTED_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const SEARCHED_THRESHOLDS = Array.from({ length: 36 }, (_, index) => Math.round((0.025 + index * 0.025) * 1000) / 1000);

const TABLE_HEADER = `${'topic'.padEnd(7)}${'docs'.padStart(5)}${'gold+'.padStart(7)} | stories apart:${'pred'.padStart(7)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} | topic mixed:${'pred'.padStart(7)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'x-story'.padStart(8)} ${'wrong'.padStart(6)}`;

const argv = process.argv.slice(2);
checkOptions(argv, ['split', 'aligner'], ['without-reporting']);
const split = optionValues(argv, 'split').at(-1) ?? 'dev';
if (split !== 'dev' && split !== 'train') throw new Error(`bench: unknown split "${split}" (expected dev or train)`);
const withoutReporting = argv.includes('--without-reporting');
const specs = optionValues(argv, 'aligner');
const aligners: NamedAligner[] = [];
for (const spec of specs.length ? specs : [DEFAULT_ALIGNER_SPEC]) aligners.push(await loadAligner(spec));

const documents = loadEcbDocuments().filter((document) => document.split === split);
const subtopicOf = new Map(documents.map((document) => [document.id, document.subtopic]));
const folder = mkdtempSync(path.join(tmpdir(), 'triangulate-align-quality-'));
const fileOf = new Map(documents.map((document) => [document.id, path.join(folder, `${document.id}.txt`)]));
const documentOf = (source: string): string | undefined => {
  const id = path.basename(source, '.txt');
  return fileOf.has(id) ? id : undefined;
};
const mapper = new FactPairMapper(documents, documentOf);

let scopes: Scope[];
let pipelineSeconds: number;
try {
  for (const document of documents) writeFileSync(fileOf.get(document.id)!, document.text);
  const started = performance.now();
  scopes = await buildScopes(documents);
  pipelineSeconds = (performance.now() - started) / 1000;
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const storyScopes = scopes.filter((scope) => scope.kind === 'story');
const topicScopes = scopes.filter((scope) => scope.kind === 'topic');
const sum = (list: readonly Scope[], value: (scope: Scope) => number) => list.reduce((total, scope) => total + value(scope), 0);
console.log(`ECB+ ${split}: ${topicScopes.length} topics, ${storyScopes.length} stories, ${documents.length} documents (${describeTopics()})`);
console.log(`gold (${withoutReporting ? 'event chains without ACTION_REPORTING' : 'all event chains, reporting included'}), pairs of two annotated sentences of different documents:`);
for (const [name, list] of [['stories', storyScopes], ['topics', topicScopes]] as const) {
  const positives = sum(list, (scope) => scope.gold.positive.size);
  console.log(
    `  ${name.padEnd(8)} ${positives} positive of ${sum(list, (scope) => scope.gold.scoredPairCount)} scored; reachable after clean (both sentences in the cleaned text): ${sum(list, (scope) => scope.reachable)} (${percent(sum(list, (scope) => scope.reachable), positives)})`,
  );
}
const failed = sum(scopes, (scope) => scope.failed);
const collapsed = sum(topicScopes, (scope) => scope.documents.length - scope.articles.length);
console.log(`pipeline (analyzeStory, every story and every topic): ${pipelineSeconds.toFixed(1)} s; ${failed} inputs failed; ${collapsed} exact copies collapsed in the topic runs`);

for (const aligner of aligners) reportAligner(aligner);
reportBaseline();

function describeTopics(): string {
  return `topics ${[...new Set(documents.map((document) => document.topic))].join(', ')}`;
}

async function buildScopes(all: readonly EcbDocument[]): Promise<Scope[]> {
  const built: Scope[] = [];
  for (const [topic, topicDocuments] of groupBy(all, (document) => document.topic)) {
    for (const [subtopic, storyDocuments] of groupBy(topicDocuments, (document) => document.subtopic)) built.push(await buildScope('story', subtopic, topic, storyDocuments));
    built.push(await buildScope('topic', String(topic), topic, topicDocuments));
  }
  return built;
}

async function buildScope(kind: Scope['kind'], id: string, topic: number, scopeDocuments: EcbDocument[]): Promise<Scope> {
  const dossier = await analyzeStory(scopeDocuments.map((document) => fileOf.get(document.id)!));
  const gold = findGoldPairs(scopeDocuments, { withoutReporting });
  const surviving = new Set<SentenceKey>();
  for (const article of dossier.articles) for (const key of mapper.survivingLines(article)) surviving.add(key);
  const reachable = [...gold.positive].filter((pair) => pair.split('|').every((key) => surviving.has(key))).length;
  return { kind, id, topic, documents: scopeDocuments, articles: dossier.articles, failed: dossier.failed.length, gold, surviving, reachable };
}

function countPairs(predicted: Iterable<string>, scope: Scope): Counts {
  const counts: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0, predicted: 0, crossStory: 0, crossStoryWrong: 0 };
  const found = new Set<string>();
  for (const pair of predicted) {
    counts.predicted++;
    const [a, b] = pair.split('|') as [SentenceKey, SentenceKey];
    const crossStory = subtopicOf.get(documentOfSentence(a)) !== subtopicOf.get(documentOfSentence(b));
    if (crossStory) counts.crossStory++;
    if (!scope.gold.annotated.has(a) || !scope.gold.annotated.has(b)) continue;
    if (scope.gold.positive.has(pair)) {
      counts.truePositive++;
      found.add(pair);
    } else {
      counts.falsePositive++;
      if (crossStory) counts.crossStoryWrong++;
    }
  }
  counts.falseNegative = scope.gold.positive.size - found.size;
  return counts;
}

function addCounts(list: readonly Counts[]): Counts {
  const total: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0, predicted: 0, crossStory: 0, crossStoryWrong: 0 };
  for (const counts of list) for (const field of Object.keys(total) as (keyof Counts)[]) total[field] += counts[field];
  return total;
}

function measures(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.truePositive + counts.falsePositive ? counts.truePositive / (counts.truePositive + counts.falsePositive) : 0;
  const recall = counts.truePositive + counts.falseNegative ? counts.truePositive / (counts.truePositive + counts.falseNegative) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** ` pred    P     R     F1`: predicted pairs (scored or not), then the pairwise measures. */
function formatCounts(counts: Counts): string {
  const { precision, recall, f1 } = measures(counts);
  return `${String(counts.predicted).padStart(7)} ${precision.toFixed(3).padStart(6)} ${recall.toFixed(3).padStart(6)} ${f1.toFixed(3).padStart(6)}`;
}

/** One row per topic: its two stories run apart (micro over both) and the whole topic in one run. */
function printTable(countsOf: ReadonlyMap<Scope, Counts>): { stories: Counts; topics: Counts } {
  console.log(TABLE_HEADER);
  for (const topic of topicScopes) {
    const stories = addCounts(storyScopes.filter((scope) => scope.topic === topic.topic).map((scope) => countsOf.get(scope)!));
    const mixed = countsOf.get(topic)!;
    console.log(
      `${String(topic.topic).padEnd(7)}${String(topic.documents.length).padStart(5)}${String(topic.gold.positive.size).padStart(7)} | ${''.padEnd(13)}${formatCounts(stories)} | ${''.padEnd(11)}${formatCounts(mixed)} ${String(mixed.crossStory).padStart(8)} ${String(mixed.crossStoryWrong).padStart(6)}`,
    );
  }
  const stories = addCounts(storyScopes.map((scope) => countsOf.get(scope)!));
  const topics = addCounts(topicScopes.map((scope) => countsOf.get(scope)!));
  console.log(
    `${'micro'.padEnd(7)}${String(documents.length).padStart(5)}${String(sum(topicScopes, (scope) => scope.gold.positive.size)).padStart(7)} | ${''.padEnd(13)}${formatCounts(stories)} | ${''.padEnd(11)}${formatCounts(topics)} ${String(topics.crossStory).padStart(8)} ${String(topics.crossStoryWrong).padStart(6)}`,
  );
  return { stories, topics };
}

function reportAligner(aligner: NamedAligner): void {
  const countsOf = new Map<Scope, Counts>();
  const mapped: FactPairs[] = [];
  let seconds = 0;
  for (const scope of scopes) {
    const started = performance.now();
    const facts = aligner.align(scope.articles);
    seconds += (performance.now() - started) / 1000;
    const pairs = mapper.pairsOf(facts, scope.articles);
    mapped.push(pairs);
    countsOf.set(scope, countPairs(pairs.pairs, scope));
  }
  console.log(`\n== aligner ${aligner.name}`);
  console.log('(pred: predicted pairs, scored or not; x-story: predicted pairs joining the two stories of a topic; wrong: of those, scored and not gold)');
  printTable(countsOf);
  const total = (field: keyof Omit<FactPairs, 'pairs'>) => mapped.reduce((sum, pairs) => sum + pairs[field], 0);
  console.log(
    `facts ${total('facts')} (${total('crossDocumentFacts')} across documents); evidence spans ${total('evidence')}: unmapped ${total('unmapped')} (${percent(total('unmapped'), total('evidence'))}), ` +
      `found by their text ${total('mappedByText')}, text differs at the offsets ${total('textMismatch')}, over more than one line ${total('multiLine')}; alignment ${seconds.toFixed(1)} s over all runs`,
  );
}

function reportBaseline(): void {
  const idf = fitIdf(documents.map((document) => document.text));
  const scoredOf = new Map<Scope, ScoredSentencePair[]>();
  for (const topic of topicScopes) {
    const sentences = topic.documents.flatMap((document) =>
      linesOf(document)
        .filter((line) => /\p{L}/u.test(line.text))
        .map((line) => ({ key: sentenceKey(document.id, line.line), documentId: document.id, text: line.text })),
    );
    const scored = scoreSentencePairs(sentences, idf).filter((pair) => pair.score >= SEARCHED_THRESHOLDS[0]!);
    scoredOf.set(topic, scored);
    for (const story of storyScopes.filter((scope) => scope.topic === topic.topic)) {
      const members = new Set(story.documents.map((document) => document.id));
      scoredOf.set(story, scored.filter((pair) => members.has(documentOfSentence(pair.a)) && members.has(documentOfSentence(pair.b))));
    }
  }
  console.log(`\n== baseline: TF-IDF cosine of sentences (the dataset's lines, IDF over the ${documents.length} ${split} documents)`);
  printThresholds(scoredOf, () => true);
  console.log(`\n   the same on the lines that survive clean only (what an aligner of the cleaned text can see; reachable: see above)`);
  printThresholds(scoredOf, (pair, scope) => scope.surviving.has(pair.a) && scope.surviving.has(pair.b));
  console.log(`\nbaseline per topic at ${TRAIN_TUNED_THRESHOLD.toFixed(3)} (tuned for mixed topics on train)`);
  printTable(countsAt(scoredOf, TRAIN_TUNED_THRESHOLD, () => true));
}

type PairFilter = (pair: ScoredSentencePair, scope: Scope) => boolean;

function countsAt(scoredOf: ReadonlyMap<Scope, ScoredSentencePair[]>, threshold: number, keep: PairFilter): Map<Scope, Counts> {
  const pairsOf = (scope: Scope) => scoredOf.get(scope)!.filter((pair) => pair.score >= threshold && keep(pair, scope)).map((pair) => pairKeyOf(pair));
  return new Map(scopes.map((scope) => [scope, countPairs(pairsOf(scope), scope)]));
}

/** Micro-averaged figures at a few thresholds, at the best ones on this split, at the one tuned on train, and for aligning every pair. */
function printThresholds(scoredOf: ReadonlyMap<Scope, ScoredSentencePair[]>, keep: PairFilter): void {
  const cache = new Map<number, { stories: Counts; topics: Counts }>();
  const microAt = (threshold: number) => {
    if (!cache.has(threshold)) {
      const counts = countsAt(scoredOf, threshold, keep);
      cache.set(threshold, { stories: addCounts(storyScopes.map((scope) => counts.get(scope)!)), topics: addCounts(topicScopes.map((scope) => counts.get(scope)!)) });
    }
    return cache.get(threshold)!;
  };
  const best = (scope: 'stories' | 'topics') => SEARCHED_THRESHOLDS.reduce((top, threshold) => (measures(microAt(threshold)[scope]).f1 > measures(microAt(top)[scope]).f1 ? threshold : top));
  const bestStories = best('stories');
  const bestTopics = best('topics');
  console.log(`${'threshold'.padEnd(22)}| stories apart:${'pred'.padStart(7)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} | topic mixed:${'pred'.padStart(7)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'x-story'.padStart(8)} ${'wrong'.padStart(6)}`);
  const row = (label: string, stories: Counts, topics: Counts, crossStory = true) =>
    console.log(
      `${label.padEnd(22)}| ${''.padEnd(13)}${formatCounts(stories)} | ${''.padEnd(11)}${formatCounts(topics)} ${(crossStory ? String(topics.crossStory) : '-').padStart(8)} ${(crossStory ? String(topics.crossStoryWrong) : '-').padStart(6)}`,
    );
  for (const threshold of REPORTED_THRESHOLDS) row(threshold.toFixed(3), microAt(threshold).stories, microAt(threshold).topics);
  row(`${bestStories.toFixed(3)} best, stories`, microAt(bestStories).stories, microAt(bestStories).topics);
  row(`${bestTopics.toFixed(3)} best, topics`, microAt(bestTopics).stories, microAt(bestTopics).topics);
  row(`${TRAIN_TUNED_THRESHOLD.toFixed(3)} tuned on train`, microAt(TRAIN_TUNED_THRESHOLD).stories, microAt(TRAIN_TUNED_THRESHOLD).topics);
  // the trivial reference: every scored pair aligned (no cosine at all)
  const everyPair = (list: readonly Scope[]) =>
    addCounts(list.map((scope) => {
      const eligible = (key: SentenceKey) => keep({ a: key, b: key, score: 1 }, scope);
      const positives = [...scope.gold.positive].filter((pair) => pair.split('|').every(eligible)).length;
      const annotated = [...scope.gold.annotated].filter(eligible);
      const perDocument = [...groupBy(annotated, documentOfSentence).values()].map((keys) => keys.length);
      const total = perDocument.reduce((sum, count) => sum + count, 0);
      const scored = (total * (total - 1)) / 2 - perDocument.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0);
      return { truePositive: positives, falsePositive: scored - positives, falseNegative: scope.gold.positive.size - positives, predicted: scored, crossStory: 0, crossStoryWrong: 0 };
    }));
  row('every pair (reference)', everyPair(storyScopes), everyPair(topicScopes), false);
}

function pairKeyOf(pair: ScoredSentencePair): string {
  return pair.a < pair.b ? `${pair.a}|${pair.b}` : `${pair.b}|${pair.a}`;
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}
