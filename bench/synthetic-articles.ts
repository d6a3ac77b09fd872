/**
 * News articles made from the ECB+ documents for the store benches: each article a headline of one
 * sub-topic (one event) and 8–20 of its sentences drawn with a seeded PRNG, with a made-up outlet and a
 * date, written as JSON Lines files of 100 articles, the input `ingest` takes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { groupBy, linesOf, loadEcbDocuments, type EcbDocument } from './ecbplus.ts';
import { createRandom } from './random.ts';

/** Articles in a JSON Lines file. */
export const ARTICLES_PER_FILE = 100;

export interface SyntheticArticle {
  title: string;
  text: string;
  outlet: string;
  published: string;
}

/** The ECB+ documents of each sub-topic, in the file's order. */
export function subtopicDocuments(): EcbDocument[][] {
  return [...groupBy(loadEcbDocuments(), (document) => document.subtopic).values()];
}

/**
 * `count` articles; the i-th is of `subtopicOf(i)`'s documents, published on `dayOf(i)` of March 2020.
 * By default story after story, round the sub-topics, a day further each round (28 days in all).
 */
export function syntheticArticles(count: number, subtopics: readonly EcbDocument[][], subtopicOf = (index: number) => index % subtopics.length, seed = 7): SyntheticArticle[] {
  const random = createRandom(seed);
  const articles: SyntheticArticle[] = [];
  for (let index = 0; index < count; index++) {
    const documents = subtopics[subtopicOf(index)]!;
    const body = documents.flatMap((document) => linesOf(document).slice(1).map((line) => line.text)).filter((text) => text.trim());
    // a sub-topic whose documents are headlines alone: its headlines are the sentences
    const sentences = body.length ? body : documents.flatMap((document) => linesOf(document).map((line) => line.text));
    const picked = Array.from({ length: 8 + Math.floor(random() * 13) }, () => sentences[Math.floor(random() * sentences.length)]!);
    const headline = linesOf(documents[Math.floor(random() * documents.length)]!)[0]!.text;
    const day = String(1 + (Math.floor(index / subtopics.length) % 28)).padStart(2, '0');
    articles.push({ title: headline, text: picked.join('\n\n'), outlet: `Outlet ${index % 97}`, published: `2020-03-${day}` });
  }
  return articles;
}

/** The articles as JSON Lines files in `folder` (made when missing), `ARTICLES_PER_FILE` to a file. */
export function writeJsonLines(folder: string, articles: readonly SyntheticArticle[]): void {
  mkdirSync(folder, { recursive: true });
  for (let file = 0; file * ARTICLES_PER_FILE < articles.length; file++) {
    const lines = articles.slice(file * ARTICLES_PER_FILE, (file + 1) * ARTICLES_PER_FILE).map((article) => JSON.stringify(article));
    writeFileSync(path.join(folder, `${String(file).padStart(5, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
}
