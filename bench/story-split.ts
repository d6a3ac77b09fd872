/**
 * Does the cluster stage tell two events of one kind apart? Each ECB+ topic of shared/data/clustering
 * holds two stories of the same kind (two earthquakes, two arrests; see its README.md): the cluster stage
 * is run on each topic's union, which should split into exactly its two sub-topics, and on each sub-topic
 * alone, which should stay one story; then every document in one batch, and each document's first 1, 2
 * and 4 lines alone as short items in one batch (headlines and leads: a weak likeness between items of
 * two stories once chained them), each with B-cubed precision and recall against the sub-topics.
 *
 *   node --import tsx bench/story-split.ts
 *   node --import tsx bench/story-split.ts --topics 1-24 --baseline f3f60c9 --cache /tmp/ecb-annotated.json
 *
 * Each document goes through ingest + clean (as a `.txt` file under an opaque name, no URL, as the
 * held-out scorer gives it) and annotate, then the cluster stage (src/cluster: entities merged, stories
 * split) runs on the articles of each union and each sub-topic, and on all of them as one batch. `--baseline <commit>` runs that commit's
 * cluster stage (its src/cluster/, or its find-stories.ts alone before the stage had an index) on the same
 * articles beside it (default: the splitter before the event anchors; `--baseline none` leaves it out). `--cache FILE` keeps the annotated articles between runs
 * (delete it when annotate changes). Figures only, nothing is asserted. The shared folder is ../shared
 * next to the repository, or $TRIANGULATE_SHARED.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateArticle } from '../src/annotate/index.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { mergeEntities } from '../src/cluster/merge-entities.ts';
import { loadLexicon, type Lexicon } from '../src/lexicon/index.ts';
import { DEFAULT_OPTIONS, type Article, type ClusterOptions, type LinkedEntities } from '../src/model/index.ts';
import { extractArticleFromBytes } from '../src/pipeline.ts';
import { checkOptions, optionValues } from './aligners.ts';
import { groupBy, loadEcbDocuments } from './ecbplus.ts';

type Splitter = (articles: readonly Article[]) => string[][];
type FindStories = (articles: readonly Article[], entities: LinkedEntities, lexicon: Lexicon, options: ClusterOptions) => string[][];

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const DEFAULT_BASELINE = 'f3f60c9';
/** How many first lines of each document make a short item. */
const SHORT_ITEM_LINES = [1, 2, 4];

const argv = process.argv.slice(2);
checkOptions(argv, ['topics', 'baseline', 'cache']);
const topicRange = optionValues(argv, 'topics').at(-1);
const baselineCommit = optionValues(argv, 'baseline').at(-1) ?? DEFAULT_BASELINE;
const cacheFile = optionValues(argv, 'cache').at(-1);

const documents = loadEcbDocuments().filter((document) => inRange(document.topic, topicRange));
if (!documents.length) throw new Error(`bench: no ECB+ topic in ${topicRange} (expected --topics 1-35 or --topics 3,7,12)`);
const articles = await annotatedArticles();
const storyOf = new Map(documents.map((document) => [document.id, document.subtopic]));

const splitters: Array<[string, Splitter]> = [['cluster stage', (batch) => clusterStories(batch, DEFAULT_OPTIONS).stories]];
if (baselineCommit !== 'none') splitters.push([`baseline ${baselineCommit}`, await loadBaseline(baselineCommit)]);

const topics = groupBy(documents, (document) => document.topic);
console.log(`ECB+ topics ${[...topics.keys()].join(', ')}: ${topics.size} unions of two stories, ${topics.size * 2} single stories, ${documents.length} documents\n`);
for (const [name, split] of splitters) {
  let splitExactly = 0;
  let keptWhole = 0;
  const misses: string[] = [];
  for (const [topic, members] of topics) {
    const union = members.map((document) => articles.get(document.id)!);
    const stories = split(union);
    if (isExactSplit(stories, union)) splitExactly++;
    else misses.push(`  topic ${topic}: ${describe(stories, union)}`);
    for (const [subtopic, single] of groupBy(members, (document) => document.subtopic)) {
      const story = single.map((document) => articles.get(document.id)!);
      const parts = split(story);
      if (parts.length === 1 && parts[0]!.length === story.length) keptWhole++;
      else misses.push(`  ${subtopic} alone: ${describe(parts, story)}`);
    }
  }
  console.log(`${name}: topics split exactly ${splitExactly}/${topics.size}; single stories not split ${keptWhole}/${topics.size * 2}`);
  console.log(misses.join('\n') || '  no misses');
  console.log(`${name}, every document in one batch: ${describeBatch(split([...articles.values()]), [...articles.values()])}`);
  console.log();
}
// short items, as a feed of headlines and leads gives them: each document's first lines alone, every
// document in one batch (a day of wire items about many stories, several of one kind)
for (const lines of SHORT_ITEM_LINES) {
  const items = await shortItems(lines);
  for (const [name, split] of splitters) console.log(`${name}, each document's first ${lines} line${lines === 1 ? '' : 's'} as one item: ${describeBatch(split(items), items)}`);
}

/**
 * All the documents as one batch, as a user who feeds a day's news would: how many stories, the
 * largest, B-cubed precision and recall against the sub-topics, and how many sub-topics come out whole.
 */
