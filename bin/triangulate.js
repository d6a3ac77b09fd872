#!/usr/bin/env node
// The installed command. It runs the compiled JavaScript in dist/ (`npm run build`; `npm ci` builds it through
// the `prepare` script, `npm test` rebuilds it first). Where dist/ is missing, or older than a file in src/, it
// runs the TypeScript sources through tsx instead: slower to start, but never stale code.
import { readdirSync, statSync } from 'node:fs';

const repository = new URL('../', import.meta.url);
const source = new URL('src/', repository);

/** When the last build finished (tsc writes its build info last), or null without a build. */
function builtAt() {
  try {
    return statSync(new URL('dist/build.tsbuildinfo', repository)).mtimeMs;
  } catch {
    return null;
  }
}

/** The newest change under src/ (a file edited, added or removed): a few milliseconds for some 200 files. */
function sourceChangedAt() {
  let newest = 0;
  for (const file of readdirSync(source, { recursive: true })) newest = Math.max(newest, statSync(new URL(file, source)).mtimeMs);
  return newest;
}

const built = builtAt();
let main;
if (built !== null && built >= sourceChangedAt()) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  if (built !== null) process.stderr.write('triangulate: src/ changed since the last build: running the sources through tsx (npm run build starts faster)\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv);
