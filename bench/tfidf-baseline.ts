/**
 * The plain baseline for sentence alignment: TF-IDF vectors of sentences (log tf, smoothed idf from
 * whole documents, a short stop list), compared by cosine; two sentences of different documents are
 * aligned when their cosine reaches a threshold. No stemming, no entities, no clustering.
 */

// Function words and reporting filler: they make sentences look alike without saying the same thing.
const STOP_WORDS = new Set(
  `a about after again against all also an and any are as at be because been before being between both but by can could did do does
  during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my
  no nor not now of off on once only or other our ours out over own s same she should so some such t than that the their theirs them
  then there these they this those through to too under until up very was we were what when where which while who whom why will with
  would you your yours said says say told according mr mrs ms`.split(/\s+/),
);

export function tokenize(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word) && !(word.length === 1 && /\p{L}/u.test(word)));
}

export type Idf = Map<string, number>;

/** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1, over whole documents. */
export function fitIdf(documents: readonly string[]): Idf {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const word of new Set(tokenize(document))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const idf: Idf = new Map();
  for (const [word, count] of frequency) idf.set(word, Math.log((1 + documents.length) / (1 + count)) + 1);
  return idf;
}

/** Unit-length vector of (1 + ln tf) · idf; a word missing from the IDF gets the rarest word's weight. */
export function vectorize(text: string, idf: Idf, unseenWeight: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [word, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(word) ?? unseenWeight);
    vector.set(word, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  for (const [word, weight] of vector) vector.set(word, weight / norm);
  return vector;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}

export interface BaselineSentence {
  key: string;
  documentId: string;
  text: string;
}

export interface ScoredSentencePair {
  a: string;
  b: string;
  score: number;
}

/** Cosine of every pair of sentences of different documents that share a word (the others score 0). */
export function scoreSentencePairs(sentences: readonly BaselineSentence[], idf: Idf): ScoredSentencePair[] {
  const unseenWeight = Math.max(1, ...idf.values());
  const vectors = sentences.map((sentence) => vectorize(sentence.text, idf, unseenWeight));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const word of vector.keys()) postings.set(word, [...(postings.get(word) ?? []), index]);
  });
  const pairs: ScoredSentencePair[] = [];
  for (const [index, vector] of vectors.entries()) {
    const candidates = new Set<number>();
    for (const word of vector.keys()) for (const other of postings.get(word)!) if (other > index) candidates.add(other);
    for (const other of candidates) {
      if (sentences[other]!.documentId === sentences[index]!.documentId) continue;
      pairs.push({ a: sentences[index]!.key, b: sentences[other]!.key, score: cosine(vector, vectors[other]!) });
    }
  }
  return pairs;
}
