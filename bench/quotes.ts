/**
 * Quote and attribution benchmark on PolNeAR dev (shared/data/quotes, see its README.md): findQuotes
 * on each article with its sentences and no actor mentions, beside a baseline run in the same process
 * (a regex over double quotes with "said X" / "X said" speakers, like the README's stand-in).
 *
 *   node --import tsx bench/quotes.ts [--misses N] [--with-mentions]
 *
 * Prints (a) on all attributions, source and content span P/R/F1 with the published exact-match
 * metric and with overlap; (b) on direct quotes, content overlap P/R/F1 and speaker accuracy by the
 * README's rules (also on each half of the documents, split by the SHA-1 of their id: a change
 * that helps one half only fits dev), also on our quotes in the marks PolNeAR calls direct (its gold leaves quotes in '' and
 * ‘ ’ out, so they count as wrong predictions above); documents per second. The shared folder is ../shared next to the repository, or
 * $TRIANGULATE_SHARED.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectQuotes } from '../src/align/collect-quotes.ts';
import { annotateArticle } from '../src/annotate/index.ts';
import { findEntityMentions, genderOf } from '../src/annotate/entities/index.ts';
import { mergeEntities } from '../src/cluster/merge-entities.ts';
import { extractArticleFromBytes } from '../src/pipeline.ts';
import { readTokens } from '../src/annotate/read-tokens.ts';
import { findQuotes, type PersonMention } from '../src/annotate/quotes/index.ts';
import type { Span } from '../src/model/index.ts';

interface GoldSpan extends Span {
  text: string;
  parts?: [number, number][];
}

interface GoldAttribution {
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan | null;
  direct: boolean;
}

interface Document {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

interface PredictedQuote extends Span {
  speaker: string | null;
  /** The other names the speaker goes by: with entity mentions, its longest mention; from a dossier, its entity's name and aliases. */
  entityNames?: readonly string[];
}

interface Prediction {
  sources: Span[];
  contents: Span[];
  quotes: PredictedQuote[];
}

type Predict = (document: Document, sentences: Span[]) => Prediction;

const sharedFolder = process.env['TRIANGULATE_SHARED'] ?? path.resolve(import.meta.dirname, '../../shared');
const dataFile = path.join(sharedFolder, 'data', 'quotes', 'polnear.dev.jsonl');
const TIMED_PASSES = 3;
const missesArgument = process.argv.indexOf('--misses');
const MISSES_TO_SHOW = missesArgument > 0 ? Number(process.argv[missesArgument + 1] ?? 20) : 0;

/** Each document's tokens as the annotate stage tags them: findQuotes reads its words from them, as in the pipeline. */
const tokensOf = new Map<Document, ReturnType<typeof readTokens>['tokens']>();

/** Each document's entity mentions as the annotate stage gives them to findQuotes. */
const peopleOf = new Map<Document, PersonMention[]>();

const predictWithFindQuotes: Predict = (document, sentences) => predictFromText(document, sentences, []);
const predictWithMentions: Predict = (document, sentences) => predictFromText(document, sentences, peopleOf.get(document) ?? []);

function predictFromText(document: Document, sentences: Span[], people: PersonMention[]): Prediction {
  const { quotes, attributions } = findQuotes(document.text, { sentences, people, tokens: tokensOf.get(document) });
  return {
    sources: attributions.flatMap((attribution) => (attribution.source ? [attribution.source] : [])),
    contents: attributions.map((attribution) => attribution.content),
    // as a dossier shows it: the speaker as written, and its entity by the longest mention ("Mr. Obama" for "he")
    quotes: quotes.map((quote) => ({ start: quote.start, end: quote.end, speaker: quote.speaker?.text ?? null, entityNames: nameOfKey(people, quote.speakerKey) })),
  };
}

function nameOfKey(people: readonly PersonMention[], key: string | null): string[] {
  const mentions = people.filter((mention) => mention.key === key);
  return key === null || mentions.length === 0 ? [] : [mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text];
}

/** Each document's quotes as the dossier gives them (`quotes[]` with the `entities[]` they point to), read back into the text. */
const dossierQuotesOf = new Map<Document, PredictedQuote[]>();

/**
 * What the held-out scorer reads: the article through the pipeline as `analyze` runs it on one text
 * file (ingest, clean, annotate, the cluster stage's entities, the align stage's quotes[]), each quote
 * located by its text, the speaker tried as written and by its entity's name and aliases.
 */
