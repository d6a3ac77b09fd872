/** A stretch of raw text the cleaner drops, and why: every removal becomes an info message. */
export interface Removal {
  start: number;
  end: number;
  origin: string;
  reason: string;
}
