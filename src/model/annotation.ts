import type { EntityType } from './dossier.ts';
import type { Span } from './span.ts';

/** A stretch of one article's cleaned text, with the words it covers. */
export interface TextSpan extends Span {
  text: string;
}

/**
 * One mention of an actor in one article: "Russian President Vladimir Putin" gives the name span
 * "Vladimir Putin" with role "Russian President"; "the Kremlin" is a mention of Russia.
 */
export interface EntityMention extends TextSpan {
  type: EntityType;
  /** Mentions with the same key are one actor within the article; the align stage merges keys across articles. */
  entityKey: string;
  /** The canonical name the article gives this actor ("Vladimir Putin" for "Putin" and "the Russian leader"). */
  name: string;
  /** A title or role said with the name: "Russian President", "White House press secretary". */
  role: string | null;
  /** ISO 3166-1 alpha-2 of the country the actor belongs to, when the text or a gazetteer says. */
  country: string | null;
}

/** One unbroken piece of quoted speech in one article; the pieces of a quote broken by "she said" share a group. */
export interface ArticleQuote extends TextSpan {
  /** Same value for the pieces of one broken quote, e.g. `q3`. */
  group: string;
  /** Who said it, as written where the article says so ("a Kremlin statement", "she", "Leavitt"), or null. */
  speaker: TextSpan | null;
  /** The entity key of the speaker, when it resolves to an actor of the article. */
  speakerKey: string | null;
  /** The attribution verb or phrase: "said", "according to", "added". */
  cue: TextSpan | null;
}

/** A statement given to someone, with or without quote marks: "X said that ...", "according to X, ...". */
export interface Attribution {
  source: TextSpan | null;
  sourceKey: string | null;
  cue: TextSpan;
  content: TextSpan;
  /** The content is inside quote marks. */
  direct: boolean;
}
