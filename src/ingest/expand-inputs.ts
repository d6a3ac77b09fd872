import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FailedInput } from '../model/index.ts';
import { READABLE_EXTENSIONS } from './options.ts';

/** One thing to read: a file, standard input, or a URL. */
export type InputSource = { kind: 'file'; path: string; size: number } | { kind: 'stdin' } | { kind: 'url'; url: string };

/** Expands the inputs as given: folders recursively (sorted, hidden files skipped), `-` for stdin, http(s) URLs. */
export async function expandInputs(inputs: readonly string[]): Promise<{ sources: InputSource[]; failed: FailedInput[] }> {
  const sources: InputSource[] = [];
  const failed: FailedInput[] = [];
  for (const input of inputs) {
    if (input === '-') sources.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(input)) sources.push({ kind: 'url', url: input });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) failed.push({ source: input, reason: 'unsupported URL scheme (expected http or https)' });
    else await expandPath(input, sources, failed, true);
  }
  return { sources, failed };
}

async function expandPath(path: string, sources: InputSource[], failed: FailedInput[], given: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failed.push({ source: path, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read: ${(error as Error).message}` });
    return;
  }
  if (info.isFile()) {
    if (given || READABLE_EXTENSIONS.has(extname(path).toLowerCase())) sources.push({ kind: 'file', path, size: info.size });
    return;
  }
  if (!info.isDirectory()) {
    failed.push({ source: path, reason: 'not a file or a folder' });
    return;
  }
  let entries: string[];
  try {
    entries = (await readdir(path)).filter((entry) => !entry.startsWith('.')).sort();
  } catch (error) {
    failed.push({ source: path, reason: `cannot list folder: ${(error as Error).message}` });
    return;
  }
  for (const entry of entries) await expandPath(join(path, entry), sources, failed, false);
}
