/**
 * Builds data/eld-ngrams-medium.json: the n-gram table of the eld language detector's "medium" database,
 * unchanged, as JSON. `import { eld } from 'eld/medium'` evaluates that table as a 2 MB JavaScript object
 * literal, about 400 ms of every start of the command; JSON.parse builds the same objects in about a quarter
 * of the time (src/clean/detect-language.ts). Run it again when the eld version in package.json changes
 * (test/clean/detect-language.test.ts fails until then).
 *
 *   node --import tsx scripts/build-eld-ngrams.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUTPUT = resolve(import.meta.dirname, '../data/eld-ngrams-medium.json');
// eld exports the table to its own entry files only: it lies beside the resolved `eld/medium` entry
const { ngramsData } = (await import(new URL('../ngrams/medium.js', import.meta.resolve('eld/medium')).href)) as { ngramsData: unknown };
writeFileSync(OUTPUT, JSON.stringify(ngramsData));
console.log(`wrote ${OUTPUT}`);
