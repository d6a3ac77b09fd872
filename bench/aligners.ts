/**
 * The aligner a bench measures is injected: `--aligner <module>#<export>` (repeatable) loads any
 * function of the shape of `alignFacts`, so variants can be compared in one run, e.g.
 *
 *   node --import tsx bench/align-quality.ts --aligner src/align/index.ts#alignFacts --aligner bench/my-variant.ts#alignLoosely
 *
 * A module path is read from the repository root; without `#<export>` the export `alignFacts` is taken.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignStory, collectQuotes, describeFraming, inferPublicationDates, mergeEntities } from '../src/align/index.ts';
import type { Article, Fact } from '../src/model/index.ts';

export type Aligner = (articles: readonly Article[]) => Fact[];

export interface NamedAligner {
  name: string;
  align: Aligner;
}

export const DEFAULT_ALIGNER_SPEC = 'src/align/index.ts#alignFacts';
/** The whole align stage, facts and all that follows them: see alignWholeStage. */
export const WHOLE_STAGE_SPEC = 'bench/aligners.ts#alignWholeStage';

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
 * The align stage as analyzeStory runs it on articles that all have a date (entities merged, statements
 * grouped, then alignStory: facts, single-source claims, omissions, conflicts, quote variants, timeline;
 * and describeFraming), returning its facts: what a story costs to align, not just its facts.
 */
export function alignWholeStage(articles: readonly Article[]): Fact[] {
  const merged = mergeEntities(articles);
  const { statements } = inferPublicationDates(articles, merged);
  const alignment = alignStory(articles, merged, collectQuotes(articles, merged), statements ?? undefined);
  describeFraming(articles, merged.idOf, merged.entities);
  return alignment.facts;
}
