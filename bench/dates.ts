/**
 * Temporal expressions on the TempEval-3 TBAQ-cleaned development documents (shared/data/dates, see its
 * README.md): our finder against chrono-node 2.10 alone, same documents, same process, each document's
 * creation date as the publication date.
 *
 *   node --import tsx bench/dates.ts [--examples N] [--kinds N] [--kind TEXT]
 *
 * Prints detection (relaxed overlap) and value precision, recall and F1 (bench/timex-f1.ts), throughput
 * in MB/s and documents/s (the median of a few passes after a warm-up pass), and our most frequent error
 * kinds with examples (--kind shows every example of the kinds whose name contains TEXT). The shared folder is ../shared next to the repository, or $TRIANGULATE_SHARED.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { findTemporalCandidates } from '../src/annotate/dates/index.ts';
import { countDocument, matchDocument, scoreCounts, valuesAgree, type DocumentMatch, type TimexScore, type TimexSpan } from './timex-f1.ts';

export interface DatesDocument {
  id: string;
  corpus: string;
  dct: string;
  text: string;
  timex: (TimexSpan & { type: string })[];
}

interface Prediction extends TimexSpan {
  rule: string;
}

type Finder = (document: DatesDocument) => Prediction[];

const TIMED_PASSES = 3;
const KINDS_TO_SHOW = 25;

function readOption(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const sharedFolder = process.env['TRIANGULATE_SHARED'] ?? path.resolve(import.meta.dirname, '../../shared');
const dataFile = path.join(sharedFolder, 'data', 'dates', 'tbaq.dev.jsonl');

export function loadDatesDocuments(file = dataFile): DatesDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DatesDocument);
}

const findOurs: Finder = (document) => findTemporalCandidates(document.text, { published: document.dct, language: 'en' });

/**
 * chrono-node used as is, the way its README suggests, with the creation date as reference: each result's
 * start formatted to the finest component it is certain of (a clock time, a day or weekday, a month, a year).
 */
const findWithChronoAlone: Finder = (document) => {
  const [year, month, day] = document.dct.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return chrono.casual.parse(document.text, { instant, timezone: 0 }).map((result) => ({
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
    value: formatChronoNaively(result),
    rule: 'chrono',
  }));
};

