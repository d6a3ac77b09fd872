import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';

/** What the bar shows a stage as: "reading 12/40 story.html", "annotate 310/1000 a.txt", "cluster 1000 articles". */
const STAGE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  ingest: 'reading',
  clean: 'cleaning',
  annotate: 'annotating',
  cluster: 'clustering',
  align: 'aligning',
  relate: 'relating',
  report: 'writing the report',
});

export interface Progress {
  /** After each input is read (the pipeline's onProgress). */
  update: (done: number, total: number, source: string) => void;
  /** As each later stage goes (the pipeline's onStage), and the report the CLI renders. */
  stage: (stage: string, done: number, total: number, item: string) => void;
  stop: () => void;
}

/**
 * A progress bar on stderr over every stage of a long run (reading, clean, annotate, cluster, align, relate,
 * report), only when stderr is a terminal and not --quiet. It shows once a stage has two items or more (a
 * batch of inputs, or one JSON Lines file of many articles); a one-article run shows nothing.
 */
export function createProgress(quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return { update: () => {}, stage: () => {}, stop: () => {} };
  // loaded only when a bar will show: a piped or --quiet run does not pay for it
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{stage} {bar} {count} {item}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let shownStage = '';
  const stage = (name: string, done: number, total: number, item: string) => {
    if (!started && total < 2) return;
    const payload = {
      stage: STAGE_LABELS[name] ?? name,
      // a one-step stage (cluster, align) has no count to show, only what it works on
      count: total > 1 ? `${done}/${total}` : '',
      item: item.length > 40 ? `…${item.slice(-39)}` : item,
    };
    if (!started) bar.start(total, done, payload);
    started = true;
    if (name !== shownStage) bar.setTotal(total);
    bar.update(done, payload);
    // a new stage shows at once, even within the throttle: cluster and align then work for a while without a word
    if (name !== shownStage) bar.render();
    shownStage = name;
  };
  return {
    update: (done, total, source) => stage('ingest', done, total, source),
    stage,
    stop() {
      if (started) bar.stop();
    },
  };
}