function describeBatch(stories: readonly (readonly string[])[], all: readonly Article[]): string {
  const labelOf = new Map(all.map((article) => [article.id, storyOf.get(idOf(article))!]));
  const goldSizes = new Map<string, number>();
  for (const label of labelOf.values()) goldSizes.set(label, (goldSizes.get(label) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (const story of stories) {
    for (const id of story) {
      const same = story.filter((other) => labelOf.get(other) === labelOf.get(id)).length;
      precision += same / story.length;
      recall += same / goldSizes.get(labelOf.get(id)!)!;
    }
  }
  const whole = [...goldSizes].filter(([label, size]) => stories.some((story) => story.length === size && story.every((id) => labelOf.get(id) === label))).length;
  const largest = Math.max(0, ...stories.map((story) => story.length));
  return `${all.length} documents, ${goldSizes.size} gold stories → ${stories.length} stories (largest ${largest}), B-cubed P ${(precision / all.length).toFixed(3)} R ${(recall / all.length).toFixed(3)}, ${whole} gold stories whole`;
}

/** Exactly the gold stories: as many groups, each one sub-topic whole, every article in one. */
function isExactSplit(stories: readonly (readonly string[])[], union: readonly Article[]): boolean {
  const gold = groupBy(union, (article) => storyOf.get(idOf(article))!);
  if (stories.length !== gold.size || stories.flat().length !== union.length) return false;
  return stories.every((story) => {
    const labels = new Set(story.map((id) => storyOf.get(idOf(union.find((article) => article.id === id)!))));
    return labels.size === 1 && story.length === gold.get([...labels][0]!)!.length;
  });
}

/** "2 groups: [1_ecb ×12, 1_ecbplus ×2] [1_ecbplus ×19]; 1 article in no group". */
function describe(stories: readonly (readonly string[])[], batch: readonly Article[]): string {
  const byId = new Map(batch.map((article) => [article.id, article]));
  const groups = stories.map((story) => {
    const counts = new Map<string, number>();
    for (const id of story) counts.set(storyOf.get(idOf(byId.get(id)!))!, (counts.get(storyOf.get(idOf(byId.get(id)!))!) ?? 0) + 1);
    return `[${[...counts].map(([label, count]) => `${label} ×${count}`).join(', ')}]`;
  });
  const missing = batch.length - stories.flat().length;
  return `${stories.length} group${stories.length === 1 ? '' : 's'}: ${groups.join(' ')}${missing ? `; ${missing} article${missing === 1 ? '' : 's'} in no group` : ''}`;
}

/** The ECB+ id an article was read from: its source is `<id>.txt`. */
function idOf(article: Article): string {
  return path.basename(article.source, '.txt');
}

/** Each document's first `lines` lines of more than 20 characters (its title first) as one article, annotated. */
async function shortItems(lines: number): Promise<Article[]> {
  const encoder = new TextEncoder();
  const items: Article[] = [];
  for (const document of documents) {
    const text = document.text.split('\n').filter((line) => line.trim().length > 20).slice(0, lines).join(' ');
    const read = await extractArticleFromBytes(`${document.id}.txt`, encoder.encode(text));
    if ('text' in read) items.push(annotateArticle(read));
  }
  return items;
}

async function annotatedArticles(): Promise<Map<string, Article>> {
  const cached = cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Article>) : {};
  const result = new Map<string, Article>();
  const encoder = new TextEncoder();
  for (const document of documents) {
    let article = cached[document.id];
    if (!article) {
      const read = await extractArticleFromBytes(`${document.id}.txt`, encoder.encode(document.text));
      if (!('text' in read)) throw new Error(`bench: ${document.id} could not be read: ${read.reason}`);
      article = annotateArticle(read);
      cached[document.id] = article;
    }
    result.set(document.id, article);
  }
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cached));
  return result;
}

/**
 * That commit's cluster stage (its whole src/cluster/, imports of other stages pointed at today's src/):
 * its clusterStories where it has one, else its findStories alone (the commits before the stage split events).
 */
async function loadBaseline(commit: string): Promise<Splitter> {
  const files = execFileSync('git', ['ls-tree', '--name-only', `${commit}:src/cluster`], { cwd: REPOSITORY, encoding: 'utf8' }).split('\n').filter((name) => name.endsWith('.ts'));
  const folder = mkdtempSync(path.join(tmpdir(), 'story-split-baseline-'));
  for (const name of files) {
    const source = execFileSync('git', ['show', `${commit}:src/cluster/${name}`], { cwd: REPOSITORY, encoding: 'utf8' });
    writeFileSync(path.join(folder, name), source.replaceAll(`from '../`, `from '${pathToFileURL(path.join(REPOSITORY, 'src')).href}/`));
  }
  const stage = files.includes('index.ts') ? ((await import(pathToFileURL(path.join(folder, 'index.ts')).href)) as { clusterStories?: typeof clusterStories }) : {};
  const module = (await import(pathToFileURL(path.join(folder, 'find-stories.ts')).href)) as { findStories: FindStories };
  rmSync(folder, { recursive: true, force: true });
  if (stage.clusterStories) return (batch) => stage.clusterStories!(batch, DEFAULT_OPTIONS).stories;
  const lexicon = loadLexicon();
  return (batch) => module.findStories(batch, mergeEntities(batch), lexicon, DEFAULT_OPTIONS.cluster);
}

/** `1-24` or `3,7,12` (or nothing: every topic). */
function inRange(topic: number, range: string | undefined): boolean {
  if (!range) return true;
  return range.split(',').some((part) => {
    const [low, high = low] = part.split('-').map(Number);
    return topic >= low! && topic <= high!;
  });
}
