/**
 * What a stage tells the reader about one article or input (after vfile's messages):
 * bad content never throws, it becomes a message with a severity and the stage that noticed it.
 */
export type Severity = 'info' | 'warning' | 'fatal';

/** The stages that speak in messages. */
export type Stage = 'ingest' | 'clean' | 'annotate' | 'cluster' | 'align' | 'relate';

/** `stage:rule`: the stage and its rule that wrote a message, e.g. `clean:image-credit`, `ingest:decode-bytes`. */
export type Origin = `${Stage}:${string}`;

/** A UTF-16 offset into an article's `raw`, the text clean received; the article's `offsetMap` links it to `text`. */
export type RawOffset = number;

export interface Message {
  severity: Severity;
  origin: Origin;
  /** For the reader only: code branches on `origin`, never on this sentence. */
  reason: string;
  /** Where in the article's `raw` the message points, when it has a place there (a removal, a repair). */
  start?: RawOffset;
  end?: RawOffset;
}

/** An input that could not be read at all; it never stops the batch. */
export interface FailedInput {
  source: string;
  reason: string;
}
