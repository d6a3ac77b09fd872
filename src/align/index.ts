export { summarizeStory } from './summarize-story.ts';
export { mergeEntities, type MergedEntities } from './merge-entities.ts';
export { collectQuotes } from './collect-quotes.ts';
export { alignFacts } from './facts/index.ts';
