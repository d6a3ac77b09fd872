import { analyzeStory } from '../../src/pipeline.ts';
import type { Dossier } from '../../src/model/index.ts';
import { sharedPath } from '../shared-folder.ts';

let seeds: Promise<Dossier> | undefined;

/** The seed story as the real pipeline reads it, analysed once per test file. */
export function analyzeSeeds(): Promise<Dossier> {
  seeds ??= analyzeStory([sharedPath('seeds')]);
  return seeds;
}
