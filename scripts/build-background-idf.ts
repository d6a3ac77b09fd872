/**
 * Builds data/background-df.json: in how many of the 772 ECB+ news documents each lemma occurs, for the
 * rarity (idf) of a word in the aligner. See data/README.md.
 *
 *   node --import tsx scripts/build-background-idf.ts [path/to/ecbplus.dev.jsonl]
 *
 * Lemmas are wink-nlp's (the annotator's tagger, src/shared/wink.ts), lower-cased, proper nouns
 * included; only tokens with a letter count. Lemmas seen in one document only are dropped: the
 * aligner gives a word it does not find the highest rarity anyway.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadWink } from '../src/shared/wink.ts';

const INPUT = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data/clustering/ecbplus.dev.jsonl');
const OUTPUT = resolve(import.meta.dirname, '../data/background-df.json');
const MIN_DOCUMENTS = 2;

const nlp = loadWink();
const its = nlp.its;
const documentFrequency = new Map<string, number>();
let documents = 0;
for (const line of readFileSync(INPUT, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
  const lemmas = nlp.readDoc(text).tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const seen = new Set(lemmas.map((lemma) => lemma.toLowerCase()).filter((lemma) => /\p{L}/u.test(lemma)));
  for (const lemma of seen) documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  documents++;
}

const df: Record<string, number> = {};
for (const [lemma, count] of [...documentFrequency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (count >= MIN_DOCUMENTS) df[lemma] = count;
}
const text = `${JSON.stringify({
  source: 'ECB+ (Cybulska & Vossen 2014, CC BY 3.0): document frequencies of wink-nlp lemmas, built by scripts/build-background-idf.ts',
  documents,
  df,
})}\n`;
writeFileSync(OUTPUT, text);
console.log(`${OUTPUT}: ${documents} documents, ${Object.keys(df).length} of ${documentFrequency.size} lemmas kept; ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
