export { alignStories, type Alignment, type RereadWithDate } from './align-stories.ts';
export { summarizeStory } from './summarize-story.ts';
