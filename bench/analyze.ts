/**
 * Start-up included: wall time of `triangulate analyze ../shared/seeds --format json` as a fresh process
 * through the installed command (node_modules/.bin/triangulate where npm linked it, else bin/triangulate.js),
 * beside two baselines in the same run: the same job through tsx on the TypeScript sources (what the command
 * did before it ran compiled JavaScript), and a bare `node -e 0` (the floor no command can go under).
 *
 *   npm run build && node --import tsx bench/analyze.ts
 *   node --import tsx bench/analyze.ts --runs 15
 *
 * The commands take turns, round after round, so a busy machine slows them alike. Each is run once untimed
 * first (it warms the file cache), with a preload that reports its peak resident set; the timed runs carry
 * nothing extra. Target (issue 4): a median under 1.5 s. Figures only, nothing is asserted. The shared folder
 * is ../shared next to the repository, or $TRIANGULATE_SHARED.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const REPOSITORY = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env['TRIANGULATE_SHARED'] ?? resolve(REPOSITORY, '../shared'));
const SEEDS = resolve(SHARED, 'seeds');
const TARGET_SECONDS = 1.5;

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt === -1 ? 9 : Number(argv[runsAt + 1]);
if (!Number.isInteger(runs) || runs < 1 || argv.length !== (runsAt === -1 ? 0 : 2)) throw new Error('bench: the only option is --runs N (a whole number, default 9)');
if (!existsSync(SEEDS)) throw new Error(`bench: ${SEEDS} is missing: put the shared folder beside the repository or set TRIANGULATE_SHARED`);

const linked = resolve(REPOSITORY, 'node_modules/.bin/triangulate');
const installed = existsSync(linked) ? linked : resolve(REPOSITORY, 'bin/triangulate.js');
const job = ['analyze', SEEDS, '--format', 'json'];
// the old bin/triangulate.js: tsx registered, then the sources imported (argv as a script would see it)
const fromSources = `const { main } = await import('./src/cli/main.ts'); await main([process.argv[0], 'triangulate', ...process.argv.slice(1)]);`;

interface Command {
  name: string;
  args: string[];
}

const commands: Command[] = [
  { name: `installed command (${installed.slice(REPOSITORY.length + 1)})`, args: [installed, ...job] },
  { name: 'same job through tsx on src/', args: ['--import', 'tsx', '--input-type=module', '--eval', fromSources, ...job] },
  { name: 'bare node -e 0', args: ['-e', '0'] },
];

/** Written by a preload on exit: the peak resident set of the process, in kilobytes. */
const PEAK_MEMORY = `--import=data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\\n`));")}`;

function run(command: Command, nodeOptions = ''): { seconds: number; stderr: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, command.args, {
    cwd: REPOSITORY,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`bench: ${command.name} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return { seconds, stderr: result.stderr };
}

const peakMegabytes = new Map<Command, number>();
for (const command of commands) {
  const { stderr } = run(command, PEAK_MEMORY);
  peakMegabytes.set(command, Number(/peak-rss (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024);
  const note = stderr.split('\n').find((line) => line.startsWith('triangulate:'));
  if (note) console.log(`note: ${note}`);
}
const seconds = new Map<Command, number[]>(commands.map((command) => [command, []]));
for (let round = 0; round < runs; round++) for (const command of commands) seconds.get(command)!.push(run(command).seconds);

const format = (value: number) => value.toFixed(2).padStart(6);
console.log(`triangulate analyze ${SEEDS} --format json, ${runs} fresh processes each (seconds, wall)`);
console.log(`${'command'.padEnd(44)}    min median    max  peak RSS`);
for (const command of commands) {
  const times = seconds.get(command)!.sort((a, b) => a - b);
  const middle = times.length / 2;
  const median = Number.isInteger(middle) ? (times[middle - 1]! + times[middle]!) / 2 : times[Math.floor(middle)]!;
  console.log(`${command.name.padEnd(44)} ${format(times[0]!)} ${format(median)} ${format(times.at(-1)!)} ${peakMegabytes.get(command)!.toFixed(0).padStart(6)} MB`);
}
console.log(`target: a median under ${TARGET_SECONDS} s for the installed command`);
