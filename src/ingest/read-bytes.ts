import { readFile } from 'node:fs/promises';
import type { InputSource } from './expand-inputs.ts';
import type { IngestOptions } from './options.ts';
import type { TimeBudget } from './time-budget.ts';

export type ReadBytes = { ok: true; bytes: Uint8Array; contentType: string | null; finalUrl: string | null } | { ok: false; reason: string };

/** The bytes of one input, refused once they pass `maxBytes` (a clear message, not an out-of-memory). */
export async function readBytes(source: InputSource, options: IngestOptions, budget?: TimeBudget): Promise<ReadBytes> {
  if (source.kind === 'file') {
    if (source.size > options.maxBytes) return { ok: false, reason: tooLarge(source.size, options.maxBytes) };
    try {
      return { ok: true, bytes: await readFile(source.path), contentType: null, finalUrl: null };
    } catch (error) {
      return { ok: false, reason: `cannot read: ${(error as Error).message}` };
    }
  }
  if (source.kind === 'stdin') return readStandardInput(options.maxBytes);
  // undici loads with the first URL, not with every start of the command
  const { fetchUrl } = await import('./fetch-url.ts');
  // a fetch gets what is left of the input's time budget, when that is less than its own timeout
  const timeoutMs = Math.min(options.timeoutMs, budget?.remainingMs() ?? Infinity);
  if (timeoutMs <= 0) return { ok: false, reason: budget?.spent() ?? 'no time left' };
  const fetched = await fetchUrl(source.url, {
    timeoutMs,
    maxRedirects: options.maxRedirects,
    maxBytes: options.maxBytes,
    allowPrivate: options.allowPrivate,
  });
  // the failure is reported under the input's name, which is the URL: the problem alone
  if (!fetched.ok) return { ok: false, reason: fetched.problem };
  return { ok: true, bytes: fetched.bytes, contentType: fetched.contentType, finalUrl: fetched.finalUrl };
}

async function readStandardInput(maxBytes: number): Promise<ReadBytes> {
  if (process.stdin.isTTY) return { ok: false, reason: 'standard input is a terminal: pipe an article into it' };
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      return { ok: false, reason: tooLarge(total, maxBytes, true) };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks), contentType: null, finalUrl: null };
}

export function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  return `too large: ${atLeast ? 'more than ' : ''}${size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`;
}
