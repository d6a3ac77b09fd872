/**
 * ECB+ as shared/data/clustering/ecbplus.dev.jsonl gives it (see its README.md): documents with one
 * sentence per line, the annotated sentences and the gold mentions with their coreference chains, and
 * the gold cross-document sentence pairs the README defines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanRawArticle } from '../src/clean/index.ts';
import { DEFAULT_OPTIONS, EMPTY_METADATA, type Article } from '../src/model/index.ts';

export interface EcbMention {
  start: number;
  end: number;
  text: string;
  kind: 'event' | 'entity' | 'time' | 'location';
  type: string;
  chain: string;
  sentence: number;
}

export interface EcbDocument {
  id: string;
  topic: number;
  /** The gold story: `<topic>_ecb` or `<topic>_ecbplus`. */
  subtopic: string;
  split: 'train' | 'dev';
  url: string | null;
  text: string;
  annotatedSentences: [number, number][];
  mentions: EcbMention[];
}

/** One line of a document's text: ECB+ gives one sentence per line. */
export interface EcbLine {
  line: number;
  start: number;
  end: number;
  text: string;
  annotated: boolean;
}

export const SHARED_FOLDER = path.resolve(process.env['TRIANGULATE_SHARED'] ?? path.resolve(import.meta.dirname, '../../shared'));
export const ECBPLUS_FILE = path.join(SHARED_FOLDER, 'data', 'clustering', 'ecbplus.dev.jsonl');

export function loadEcbDocuments(file = ECBPLUS_FILE): EcbDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EcbDocument);
}

/** The documents as clean leaves them, each an English article keyed by its document id: what the speed benches annotate. */
export function cleanEcbDocuments(documents: readonly Pick<EcbDocument, 'id' | 'text'>[] = loadEcbDocuments()): Article[] {
  return documents.map((document) => ({
    ...cleanRawArticle({ source: document.id, kind: 'text', text: document.text, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] }, DEFAULT_OPTIONS.clean),
    id: document.id,
    language: 'en',
    messages: [],
  }));
}

export function linesOf(document: EcbDocument): EcbLine[] {
  const annotated = new Set(document.annotatedSentences.map(([start, end]) => `${start}:${end}`));
  const lines: EcbLine[] = [];
  let start = 0;
  for (const [index, text] of document.text.split('\n').entries()) {
    const end = start + text.length;
    lines.push({ line: index, start, end, text, annotated: annotated.has(`${start}:${end}`) });
    start = end + 1;
  }
  return lines;
}

export { groupBy } from '../src/shared/group-by.ts';

/** A sentence of one document, as `<document id>#<line>`. */
export type SentenceKey = string;

export const sentenceKey = (documentId: string, line: number): SentenceKey => `${documentId}#${line}`;

/** An unordered pair of sentences of two different documents, the smaller key first. */
export function pairKey(a: SentenceKey, b: SentenceKey): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export const documentOfSentence = (key: SentenceKey): string => key.slice(0, key.lastIndexOf('#'));

/** INTRA_… and SINGLETON_… chains never match across documents; instance ids (ACT…) do. */
const isCrossDocumentChain = (chain: string): boolean => !/^(INTRA|SINGLETON)_/.test(chain);

export interface GoldOptions {
  /** Leave out reporting events ("said", ACTION_REPORTING): align on what happened, not on who told it. */
  withoutReporting: boolean;
}

export interface GoldPairs {
  /** Sentences inside `annotatedSentences`: only pairs of two of them are scored. */
  annotated: Set<SentenceKey>;
  /** Pairs of annotated sentences of different documents that share an event instance (a cross-document chain). */
  positive: Set<string>;
  /** Pairs of annotated sentences of different documents in all (positive + negative). */
  scoredPairCount: number;
}

/**
 * The README's positive pairs, restricted to two annotated sentences: two sentences of different
 * documents that hold an `event` mention of the same instance-id chain. Every other pair of two
 * annotated sentences of different documents is a negative.
 */
export function findGoldPairs(documents: readonly EcbDocument[], options: GoldOptions): GoldPairs {
  const annotated = new Set<SentenceKey>();
  const sentencesOfChain = new Map<string, Set<SentenceKey>>();
  const annotatedPerDocument: number[] = [];
  for (const document of documents) {
    const lines = linesOf(document);
    let count = 0;
    for (const line of lines) {
      if (!line.annotated) continue;
      annotated.add(sentenceKey(document.id, line.line));
      count++;
    }
    annotatedPerDocument.push(count);
    for (const mention of document.mentions) {
      if (mention.kind !== 'event' || !isCrossDocumentChain(mention.chain)) continue;
      if (options.withoutReporting && mention.type === 'ACTION_REPORTING') continue;
      const key = sentenceKey(document.id, mention.sentence);
      if (!annotated.has(key)) continue;
      const sentences = sentencesOfChain.get(mention.chain) ?? new Set<SentenceKey>();
      sentences.add(key);
      sentencesOfChain.set(mention.chain, sentences);
    }
  }
  const positive = new Set<string>();
  for (const sentences of sentencesOfChain.values()) {
    const list = [...sentences];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (documentOfSentence(list[i]!) !== documentOfSentence(list[j]!)) positive.add(pairKey(list[i]!, list[j]!));
      }
    }
  }
  const total = annotatedPerDocument.reduce((sum, count) => sum + count, 0);
  const sameDocument = annotatedPerDocument.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0);
  return { annotated, positive, scoredPairCount: (total * (total - 1)) / 2 - sameDocument };
}
