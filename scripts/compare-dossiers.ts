/**
 * Compares two folders of JSON dossiers written by scripts/write-dossiers.ts, file by file, and names the
 * first difference of each file that differs (its JSON path and the two values), not a whole diff:
 *
 *   node --import tsx scripts/compare-dossiers.ts BEFORE_DIR AFTER_DIR [--ignore KEY[,KEY...]]
 *
 * `--ignore` leaves out object keys wherever they occur (e.g. `id,articleId,articles,copyOf` when article
 * ids change by design); `--ignore-origins` leaves out messages' `origin`; `--by-position` names every id of a
 * top-level list (articles, facts, conflicts, ...) by its list and position wherever it occurs, so that two
 * dossiers whose ids are made another way compare on everything else. Exit code 1 when a file differs.
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
const byPosition = args.includes('--by-position');

/** The dossier with each id of a top-level list replaced by `list#position`, wherever the id occurs. */
function namedByPosition(dossier: Record<string, unknown>): unknown {
  const names = new Map<string, string>();
  for (const [key, value] of Object.entries(dossier)) {
    if (!Array.isArray(value)) continue;
    value.forEach((item, index) => {
      if (item && typeof item === 'object' && typeof item.id === 'string') names.set(item.id, `${key}#${index}`);
    });
  }
  if (!names.size) return dossier;
  const pattern = new RegExp([...names.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return JSON.parse(JSON.stringify(dossier), (_key, value) => (typeof value === 'string' ? value.replace(pattern, (id) => names.get(id)!) : value));
}

const readDossier = (file: string): unknown => {
  const dossier = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return byPosition ? namedByPosition(dossier) : dossier;
};

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
    next = readDossier(path.join(after, name));
  } catch {
    console.log(`${name}: missing in ${after}`);
    differing++;
    continue;
  }
  const found = firstDifference(readDossier(path.join(before, name)), next, '$', '');
  if (found) {
    differing++;
    console.log(`${name}: ${found}`);
  }
}
const ignoring = [...ignored, ...(ignoreOrigins ? ['messages[].origin'] : []), ...(byPosition ? ['ids, named by position'] : [])];
console.log(`${names.length - differing} of ${names.length} dossiers the same${ignoring.length ? ` (ignoring ${ignoring.join(', ')})` : ''}`);
process.exitCode = differing ? 1 : 0;
