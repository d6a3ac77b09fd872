import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';

/** A progress bar on stderr for batches, only when stderr is a terminal and not --quiet. */
export function createProgress(quiet: boolean): { update: (done: number, total: number, source: string) => void; stop: () => void } {
  if (quiet || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  // loaded only when a bar will show: a piped or --quiet run does not pay for it
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'reading {bar} {value}/{total} {source}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, source) {
      if (total < 2) return;
      if (!started) bar.start(total, 0, { source: '' });
      started = true;
      bar.update(done, { source: source.length > 40 ? `…${source.slice(-39)}` : source });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
