import type { Article, Dossier } from '../model/index.ts';

/** The size of the pieces renderJsonPieces hands on: large enough that writing them costs few calls. */
const PIECE_CHARACTERS = 1 << 20;

/**
 * The dossier contract (../shared/acceptance/README.md), every array present, two-space indented. The
 * token and clause layers the later stages read stay out: a reader rebuilds them from `text`.
 */
export function renderJson(dossier: Dossier): string {
  return [...renderJsonPieces(dossier)].join('');
}

/**
 * The same text as renderJson, in pieces of about a megabyte, for writing as it is made: a batch whose
 * largest story holds 2,000 articles has some 1.7 million omissions (each article's share of each fact it
 * leaves out), 375 MB of JSON, which as one string costs gigabytes and past about 512 MB cannot be made at
 * all ("Invalid string length"). Each item of the dossier's lists is written as JSON.stringify would write
 * it in place.
 */
export function* renderJsonPieces(dossier: Dossier): Generator<string> {
  let buffered: string[] = [];
  let length = 0;
  for (const part of jsonParts({ ...dossier, articles: dossier.articles.map(withoutWorkingLayers) }, '', 2)) {
    buffered.push(part);
    length += part.length;
    if (length < PIECE_CHARACTERS) continue;
    yield buffered.join('');
    buffered = [];
    length = 0;
  }
  buffered.push('\n');
  yield buffered.join('');
}

/**
 * JSON.stringify(value, null, 2) at `indent`, in parts: objects and arrays are opened `depth` levels deep,
 * what lies deeper is stringified whole (a JSON string holds no raw line break, so indenting its lines is safe).
 */
function* jsonParts(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length) {
    for (const [index, item] of value.entries()) {
      yield `${index ? ',' : '['}\n${inner}`;
      // an item JSON cannot write (undefined, a function) is null in an array, as JSON.stringify writes it
      yield* jsonParts(writesAsJson(item) ? item : null, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, field]) => writesAsJson(field));
    if (entries.length) {
      for (const [index, [key, field]] of entries.entries()) {
        yield `${index ? ',' : '{'}\n${inner}${JSON.stringify(key)}: `;
        yield* jsonParts(field, inner, depth - 1);
      }
      yield `\n${indent}}`;
      return;
    }
  }
  yield JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function writesAsJson(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** An object JSON.stringify writes field by field: no toJSON of its own (a Date has one). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function withoutWorkingLayers({ tokens, clauses, ...article }: Article): Omit<Article, 'tokens' | 'clauses'> {
  void tokens;
  void clauses;
  return article;
}
