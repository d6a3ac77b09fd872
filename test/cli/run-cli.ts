import { spawnSync } from 'node:child_process';
import { BIN, REPO } from '../shared-folder.ts';

/** stdout kept, at most: an HTML dossier with an actor graph inlines cytoscape.js (440 KB) per story page, past spawnSync's 1 MB default. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** The installed command as a user runs it: its exit code, stdout and stderr. */
export function triangulate(args: readonly string[], { input, cwd = REPO }: { input?: string; cwd?: string } = {}) {
  const result = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', input, timeout: 120_000, maxBuffer: MAX_OUTPUT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
