import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared beside the checkout (CI puts it there), or TRIANGULATE_SHARED. */
export const SHARED = resolve(process.env.TRIANGULATE_SHARED ?? resolve(import.meta.dirname, '../../shared'));

export function sharedPath(...parts: string[]): string {
  const path = resolve(SHARED, ...parts);
  if (!existsSync(path)) throw new Error(`${path} is missing: the tests read ../shared beside the checkout (or set TRIANGULATE_SHARED)`);
  return path;
}

export const REPO = resolve(import.meta.dirname, '..');
export const BIN = resolve(REPO, 'bin/triangulate.js');
