export { alignStories, type Alignment, type RereadWithDate } from './align-stories.ts';
