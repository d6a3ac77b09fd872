import { Option, type Command } from 'commander';
import { GRAPH_FORMATS, GRAPH_LEVELS, renderGraph, storyRelations, type GraphFormat, type StoryRelations } from '../graph/index.ts';
import type { RelationLevel } from '../model/index.ts';
import { analyzeEachStory } from '../pipeline.ts';
import { emit, EXIT, refuse, reportFailures } from './emit.ts';
import { addInputOptions, outputProblem, pipelineOptions, type InputOptions } from './input-options.ts';
import { createProgress } from './progress.ts';

interface GraphOptions extends InputOptions {
  format: GraphFormat;
  level: RelationLevel;
}

/** `triangulate graph <inputs...>`: the relations of every story of the batch, as one actor graph or as rows. */
export function addGraphCommand(program: Command): void {
  addInputOptions(
    program
      .command('graph')
      .description('read articles (one story or many) and write the actors and their relations over all of them, as a weighted graph or as rows')
      .argument('<inputs...>', 'as for analyze: files, folders, http(s) URLs, feeds, or - for stdin'),
  )
    .addOption(
      new Option('--format <format>', 'json (nodes and edges, with evidence), graphml, gexf (open in Gephi), csv (a row per relation and sentence), polecat (POLECAT\'s TSV columns, then ours)')
        .choices(GRAPH_FORMATS)
        .default('json'),
    )
    .addOption(new Option('--level <level>', 'actor: the people and bodies named; country: the countries they act for').choices(GRAPH_LEVELS).default('actor'))
    .action(runGraph);
}

/**
 * Runs the pipeline of analyze story by story (analyzeEachStory), keeping of each dossier only what the
 * graph reads, then writes the graph. Inputs that fail are named on stderr and the rest go on, as in analyze.
 */
async function runGraph(inputs: string[], options: GraphOptions): Promise<void> {
  const problem = await outputProblem(inputs, options);
  if (problem) return refuse(problem);
  const progress = createProgress(!!options.quiet);
  const stories: StoryRelations[] = [];
  const batch = await analyzeEachStory(inputs, pipelineOptions(options), { onProgress: progress.update, onStage: progress.stage }, async ({ dossier }) => {
    stories.push(storyRelations(dossier));
  });
  progress.stop();
  reportFailures(batch.failed);
  if (!batch.articles) {
    process.stderr.write('triangulate: nothing could be read\n');
    process.exitCode = EXIT.unusable;
    return;
  }
  if (await emit(() => renderGraph(stories, options.format, options.level), options.out)) process.exitCode = batch.failed.length ? EXIT.someFailed : EXIT.ok;
}
