/**
 * The aligner a bench measures is injected: `--aligner <module>#<export>` (repeatable) loads any
 * function of the shape of `alignFacts`, so variants can be compared in one run, e.g.
 *
 *   node --import tsx bench/align-quality.ts --aligner bench/aligners.ts#alignFacts --aligner bench/my-variant.ts#alignLoosely
 *
 * A module path is read from the repository root; without `#<export>` the export `alignFacts` is taken.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignStories } from '../src/align/index.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { DEFAULT_OPTIONS, type Article, type Fact } from '../src/model/index.ts';
import { rereadWithDate, STAGES } from '../src/pipeline.ts';

export type Aligner = (articles: readonly Article[]) => Fact[];

export interface NamedAligner {
  name: string;
  align: Aligner;
}

/** The align stage as the pipeline runs it, after the cluster stage: see alignFacts. */
export const DEFAULT_ALIGNER_SPEC = 'bench/aligners.ts#alignFacts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');

export async function loadAligner(spec: string): Promise<NamedAligner> {
  const [modulePath = '', exportName = 'alignFacts'] = spec.split('#');
  const module = (await import(pathToFileURL(path.resolve(REPOSITORY, modulePath)).href)) as Record<string, unknown>;
  const align = module[exportName];
  if (typeof align !== 'function') throw new Error(`bench: ${modulePath} has no function "${exportName}" (expected --aligner <module>#<export>)`);
  return { name: spec, align: align as Aligner };
}

/** The values of every `--name value` (or `--name=value`) in the arguments. */
export function optionValues(argv: readonly string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((argument, index) => {
    if (argument === `--${name}` && argv[index + 1] !== undefined) values.push(argv[index + 1]!);
    else if (argument.startsWith(`--${name}=`)) values.push(argument.slice(name.length + 3));
  });
  return values;
}

/** Fails at once on an option the bench does not know, naming the ones it does. */
export function checkOptions(argv: readonly string[], valued: readonly string[], flags: readonly string[] = []): void {
  for (const [index, argument] of argv.entries()) {
    if (!argument.startsWith('--')) {
      if (index > 0 && valued.includes(argv[index - 1]!.slice(2))) continue;
      throw new Error(`bench: unexpected argument "${argument}"`);
    }
    const name = argument.slice(2).split('=')[0]!;
    if (!valued.includes(name) && !flags.includes(name)) {
      throw new Error(`bench: unknown option "${argument}" (expected ${[...valued.map((v) => `--${v} <value>`), ...flags.map((f) => `--${f}`)].join(', ')})`);
    }
  }
}

/**
 * The cluster and align stages as analyzeStory runs them, through their entry points (entities merged,
 * stories split, then each story aligned: publication dates inferred, facts, single-source claims,
 * omissions, conflicts, quote variants, timeline; and framing), returning the facts: what a story costs
 * to align, not just its facts.
 */
export function alignFacts(articles: readonly Article[]): Fact[] {
  const clustering = clusterStories(articles, DEFAULT_OPTIONS);
  return alignStories(articles, clustering, DEFAULT_OPTIONS.align, rereadWithDate(STAGES.annotate)).facts;
}
