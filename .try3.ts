import { readFileSync } from 'node:fs';
import { detectTense } from './src/annotate/dates/detect-tense.ts';
import { findClauseBounds } from './src/annotate/dates/find-clause-bounds.ts';
const docs = readFileSync('/work/shared/data/dates/tbaq.dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (let k = 0; k < 3; k++) {
let t = performance.now();
for (const d of docs) findClauseBounds(d.text);
console.log('clauses', (performance.now() - t).toFixed(0));
t = performance.now();
for (const d of docs) { const c = findClauseBounds(d.text); detectTense(d.text, (s, e) => c.around(s, e)); }
console.log('tense+clauses', (performance.now() - t).toFixed(0));
}
