import type { ArticleMetadata, PublishedFrom } from './metadata.ts';
import type { Message } from './message.ts';
import type { InputKind } from './raw-article.ts';
import type { OffsetSegment } from './offset-map.ts';
import type { Span } from './span.ts';
import type { ArticleQuote, Attribution, EntityMention } from './annotation.ts';
import type { Clause, Token } from './clause.ts';

/** How an article relates to other articles of the batch that carry (almost) the same text. */
export interface Kinship {
  /** Id of the article this one is a near duplicate or syndicated copy of (the first of its group). */
  copyOf: string;
  /** Shingle containment of this text in the other, 0..1. */
  similarity: number;
  /** `near-duplicate`: same outlet or unknown outlets; `syndicated`: the same text under different outlets. */
  relation: 'near-duplicate' | 'syndicated';
}

/**
 * What a wire dateline at the top of the body says: "MOSCOW, Dec 11 (Reuters) -" is place "MOSCOW",
 * agency "Reuters", date "2025-12-11" when the article's own date (or `--published`) gives the year.
 */
export interface Dateline {
  /** As written: "MOSCOW", "Mannheim, Germany". */
  place: string;
  /** As written in the brackets: "Reuters", "AP"; null when the dateline names none. */
  agency: string | null;
  /** `YYYY-MM-DD`; `--MM-DD` (ISO 8601 without a year) when nothing in or around the article gives the year; null without a date. */
  date: string | null;
  /** Where the dateline stands in `text` (it stays there): "MOSCOW, Dec 11 (Reuters) -", its closing dash included. */
  start: number;
  end: number;
}

export interface TemporalExpression extends Span {
  text: string;
  /** TIMEX3-style value: `2025`, `2025-12`, `2025-12-11`, `P1D`, ... */
  value: string;
  precision: 'year' | 'month' | 'day' | 'duration' | 'set' | 'time';
}

export interface Quantity extends Span {
  text: string;
  value: number | null;
  /** What is counted or measured: "barrels", "missiles", "aircraft engines", "percent", "USD". */
  unit: string | null;
  /** "more than", "about", "at least", "up to" — the value is a bound or an estimate. */
  qualifier: string | null;
}

/** One article after clean: the text every later stage points into with stand-off spans. */
export interface Article extends ArticleMetadata {
  /** Stable for the same inputs: derived from the source and the text. */
  id: string;
  source: string;
  /** Other sources of exactly the same text, collapsed into this article. */
  copies: string[];
  publishedFrom: PublishedFrom;
  kind: InputKind;
  encoding: string | null;
  /** The text clean received (for HTML: the text extracted from the page). */
  raw: string;
  /** The cleaned body, without the title. */
  text: string;
  /** From offsets in `text` back to offsets in `raw`. */
  offsetMap: OffsetSegment[];
  kinship: Kinship | null;
  /** The wire dateline the body opens with, if any; the dateline stays in `text`. */
  dateline: Dateline | null;
  sentences: Span[];
  /** wink-nlp's words and marks, in text order (a layer kept in memory for the later stages; the JSON dossier leaves it out). */
  tokens: Token[];
  /** The clauses of the English sentences, in text order (kept in memory; the JSON dossier leaves them out). */
  clauses: Clause[];
  mentions: EntityMention[];
  quotes: ArticleQuote[];
  attributions: Attribution[];
  dates: TemporalExpression[];
  quantities: Quantity[];
  messages: Message[];
}
