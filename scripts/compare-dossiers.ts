/**
 * Compares two folders of JSON dossiers written by scripts/write-dossiers.ts, file by file, and names the
 * first difference of each file that differs (its JSON path and the two values), not a whole diff:
 *
 *   node --import tsx scripts/compare-dossiers.ts BEFORE_DIR AFTER_DIR [--ignore KEY[,KEY...]]
 *
 * `--ignore` leaves out object keys wherever they occur (e.g. `id,articleId,articles,copyOf` when article
 * ids change by design); `--ignore-origins` leaves out messages' `origin`. Exit code 1 when a file differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const [before, after] = args;
if (!before || !after) {
  console.error('usage: compare-dossiers.ts BEFORE_DIR AFTER_DIR [--ignore KEY,...] [--ignore-origins]');
  process.exit(2);
}
const ignoreAt = args.indexOf('--ignore');
const ignored = new Set(ignoreAt >= 0 ? (args[ignoreAt + 1] ?? '').split(',') : []);
const ignoreOrigins = args.includes('--ignore-origins');

/** The first place where two JSON values differ, as a path and the two values, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, at: string, parentKey: string): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const found = firstDifference(a[index], b[index], `${at}[${index}]`, parentKey);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (ignored.has(key) || (ignoreOrigins && key === 'origin' && parentKey === 'messages')) continue;
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`, key);
      if (found) return found;
    }
    return null;
  }
  const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value)?.slice(0, 160));
  return `${at}: ${show(a)} → ${show(b)}`;
}

let differing = 0;
const names = readdirSync(before).filter((name) => name.endsWith('.json')).sort();
for (const name of names) {
  let next: unknown;
  try {
    next = JSON.parse(readFileSync(path.join(after, name), 'utf8'));
  } catch {
    console.log(`${name}: missing in ${after}`);
    differing++;
    continue;
  }
  const found = firstDifference(JSON.parse(readFileSync(path.join(before, name), 'utf8')), next, '$', '');
  if (found) {
    differing++;
    console.log(`${name}: ${found}`);
  }
}
console.log(`${names.length - differing} of ${names.length} dossiers the same${ignored.size || ignoreOrigins ? ` (ignoring ${[...ignored, ...(ignoreOrigins ? ['messages[].origin'] : [])].join(', ')})` : ''}`);
process.exitCode = differing ? 1 : 0;
