/**
 * What a stage tells the reader about one article or input (after vfile's messages):
 * bad content never throws, it becomes a message with a severity and the stage that noticed it.
 */
export type Severity = 'info' | 'warning' | 'fatal';

export interface Message {
  severity: Severity;
  /** `stage:rule`, e.g. `clean:remove-boilerplate`. */
  origin: string;
  reason: string;
  /** Offsets into the text the message is about (the raw input for clean's removals). */
  start?: number;
  end?: number;
}

/** An input that could not be read at all; it never stops the batch. */
export interface FailedInput {
  source: string;
  reason: string;
}
