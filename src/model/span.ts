/** A half-open range of UTF-16 offsets into one article's cleaned `text`. */
export interface Span {
  start: number;
  end: number;
}
