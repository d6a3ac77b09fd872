import { spawnSync } from 'node:child_process';
import { BIN, REPO } from '../shared-folder.ts';

/** The installed command as a user runs it: its exit code, stdout and stderr. */
export function triangulate(args: readonly string[], { input, cwd = REPO }: { input?: string; cwd?: string } = {}) {
  const result = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', input, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
