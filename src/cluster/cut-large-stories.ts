import type { Message } from '../model/index.ts';

/** A story as the align stage takes it, with the warning of the cut that made it a part of a larger one, if any. */
export interface StoryToAlign {
  ids: string[];
  cut: Message | null;
}

/**
 * Stories of more than `limit` articles cut into consecutive parts of at most `limit` (input order), each
 * aligned as a story of its own with a warning that says so: aligning holds a whole story, and a story of
 * 88,885 articles (one-paragraph items of one kind of event the cluster stage chained) ran out of memory.
 * The limit is --max-story-articles; a story within it is left whole.
 */
export function cutLargeStories(stories: readonly (readonly string[])[], limit: number): StoryToAlign[] {
  return stories.flatMap((story): StoryToAlign[] => {
    if (story.length <= limit) return [{ ids: [...story], cut: null }];
    const parts = Math.ceil(story.length / limit);
    const size = Math.ceil(story.length / parts);
    return Array.from({ length: parts }, (_, part) => ({
      ids: story.slice(part * size, (part + 1) * size),
      cut: {
        severity: 'warning' as const,
        origin: 'cluster:story-limit' as const,
        reason: `The cluster stage found one story of ${story.length} articles, more than --max-story-articles (${limit}): it is aligned in ${parts} parts of at most ${size} articles, in input order, and this is part ${part + 1}; facts, conflicts and the timeline are aligned within each part only.`,
      },
    }));
  });
}
