import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The repository's data/ folder. This module runs as src/shared/data-files.ts (tests, through tsx) and as
 * dist/shared/data-files.js (the built command): both lie two folders below the repository, so one path
 * serves both.
 */
const DATA_FOLDER = resolve(import.meta.dirname, '../../data');

/** One of the data files (see data/README.md), parsed: `readDataFile<RolesFile>('roles.json')`. */
export function readDataFile<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(DATA_FOLDER, file), 'utf8')) as T;
}
