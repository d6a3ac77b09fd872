/**
 * From facts back to ECB+ sentences: each evidence span (offsets into an article's cleaned `text`) is
 * mapped to the lines of the dataset document it was read from, and two sentences of different
 * documents are aligned when one fact's evidence holds both.
 *
 * The clean stage moves the headline to `title`, drops the dateline and joins lines into paragraphs, so
 * a span is mapped through the article's offset map to `raw` (the dataset text, as given to ingest),
 * then to lines. Where `raw` differs from the dataset text (a repaired encoding), the raw lines are
 * matched to the dataset lines by their text; where the offsets do not fit, the evidence text is looked
 * up in the document with whitespace folded. A span found by none of these is counted as unmapped.
 */
import { toRawOffset, type Article, type Fact } from '../src/model/index.ts';
import { linesOf, pairKey, sentenceKey, type EcbDocument, type EcbLine, type SentenceKey } from './ecbplus.ts';

export interface FactPairs {
  /** Pair keys (see ecbplus.ts pairKey) of sentences of different documents that share a fact. */
  pairs: Set<string>;
  facts: number;
  /** Facts with evidence from two or more documents. */
  crossDocumentFacts: number;
  evidence: number;
  /** Evidence spans that could not be placed on any line of their document. */
  unmapped: number;
  /** Mapped by looking the evidence text up, because its offsets did not fit the article. */
  mappedByText: number;
  /** Evidence whose `text` is not the article's text at its offsets (whitespace aside). */
  textMismatch: number;
  /** Evidence spans that cover more than one line (each line counts as held by the fact). */
  multiLine: number;
}

interface SourceDocument {
  document: EcbDocument;
  lines: EcbLine[];
  /** Dataset lines by their trimmed text, for `raw` that is not the dataset text and for exact copies. */
  lineByText: Map<string, number[]>;
  /** The document's text with each whitespace run folded to one space, and the original offset of each character. */
  folded: { text: string; offsets: number[] };
}

export class FactPairMapper {
  readonly #documents = new Map<string, SourceDocument>();

  /** `documentOf` names the dataset document an article source (a file path) was written from. */
  constructor(
    documents: readonly EcbDocument[],
    private readonly documentOf: (source: string) => string | undefined,
  ) {
    for (const document of documents) {
      const lines = linesOf(document);
      const lineByText = new Map<string, number[]>();
      for (const line of lines) lineByText.set(line.text.trim(), [...(lineByText.get(line.text.trim()) ?? []), line.line]);
      this.#documents.set(document.id, { document, lines, lineByText, folded: foldWhitespace(document.text) });
    }
  }

