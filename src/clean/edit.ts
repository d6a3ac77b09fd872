/**
 * A change to the raw text, always in raw offsets: raw [start, end) is replaced by `text`.
 * A deletion has `text: ''`, an insertion has `start === end`.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A line of the raw text, without its line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}
