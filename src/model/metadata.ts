/** What is known of an article besides its text. Unknown values are `null`: a wrong outlet is worse than none. */
export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  url: string | null;
}

/** Where `published` came from: the article itself, `--published`, the story's own dates, or nowhere. */
export type PublishedFrom = 'found' | 'given' | 'inferred' | null;

export const EMPTY_METADATA: Readonly<ArticleMetadata> = Object.freeze({
  title: null,
  outlet: null,
  byline: null,
  published: null,
  language: null,
  url: null,
});
