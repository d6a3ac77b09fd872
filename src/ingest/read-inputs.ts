import type { FailedInput, RawArticle } from '../model/index.ts';
import { expandInputs } from './expand-inputs.ts';
import type { IngestOptions } from './options.ts';
import { readInput, sourceName, type InputReading } from './read-input.ts';

/**
 * Reads every input, a few at a time (`concurrency`), and returns the articles and failures in the
 * order the inputs were given, whatever order they finish in.
 */
export async function readInputs(
  inputs: readonly string[],
  options: IngestOptions,
  onProgress?: (done: number, total: number, source: string) => void,
): Promise<{ articles: RawArticle[]; failed: FailedInput[] }> {
  const expanded = await expandInputs(inputs);
  const readings: InputReading[] = new Array(expanded.sources.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let index = next++; index < expanded.sources.length; index = next++) {
      const source = expanded.sources[index]!;
      readings[index] = await readInput(source, options);
      onProgress?.(++done, expanded.sources.length, sourceName(source));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, expanded.sources.length)) }, worker));
  return {
    articles: readings.flatMap((reading) => reading.articles),
    failed: [...expanded.failed, ...readings.flatMap((reading) => reading.failed)],
  };
}
