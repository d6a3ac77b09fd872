import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FailedInput } from '../model/index.ts';
import { describeError } from '../shared/describe-error.ts';
import { writeAtomically } from './output-target.ts';

/** Exit codes: every input read; some inputs failed (named on stderr); usage error, nothing readable, or no place to write. */
export const EXIT = Object.freeze({ ok: 0, someFailed: 1, unusable: 2 });

/**
 * The result to `--out` (whole or not at all) or to stdout. When the file cannot be written after all
 * (the disk filled, the folder went away during the run), the work is not lost: it goes to a file in the
 * system's temporary folder, named on stderr, and the command exits 2. False when so. The text is a string,
 * or pieces to write as they come (made anew for the rescue file).
 */
export async function emit(text: string | (() => Iterable<string>), out: string | undefined): Promise<boolean> {
  const pieces = typeof text === 'string' ? () => [text] : text;
  if (out) {
    try {
      await writeAtomically(out, pieces());
    } catch (error) {
      const rescue = join(tmpdir(), `triangulate-${process.pid}-${basename(out)}`);
      await writeFile(rescue, pieces());
      process.stderr.write(`triangulate: --out ${out}: cannot write it (${describeError(error)}); the result is in ${rescue}\n`);
      process.exitCode = EXIT.unusable;
      return false;
    }
    return true;
  }
  // "triangulate analyze … | head": a reader that stops early is not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  for (const piece of pieces()) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
  return true;
}

/** A usage problem found before any work (`--out` to a missing folder, onto an input): said, exit 2. */
export function refuse(problem: string): void {
  process.stderr.write(`triangulate: ${problem}\n(run triangulate --help for usage)\n`);
  process.exitCode = EXIT.unusable;
}

/** Each input or article that failed, on stderr: "triangulate: a.html: no article text found". */
export function reportFailures(failed: readonly FailedInput[]): void {
  for (const failure of failed) process.stderr.write(`triangulate: ${failure.source}: ${failure.reason}\n`);
}