function formatChronoNaively(result: ParsedResult): string {
  const start = result.start;
  const pad = (value: number | null, width = 2) => String(value ?? 0).padStart(width, '0');
  const date = `${pad(start.get('year'), 4)}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  if (start.isCertain('hour')) return `${date}T${pad(start.get('hour'))}:${pad(start.get('minute'))}`;
  if (start.isCertain('day') || start.isCertain('weekday')) return date;
  if (start.isCertain('month')) return date.slice(0, 7);
  if (start.isCertain('year')) return date.slice(0, 4);
  return date;
}

function evaluate(finder: Finder, documents: readonly DatesDocument[]): { score: TimexScore; matches: DocumentMatch<DatesDocument['timex'][number], Prediction>[] } {
  const matches = documents.map((document) => matchDocument(document.timex, finder(document)));
  return { score: scoreCounts(matches.map(countDocument)), matches };
}

function timeFinders(finders: readonly Finder[], documents: readonly DatesDocument[]): { megabytesPerSecond: number; documentsPerSecond: number }[] {
  const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text, 'utf8'), 0);
  const seconds: number[][] = finders.map(() => []);
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const [index, finder] of finders.entries()) {
      const start = performance.now();
      for (const document of documents) finder(document);
      seconds[index]!.push((performance.now() - start) / 1000);
    }
  }
  return seconds.map((runs) => {
    const median = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    return { megabytesPerSecond: bytes / 1e6 / median, documentsPerSecond: documents.length / median };
  });
}

/** A value's shape: digits become 9 ("1998-01-08" → "9999-99-99"), so that errors group by kind. */
function shapeOf(value: string): string {
  return value.replace(/\d/g, '9');
}

function describeErrors(matches: ReturnType<typeof evaluate>['matches'], documents: readonly DatesDocument[]): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  const add = (kind: string, example: string) => kinds.set(kind, [...(kinds.get(kind) ?? []), example]);
  for (const [index, match] of matches.entries()) {
    const document = documents[index]!;
    const around = (span: TimexSpan) =>
      `${document.dct} …${document.text.slice(Math.max(0, span.start - 50), span.start)}[${span.text}]${document.text.slice(span.end, span.end + 30)}…`.replace(/\s+/g, ' ');
    for (const gold of match.missed) add(`missed ${gold.type} ${shapeOf(gold.value)}`, `${around(gold)} gold ${gold.value}`);
    for (const predicted of match.spurious) add(`spurious ${predicted.rule} ${shapeOf(predicted.value)}`, `${around(predicted)} → ${predicted.value}`);
    for (const { gold, predicted } of match.pairs) {
      if (valuesAgree(gold.value, predicted.value)) continue;
      const kind = shapeOf(gold.value) === shapeOf(predicted.value) ? 'same shape' : `${shapeOf(gold.value)} as ${shapeOf(predicted.value)}`;
      add(`wrong ${predicted.rule} ${gold.type} ${kind}`, `${around(gold)} gold ${gold.value}, ours "${predicted.text}" → ${predicted.value}`);
    }
  }
  return kinds;
}

function countByRule(matches: ReturnType<typeof evaluate>['matches']): [string, { predicted: number; matched: number; correct: number }][] {
  const byRule = new Map<string, { predicted: number; matched: number; correct: number }>();
  const counts = (rule: string) => byRule.get(rule) ?? byRule.set(rule, { predicted: 0, matched: 0, correct: 0 }).get(rule)!;
  for (const match of matches) {
    for (const predicted of match.spurious) counts(predicted.rule).predicted++;
    for (const { gold, predicted } of match.pairs) {
      const ruleCounts = counts(predicted.rule);
      ruleCounts.predicted++;
      ruleCounts.matched++;
      if (valuesAgree(gold.value, predicted.value)) ruleCounts.correct++;
    }
  }
  return [...byRule].sort((a, b) => b[1].predicted - a[1].predicted);
}

function formatScore(name: string, score: TimexScore, speed: { megabytesPerSecond: number; documentsPerSecond: number }): string {
  const figures = (part: { precision: number; recall: number; f1: number }) => `${part.precision.toFixed(3)} / ${part.recall.toFixed(3)} / ${part.f1.toFixed(3)}`;
  return [
    name.padEnd(14),
    figures(score.detection).padEnd(26),
    figures(score.value).padEnd(26),
    `${speed.megabytesPerSecond.toFixed(2)} MB/s, ${speed.documentsPerSecond.toFixed(0)} docs/s`.padEnd(26),
    `${score.counts.predicted} predicted, ${score.counts.matched} matched, ${score.counts.correct} right`,
  ].join(' ');
}

function main(): void {
  const kindFilter = readOption('--kind');
  const examplesPerKind = kindFilter ? Number.POSITIVE_INFINITY : Number(readOption('--examples') ?? 2);
  const kindsToShow = kindFilter ? Number.POSITIVE_INFINITY : Number(readOption('--kinds') ?? KINDS_TO_SHOW);
  const documents = loadDatesDocuments();
  const gold = documents.reduce((sum, document) => sum + document.timex.length, 0);
  const ours = evaluate(findOurs, documents);
  const chronoAlone = evaluate(findWithChronoAlone, documents);
  const [oursSpeed, chronoSpeed] = timeFinders([findOurs, findWithChronoAlone], documents) as [
    { megabytesPerSecond: number; documentsPerSecond: number },
    { megabytesPerSecond: number; documentsPerSecond: number },
  ];
  console.log(`TempEval-3 TBAQ-cleaned dev: ${documents.length} documents, ${gold} TIMEX3`);
  console.log(`${'finder'.padEnd(14)} ${'detection P / R / F1'.padEnd(26)} ${'value P / R / F1'.padEnd(26)} ${'speed'.padEnd(26)} counts`);
  console.log(formatScore('ours', ours.score, oursSpeed));
  console.log(formatScore('chrono alone', chronoAlone.score, chronoSpeed));
  console.log(`\nOur predictions by rule (predicted, overlapping a gold TIMEX3, with its value):`);
  for (const [rule, counts] of countByRule(ours.matches)) {
    console.log(`  ${rule.padEnd(18)} ${String(counts.predicted).padStart(5)} ${String(counts.matched).padStart(5)} ${String(counts.correct).padStart(5)}  (value precision ${(counts.correct / counts.predicted).toFixed(2)})`);
  }
  const kinds = [...describeErrors(ours.matches, documents)]
    .filter(([kind]) => kindFilter === undefined || kind.includes(kindFilter))
    .sort((a, b) => b[1].length - a[1].length);
  console.log(`\nOur most frequent error kinds (of ${kinds.reduce((sum, [, examples]) => sum + examples.length, 0)} errors):`);
  for (const [kind, examples] of kinds.slice(0, kindsToShow)) {
    console.log(`${String(examples.length).padStart(4)}  ${kind}`);
    for (const example of examples.slice(0, examplesPerKind)) console.log(`        ${example}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
