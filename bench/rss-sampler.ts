import { Worker } from 'node:worker_threads';

/**
 * The peak resident set while synchronous work runs: a worker thread samples it every 2 ms (a timer of the
 * main thread would not fire until the work returns). `reset` starts a new peak from now and returns the
 * resident set now.
 */
export function startRssSampler(): { reset: () => number; peak: () => number; stop: () => Promise<number> } {
  const cells = new BigInt64Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const cells = new BigInt64Array(workerData);
     setInterval(() => {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(cells, 0)) Atomics.store(cells, 0, rss);
     }, 2);`,
    { eval: true, workerData: cells.buffer },
  );
  worker.unref();
  return {
    reset: () => {
      const rss = process.memoryUsage.rss();
      Atomics.store(cells, 0, BigInt(rss));
      return rss;
    },
    peak: () => Math.max(Number(Atomics.load(cells, 0)), process.memoryUsage.rss()),
    stop: () => worker.terminate(),
  };
}