  pairsOf(facts: readonly Fact[], articles: readonly Article[]): FactPairs {
    const articleById = new Map(articles.map((article) => [article.id, article]));
    const result: FactPairs = { pairs: new Set(), facts: facts.length, crossDocumentFacts: 0, evidence: 0, unmapped: 0, mappedByText: 0, textMismatch: 0, multiLine: 0 };
    for (const fact of facts) {
      const sentences = new Set<SentenceKey>();
      for (const evidence of fact.evidence) {
        result.evidence++;
        const article = articleById.get(evidence.articleId);
        const source = article ? this.#documents.get(this.documentOf(article.source) ?? '') : undefined;
        if (!article || !source) {
          result.unmapped++;
          continue;
        }
        const byOffsets = linesByOffsets(article, source, evidence.start, evidence.end);
        const offsetsHoldText = byOffsets !== null && sameText(article.text.slice(evidence.start, evidence.end), evidence.text);
        if (byOffsets !== null && !offsetsHoldText) result.textMismatch++;
        let lines = offsetsHoldText ? byOffsets : linesByText(source, evidence.text);
        if (!offsetsHoldText && lines.length) result.mappedByText++;
        // offsets that hold other text than the evidence's, and a text not found: the offsets are kept
        if (!lines.length && byOffsets) lines = byOffsets;
        if (!lines.length) {
          result.unmapped++;
          continue;
        }
        if (lines.length > 1) result.multiLine++;
        for (const line of lines) sentences.add(sentenceKey(source.document.id, line));
        // an exact copy collapsed into this article carries the same sentences
        for (const copy of article.copies) {
          const copySource = this.#documents.get(this.documentOf(copy) ?? '');
          if (!copySource) continue;
          for (const line of lines) {
            for (const copyLine of copySource.lineByText.get(source.lines[line]!.text.trim()) ?? []) sentences.add(sentenceKey(copySource.document.id, copyLine));
          }
        }
      }
      const list = [...sentences];
      let crossDocument = false;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (list[i]!.slice(0, list[i]!.lastIndexOf('#')) === list[j]!.slice(0, list[j]!.lastIndexOf('#'))) continue;
          result.pairs.add(pairKey(list[i]!, list[j]!));
          crossDocument = true;
        }
      }
      if (crossDocument) result.crossDocumentFacts++;
    }
    return result;
  }

  /** Lines of the document that survive the clean stage (some character of the cleaned text comes from them), and of its exact copies. */
  survivingLines(article: Article): Set<SentenceKey> {
    const source = this.#documents.get(this.documentOf(article.source) ?? '');
    const surviving = new Set<SentenceKey>();
    if (!source) return surviving;
    const copies = article.copies.map((copy) => this.#documents.get(this.documentOf(copy) ?? '')).filter((copy) => copy !== undefined);
    for (const [, rawStart, length] of article.offsetMap) {
      if (length === 0) continue;
      for (const line of rawSpanToLines(article, source, rawStart, rawStart + length)) {
        const text = source.lines[line]!.text.trim();
        if (!/\p{L}/u.test(text)) continue;
        surviving.add(sentenceKey(source.document.id, line));
        for (const copy of copies) for (const copyLine of copy.lineByText.get(text) ?? []) surviving.add(sentenceKey(copy.document.id, copyLine));
      }
    }
    return surviving;
  }
}

/** Lines under an evidence span by its offsets, or null when the offsets fall outside the article's text. */
function linesByOffsets(article: Article, source: SourceDocument, start: number, end: number): number[] | null {
  if (!(start >= 0 && end > start && end <= article.text.length)) return null;
  const rawStart = toRawOffset(article.offsetMap, start);
  const rawEnd = toRawOffset(article.offsetMap, end - 1) + 1;
  return rawSpanToLines(article, source, rawStart, rawEnd);
}

function rawSpanToLines(article: Article, source: SourceDocument, rawStart: number, rawEnd: number): number[] {
  if (article.raw === source.document.text) return overlappingLines(source.lines, rawStart, rawEnd);
  // raw is not the dataset text: find the raw lines the span covers, then the dataset lines with their text
  const rawLines: EcbLine[] = [];
  let start = 0;
  for (const [index, text] of article.raw.split('\n').entries()) {
    rawLines.push({ line: index, start, end: start + text.length, text, annotated: false });
    start += text.length + 1;
  }
  const lines = new Set<number>();
  for (const line of overlappingLines(rawLines, rawStart, rawEnd)) {
    for (const match of source.lineByText.get(rawLines[line]!.text.trim()) ?? []) lines.add(match);
  }
  return [...lines];
}

function overlappingLines(lines: readonly EcbLine[], start: number, end: number): number[] {
  return lines.filter((line) => line.start < end && line.end > start).map((line) => line.line);
}

function linesByText(source: SourceDocument, text: string): number[] {
  const needle = foldWhitespace(text).text.trim();
  if (!needle) return [];
  const at = source.folded.text.indexOf(needle);
  if (at < 0) return [];
  const start = source.folded.offsets[at]!;
  const end = source.folded.offsets[at + needle.length - 1]! + 1;
  return overlappingLines(source.lines, start, end);
}

function foldWhitespace(text: string): { text: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (/\s/.test(character)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else folded += character;
    offsets.push(index);
  }
  return { text: folded, offsets };
}

const sameText = (a: string, b: string): boolean => foldWhitespace(a).text.trim() === foldWhitespace(b).text.trim();
