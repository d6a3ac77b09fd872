import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadEcbDocuments } from '../../bench/ecbplus.ts';
import { DEFAULT_INGEST_OPTIONS, readArticlesFromBytes, readInputs } from '../../src/ingest/index.ts';
import type { RawArticle } from '../../src/model/index.ts';
import { REPO, SHARED, sharedPath } from '../shared-folder.ts';

/**
 * A case's `input.json`: which inputs the case reads besides the files of its own `input/` folder.
 *
 *   {"paths": ["../shared/seeds"], "digestLongTexts": true}
 *   {"paths": ["examples/athens-bank-firebomb"]}
 *   {"ecbplus": ["16_ecb"]}
 */
export interface CaseInput {
  /** Files or folders relative to the repository; `../shared/…` is the shared data folder (or TRIANGULATE_SHARED). */
  paths?: string[];
  /** ECB+ documents of ../shared/data/clustering/ecbplus.dev.jsonl, by id (`16_1ecb`) or whole sub-topic (`16_ecb`). */
  ecbplus?: string[];
  /** Strings over 61 characters are kept as `{length, sha1}`: for texts the project may not copy (../shared/seeds). */
  digestLongTexts?: boolean;
}

export interface CaseInputs {
  description: CaseInput;
  /** The articles ingest reads, in the order named; sources are repository-relative, so ids stay the same anywhere. */
  articles: RawArticle[];
}

const INPUT_FOLDER = 'input';
const SHARED_PREFIX = '../shared/';

/** Reads a case's inputs through ingest, as the pipeline does. A fixture whose input does not read is misuse: it throws. */
export async function readCaseInputs(caseFolder: string): Promise<CaseInputs> {
  const descriptionFile = join(caseFolder, 'input.json');
  const description: CaseInput = existsSync(descriptionFile) ? (JSON.parse(readFileSync(descriptionFile, 'utf8')) as CaseInput) : {};
  const paths = [...(description.paths ?? [])];
  if (existsSync(join(caseFolder, INPUT_FOLDER))) paths.push(relative(REPO, join(caseFolder, INPUT_FOLDER)));
  const articles = [...(await readPaths(paths)), ...(await readEcbDocuments(description.ecbplus ?? []))];
  if (articles.length === 0) throw new Error(`${caseFolder}: no input (an input/ folder, or "paths" or "ecbplus" in input.json)`);
  return { description, articles };
}

async function readPaths(paths: readonly string[]): Promise<RawArticle[]> {
  const articles: RawArticle[] = [];
  for (const path of paths) {
    const absolute = path.startsWith(SHARED_PREFIX) ? sharedPath(path.slice(SHARED_PREFIX.length)) : resolve(REPO, path);
    const { articles: read, failed } = await readInputs([absolute], DEFAULT_INGEST_OPTIONS);
    if (failed.length > 0) throw new Error(`${path}: ${failed.map((input) => `${input.source}: ${input.reason}`).join('; ')}`);
    // "/work/shared/seeds/000_….txt" → "../shared/seeds/000_….txt"
    articles.push(...read.map((article) => ({ ...article, source: path + article.source.slice(absolute.length) })));
  }
  return articles;
}

async function readEcbDocuments(names: readonly string[]): Promise<RawArticle[]> {
  if (names.length === 0) return [];
  const documents = loadEcbDocuments(sharedPath('data/clustering/ecbplus.dev.jsonl'));
  const articles: RawArticle[] = [];
  for (const name of names) {
    const chosen = documents.filter((document) => document.id === name || document.subtopic === name);
    if (chosen.length === 0) throw new Error(`ECB+ has no document or sub-topic "${name}" in ${relative(REPO, SHARED)}/data/clustering/ecbplus.dev.jsonl`);
    for (const document of chosen) {
      const source = `ecbplus/${document.id}.txt`;
      const reading = await readArticlesFromBytes(new TextEncoder().encode(document.text), source, { contentType: null, url: null }, DEFAULT_INGEST_OPTIONS);
      if (reading.failed.length > 0) throw new Error(`${source}: ${reading.failed.map((input) => input.reason).join('; ')}`);
      articles.push(...reading.articles);
    }
  }
  return articles;
}

/** The case folders of one stage: `test/fixtures/<stage>/<case>/`, sorted by name. */
export function caseFoldersOf(stageFolder: string): string[] {
  if (!existsSync(stageFolder)) return [];
  return readdirSync(stageFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(stageFolder, entry.name))
    .sort();
}
