import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FailedInput } from '../model/index.ts';
import { READABLE_EXTENSIONS } from './options.ts';
import { readSourcesTable, type ListedMetadata, type SourcesTable } from './read-sources-table.ts';

/** One thing to read: a file, standard input, or a URL. */
export type InputSource = { kind: 'file'; path: string; size: number; listed?: ListedMetadata } | { kind: 'stdin' } | { kind: 'url'; url: string };

/**
 * Expands the inputs as given: folders recursively (sorted, hidden files skipped), `-` for stdin, http(s)
 * URLs. Symbolic links are followed, but each real file or folder is read once: a loop (`sub/up -> ..`,
 * `self -> .`) ends at the folder already seen, and a file reached by two paths is read by the first.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ sources: InputSource[]; failed: FailedInput[] }> {
  const sources: InputSource[] = [];
  const failed: FailedInput[] = [];
  const seen = new Set<string>();
  const tables = new Map<string, Promise<SourcesTable | null>>();
  for (const input of inputs) {
    if (input === '-') sources.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(input)) sources.push({ kind: 'url', url: input });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) failed.push({ source: input, reason: 'unsupported URL scheme (expected http or https)' });
    else await expandPath(input, { sources, failed, seen, tables }, true);
  }
  return { sources, failed };
}

interface Expansion {
  sources: InputSource[];
  failed: FailedInput[];
  /** Real paths (links resolved) already taken. */
  seen: Set<string>;
  /** Each folder's SOURCES.tsv (read-sources-table.ts), read once. */
  tables: Map<string, Promise<SourcesTable | null>>;
}

async function expandPath(path: string, expansion: Expansion, given: boolean): Promise<void> {
  const { sources, failed, seen } = expansion;
  let info;
  let real;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failed.push({ source: path, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read: ${(error as Error).message}` });
    return;
  }
  if (seen.has(real)) return;
  if (info.isFile()) {
    if (!given && !READABLE_EXTENSIONS.has(extname(path).toLowerCase())) return;
    seen.add(real);
    const listed = await findListedMetadata(path, expansion);
    sources.push({ kind: 'file', path, size: info.size, ...(listed ? { listed } : {}) });
    return;
  }
  if (!info.isDirectory()) {
    failed.push({ source: path, reason: 'not a file or a folder' });
    return;
  }
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(path)).filter((entry) => !entry.startsWith('.')).sort();
  } catch (error) {
    failed.push({ source: path, reason: `cannot list folder: ${(error as Error).message}` });
    return;
  }
  for (const entry of entries) await expandPath(join(path, entry), expansion, false);
}

/** What the SOURCES.tsv beside a file says of it; a table that cannot be used fails once, by its own name. */
async function findListedMetadata(path: string, { tables, failed }: Expansion): Promise<ListedMetadata | null> {
  const folder = dirname(path);
  let table = tables.get(folder);
  if (!table) {
    table = readSourcesTable(folder);
    tables.set(folder, table);
    const read = await table;
    if (read && !read.ok) failed.push({ source: read.table, reason: read.reason });
  }
  const read = await table;
  return read?.ok ? read.rows.get(basename(path)) ?? null : null;
}
