import { constants } from 'node:fs';
import { access, mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** Why `--out` or `--out-dir` cannot take the result, said before any work; null when it can. */
export type TargetProblem = string | null;

/**
 * `--out report.md`, checked before the analysis starts: its folder exists and is writable, it is not a
 * folder itself, and it is none of the inputs (`--out a.txt` with `a.txt` an input, or a file inside an
 * input folder, would lose an article the next run reads).
 */
export async function checkOutFile(out: string, inputs: readonly string[]): Promise<TargetProblem> {
  const folder = dirname(resolve(out));
  const folderProblem = await checkWritableFolder(folder);
  if (folderProblem) return `--out ${out}: ${folderProblem}`;
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory()) return `--out ${out}: is a folder (--out names a file; --out-dir names a folder)`;
  if (!existing) return null;
  const target = await realpath(out);
  for (const input of await localInputs(inputs)) {
    if (target === input.path || (input.folder && isInside(target, input.path))) return `--out ${out}: would overwrite the input ${input.given}`;
  }
  return null;
}

/**
 * `--out-dir DIR`, checked before the analysis starts: DIR is a writable folder, or one that can be made in a
 * writable folder; and no input lies in it, nor it in an input folder (its dossiers would be read as articles).
 */
export async function checkOutFolder(outDir: string, inputs: readonly string[]): Promise<TargetProblem> {
  const existing = await stat(outDir).catch(() => null);
  if (existing && !existing.isDirectory()) return `--out-dir ${outDir}: is a file, not a folder`;
  const problem = await checkWritableFolder(existing ? resolve(outDir) : dirname(resolve(outDir)));
  if (problem) return `--out-dir ${outDir}: ${problem}`;
  const target = existing ? await realpath(outDir) : join(await realpath(dirname(resolve(outDir))), basename(outDir));
  for (const input of await localInputs(inputs)) {
    if (isInside(input.path, target) || input.path === target) return `--out-dir ${outDir}: holds the input ${input.given}; its dossiers could overwrite it`;
    if (input.folder && isInside(target, input.path)) return `--out-dir ${outDir}: lies inside the input folder ${input.given}; its dossiers would be read as articles next time`;
  }
  return null;
}

/**
 * Writes the file whole or not at all: the text goes to a temporary file beside it, renamed into place, so a
 * reader never sees half a report and a failed write leaves the earlier file as it was. The text may come in
 * pieces, written as they are made (a batch's JSON can be larger than one string may be).
 */
export async function writeAtomically(path: string, text: string | Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** Makes `--out-dir` when it is missing (its parent was checked before the work). */
export async function makeOutFolder(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
}

async function checkWritableFolder(folder: string): Promise<string | null> {
  const info = await stat(folder).catch(() => null);
  if (!info) return `the folder ${folder} does not exist`;
  if (!info.isDirectory()) return `${folder} is not a folder`;
  try {
    await access(folder, constants.W_OK);
  } catch {
    return `the folder ${folder} is not writable`;
  }
  return null;
}

/** The inputs that are files or folders on this machine, by their real path (a URL or `-` is neither). */
async function localInputs(inputs: readonly string[]): Promise<Array<{ given: string; path: string; folder: boolean }>> {
  const found = await Promise.all(
    inputs
      .filter((input) => input !== '-' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
      .map(async (given) => {
        const path = await realpath(given).catch(() => null);
        const info = path ? await stat(path).catch(() => null) : null;
        return path && info ? { given, path, folder: info.isDirectory() } : null;
      }),
  );
  return found.filter((input) => input !== null);
}

function isInside(path: string, folder: string): boolean {
  const between = relative(folder, path);
  return between !== '' && !between.startsWith('..') && !isAbsolute(between);
}
