export { summarizeStory } from './summarize-story.ts';
export { mergeEntities, type MergedEntities } from './merge-entities.ts';
export { collectQuotes } from './collect-quotes.ts';
export { alignFacts } from './facts/index.ts';
export { alignStory, inferPublicationDates, type StoryAlignment } from './align-story.ts';
export type { PublishedInference } from './infer-published.ts';
export { describeFraming, UNKNOWN_VOICE } from './framing/index.ts';
