export { summarizeStory } from './summarize-story.ts';