async function readDossierQuotes(document: Document): Promise<PredictedQuote[]> {
  const article = await extractArticleFromBytes(`${document.id}.txt`, new TextEncoder().encode(document.text));
  if (!('id' in article)) return [];
  const annotated = annotateArticle(article);
  const entities = mergeEntities([annotated]);
  const byId = new Map(entities.entities.map((entity) => [entity.id, entity]));
  const located = locateInOrder(document.text, collectQuotes([annotated], entities).map((quote) => quote.text));
  return collectQuotes([annotated], entities).map((quote, index) => {
    // an unlocated quote stays a prediction that matches no gold content
    const span = located[index] ?? { start: -1, end: -1 };
    const entity = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    return { ...span, speaker: quote.speaker, entityNames: entity ? [entity.name, ...entity.aliases] : [] };
  });
}

/** The README's locating: case, quote style, dashes and spacing ignored, the search going on from the last quote found. */
function locateInOrder(text: string, quotes: readonly string[]): (Span | null)[] {
  const fold = (value: string) => {
    let folded = '';
    const offsets: number[] = [];
    for (let index = 0; index < value.length; index++) {
      let char = value[index]!.toLowerCase();
      if (/["“”„‟«»'‘’`]/.test(char)) char = "'";
      else if (/[‐‑‒–—―-]/.test(char)) char = '-';
      else if (/\s/.test(char)) {
        if (folded.endsWith(' ')) continue;
        char = ' ';
      }
      folded += char;
      offsets.push(index);
    }
    return { folded, offsets };
  };
  const page = fold(text);
  let from = 0;
  return quotes.map((quote) => {
    const wanted = fold(quote).folded.trim();
    if (wanted === '') return null;
    let at = page.folded.indexOf(wanted, from);
    if (at < 0) at = page.folded.indexOf(wanted);
    if (at < 0) return null;
    from = at + 1;
    const start = page.offsets[at]!;
    const end = page.offsets[at + wanted.length - 1]! + 1;
    return { start, end };
  });
}

const predictAsDossier: Predict = (document) => ({ sources: [], contents: [], quotes: dossierQuotesOf.get(document) ?? [] });

/** The README's stand-in: double-quoted text, the speaker a capitalised name next to "said"/"says". */
const predictWithBaseline: Predict = (document) => {
  const quotes: PredictedQuote[] = [];
  for (const match of document.text.matchAll(/["“]([^"“”\n]+)["”]/g)) {
    const start = match.index + 1;
    const end = start + match[1]!.length;
    const after = document.text.slice(end + 1, end + 80);
    const name = /^,?\s*(?:said|says)\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)/u.exec(after)?.[1] ?? /^,?\s*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)\s+(?:said|says)\b/u.exec(after)?.[1] ?? null;
    quotes.push({ start, end, speaker: name });
  }
  return { sources: [], contents: [], quotes };
};

const partsOf = (span: GoldSpan): Span[] => span.parts?.map(([start, end]) => ({ start, end })) ?? [span];
const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const ratio = (found: number, total: number) => (total === 0 ? 0 : found / total);
const f1 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
const percent = (value: number) => (100 * value).toFixed(1).padStart(5);

interface Score {
  matchedPredictions: number;
  predictions: number;
  matchedGold: number;
  gold: number;
}

const emptyScore = (): Score => ({ matchedPredictions: 0, predictions: 0, matchedGold: 0, gold: 0 });

function addSpanScore(score: Score, predicted: readonly Span[], gold: readonly GoldSpan[], matches: (prediction: Span, gold: GoldSpan) => boolean): void {
  score.predictions += predicted.length;
  score.gold += gold.length;
  score.matchedPredictions += predicted.filter((prediction) => gold.some((span) => matches(prediction, span))).length;
  score.matchedGold += gold.filter((span) => predicted.some((prediction) => matches(prediction, span))).length;
}

function formatScore(score: Score): string {
  const precision = ratio(score.matchedPredictions, score.predictions);
  const recall = ratio(score.matchedGold, score.gold);
  return `F1 ${percent(f1(precision, recall))}  (P ${percent(precision)} / R ${percent(recall)})`;
}

/** Case, accents, punctuation and a possessive 's ignored; words padded with spaces so that "he" is not found in "the". */
function normalizeName(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${folded} `;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'him', 'her', 'them']);

/** The README's rule: the gold source contains the predicted name or its last word, or the other way round. */
function speakerMatches(predicted: string, gold: string): boolean {
  const name = normalizeName(predicted);
  const source = normalizeName(gold);
  if (name.trim() === '' || source.trim() === '') return false;
  const lastWord = ` ${name.trim().split(' ').at(-1)} `;
  const goldLastWord = ` ${source.trim().split(' ').at(-1)} `;
  return source.includes(name) || source.includes(lastWord) || name.includes(source) || name.includes(goldLastWord);
}

interface DirectScore {
  quotes: Score;
  speakersRight: number;
  speakersJudged: number;
  misses: string[];
}

function scoreDirectQuotes(document: Document, predicted: readonly PredictedQuote[], score: DirectScore): void {
  const golds = document.attributions.filter((attribution) => attribution.direct && attribution.content);
  const inside = (quote: Span, content: GoldSpan) => partsOf(content).reduce((sum, part) => sum + Math.max(0, Math.min(quote.end, part.end) - Math.max(quote.start, part.start)), 0);
  const matches = (quote: Span, content: GoldSpan) => inside(quote, content) * 2 >= quote.end - quote.start && inside(quote, content) > 0;
  score.quotes.predictions += predicted.length;
  score.quotes.gold += golds.length;
  score.quotes.matchedPredictions += predicted.filter((quote) => golds.some((gold) => matches(quote, gold.content!))).length;
  const ordered = document.attributions.filter((attribution) => attribution.source).sort((a, b) => a.source!.start - b.source!.start);
  for (const gold of golds) {
    const found = predicted.filter((quote) => matches(quote, gold.content!));
    if (found.length === 0) continue;
    score.quotes.matchedGold++;
    if (!gold.source) continue;
    let source = gold.source.text;
    if (PRONOUNS.has(source.toLowerCase())) {
      const named = ordered.filter((other) => other.source!.start < gold.source!.start && /\p{Lu}/u.test(other.source!.text) && !PRONOUNS.has(other.source!.text.toLowerCase())).at(-1);
      if (!named) continue;
      source = named.source!.text;
    }
    const best = found.reduce((a, b) => (inside(b, gold.content!) > inside(a, gold.content!) ? b : a));
    score.speakersJudged++;
    const named = [best.speaker, ...(best.entityNames ?? [])].filter((name) => name != null);
    if (named.some((name) => speakerMatches(name, source))) score.speakersRight++;
    else score.misses.push(`${document.id}: ${JSON.stringify(document.text.slice(best.start, best.end).slice(0, 60))} → ${named.map((name) => JSON.stringify(name)).join(' / ') || 'null'} (gold ${JSON.stringify(source)})`);
  }
}

/** The marks PolNeAR calls direct (its README): double marks, not the typewriter '' of some feeds nor single marks. */
const POLNEAR_DIRECT_MARKS = /["“”„‟«»]/;

const opensWithPolnearMark = (document: Document, quote: Span) => POLNEAR_DIRECT_MARKS.test(document.text[quote.start - 1] ?? '');

function run(predict: Predict, documents: readonly Document[], sentences: readonly Span[][]) {
  const exact = { source: emptyScore(), content: emptyScore() };
  const overlap = { source: emptyScore(), content: emptyScore() };
  const direct: DirectScore = { quotes: emptyScore(), speakersRight: 0, speakersJudged: 0, misses: [] };
  const directInPolnearMarks: DirectScore = { quotes: emptyScore(), speakersRight: 0, speakersJudged: 0, misses: [] };
  documents.forEach((document, index) => {
    const prediction = predict(document, sentences[index]!);
    const goldSources = document.attributions.flatMap((attribution) => (attribution.source ? [attribution.source] : []));
    const goldContents = document.attributions.flatMap((attribution) => (attribution.content ? [attribution.content] : []));
    addSpanScore(exact.source, prediction.sources, goldSources, sameSpan);
    addSpanScore(exact.content, prediction.contents, goldContents, sameSpan);
    addSpanScore(overlap.source, prediction.sources, goldSources, (span, gold) => partsOf(gold).some((part) => overlaps(span, part)));
    addSpanScore(overlap.content, prediction.contents, goldContents, (span, gold) => partsOf(gold).some((part) => overlaps(span, part)));
    scoreDirectQuotes(document, prediction.quotes, direct);
    scoreDirectQuotes(document, prediction.quotes.filter((quote) => opensWithPolnearMark(document, quote)), directInPolnearMarks);
  });
  return { exact, overlap, direct, directInPolnearMarks };
}

function documentsPerSecond(documents: readonly Document[], sentences: readonly Span[][], withSentences: boolean): number {
  const started = performance.now();
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    documents.forEach((document, index) => {
      const tokenized = withSentences ? readTokens(document.text) : null;
      findQuotes(document.text, { sentences: tokenized?.sentences ?? sentences[index]!, people: [], tokens: tokenized?.tokens ?? tokensOf.get(document) });
    });
  }
  return (documents.length * TIMED_PASSES) / ((performance.now() - started) / 1000);
}

const documents = readFileSync(dataFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Document);
const tokenizedDocuments = documents.map((document) => readTokens(document.text));
documents.forEach((document, index) => tokensOf.set(document, tokenizedDocuments[index]!.tokens));
const sentences = tokenizedDocuments.map((tokenized) => tokenized.sentences);
documents.forEach((document, index) => {
  const mentions = findEntityMentions(document.text, tokenizedDocuments[index]!.tokens);
  peopleOf.set(document, mentions.map(({ start, end, text, entityKey, type }) => ({ start, end, text, key: entityKey, type, gender: genderOf(entityKey) })));
});
for (const document of documents) dossierQuotesOf.set(document, await readDossierQuotes(document));
const ours = run(predictWithFindQuotes, documents, sentences);
const baseline = run(predictWithBaseline, documents, sentences);
const asDossier = run(predictAsDossier, documents, sentences);
const attributionCount = documents.reduce((sum, document) => sum + document.attributions.length, 0);

console.log(`PolNeAR dev: ${documents.length} articles, ${attributionCount} attributions`);
console.log('\n(a) all attributions, spans (published anchors on the test split, exact: BERT+CofeNet 83.2 / 72.9, CRF 50.6 / 28.6, CoreNLP 13.9 / 17.5)');
console.log(`  source  exact    ${formatScore(ours.exact.source)}`);
console.log(`  content exact    ${formatScore(ours.exact.content)}`);
console.log(`  source  overlap  ${formatScore(ours.overlap.source)}`);
console.log(`  content overlap  ${formatScore(ours.overlap.content)}`);
const accuracy = (score: DirectScore) => `${percent(ratio(score.speakersRight, score.speakersJudged))} % (${score.speakersRight}/${score.speakersJudged})`;
/** Half 0: documents whose id's SHA-1 opens with 0–7; half 1: 8–f. */
const halfOf = (document: Document) => (parseInt(createHash('sha1').update(document.id).digest('hex')[0]!, 16) < 8 ? 0 : 1);
const halves = (predict: Predict) => [0, 1].map((half) => {
  const inHalf = documents.map((document, index) => ({ document, index })).filter(({ document }) => halfOf(document) === half);
  const scored = run(predict, inHalf.map(({ document }) => document), inHalf.map(({ index }) => sentences[index]!));
  return `half ${half} (${inHalf.length} documents) ${accuracy(scored.direct).trim()}`;
});
console.log('\n(b) direct quotes as the held-out scorer reads them: the dossier\'s quotes[] (speaker as written, its entity\'s name and aliases)');
console.log(`  content overlap  ${formatScore(asDossier.direct.quotes)}`);
console.log(`  speaker accuracy ${accuracy(asDossier.direct)}; ${halves(predictAsDossier).join(', ')}`);
console.log('\n(c) direct quotes, findQuotes alone      findQuotes                         baseline (regex + said X)');
console.log(`  content overlap  ${formatScore(ours.direct.quotes)}   ${formatScore(baseline.direct.quotes)}`);
console.log(`  speaker accuracy ${accuracy(ours.direct)}                  ${accuracy(baseline.direct)}`);
console.log(`  speaker accuracy by half: ${halves(predictWithFindQuotes).join(', ')}`);
const withMentions = run(predictWithMentions, documents, sentences);
console.log(`  speaker accuracy with the entity mentions (longest mention as the name): ${accuracy(withMentions.direct).trim()}; ${halves(predictWithMentions).join(', ')}`);
console.log(`  content overlap, quotes in the marks PolNeAR calls direct (not '' or ‘ ’): ${formatScore(ours.directInPolnearMarks.quotes)}`);
documents.forEach((document, index) => findQuotes(document.text, { sentences: sentences[index]!, people: [], tokens: tokensOf.get(document) })); // warm-up
console.log(`\nspeed: ${documentsPerSecond(documents, sentences, false).toFixed(0)} documents/s (sentences and tokens given), ${documentsPerSecond(documents, sentences, true).toFixed(0)} documents/s (with the annotate stage's wink pass)`);
if (MISSES_TO_SHOW > 0) {
  const misses = process.argv.includes('--with-mentions') ? withMentions.direct.misses : process.argv.includes('--text-only') ? ours.direct.misses : asDossier.direct.misses;
  console.log(`\nspeaker misses (${misses.length}):`);
  for (const miss of misses.slice(0, MISSES_TO_SHOW)) console.log(`  ${miss}`);
}
