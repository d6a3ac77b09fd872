import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, REPO } from '../shared-folder.ts';
import { triangulate } from './run-cli.ts';

test('serve refuses to listen beyond loopback without a token, and a token too short to guess at', () => {
  const data = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  try {
    const open = triangulate(['serve', '--data', data, '--host', '0.0.0.0']);
    assert.equal(open.code, 2);
    assert.match(open.stderr, /--host 0\.0\.0\.0: listening beyond this machine needs --token/);
    const short = triangulate(['serve', '--data', data, '--host', '0.0.0.0', '--token', 'secret']);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /--token: use at least 16 characters/);
    const port = triangulate(['serve', '--data', data, '--port', '70000']);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /expected a port, 0 to 65535, got "70000"/);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

test('serve says where it listens, answers there, and stops on SIGTERM with exit code 0', async () => {
  const data = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  const server = spawn('node', [BIN, 'serve', '--data', data, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let said = '';
      server.stderr.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const found = /triangulate serve: (http:\/\/127\.0\.0\.1:\d+) \(0 articles, 0 stories; ready [\d.]+ s after start/.exec(said);
        if (found) resolve(found[1]!);
      });
      server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${said}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { store: string; articles: number };
    assert.deepEqual(health, { store: 'pglite', articles: 0, stories: 0, dossiersWaiting: 0 });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    server.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
});
