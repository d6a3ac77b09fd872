/**
 * What a report shows, chosen by the caller (`--full`, `--top N`, `--min-sources N`). The JSON report
 * ignores them: it always keeps everything.
 */
export interface ReportOptions {
  /** Show every item of every list: no "and N more". */
  full?: boolean;
  /** Items shown per list (facts, conflicts, claims, omissions, quotes, timeline rows, …) before "and N more". */
  top?: number;
  /** Facts shown need at least this many independent sources (1: every fact). */
  minSources?: number;
}

/** The limits a renderer reads: `Infinity` where `full` lifts them. */
export interface ReportLimits {
  /** Items per list. */
  listed: number;
  /** Article labels cited on one line: "[A][B][C][D][E][F][G][H] and 12 more". */
  cited: number;
  /** Facts an article leaves out, named in its omission line (the most widely reported first). */
  omissionsNamed: number;
  /** Characters of one note (a story message) before it is cut with "…". */
  noteLength: number;
  minSources: number;
}

export const DEFAULT_REPORT_OPTIONS: Readonly<Required<ReportOptions>> = Object.freeze({ full: false, top: 20, minSources: 1 });

const CITED_LABELS = 8;
const OMISSIONS_NAMED = 3;
const NOTE_LENGTH = 400;

export function reportLimits(options: ReportOptions = {}): ReportLimits {
  const { full, top, minSources } = { ...DEFAULT_REPORT_OPTIONS, ...withoutUndefined(options) };
  for (const [name, value] of [['top', top], ['minSources', minSources]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`report option ${name} must be a whole number of 1 or more (got ${value})`);
  }
  if (full) return { listed: Infinity, cited: Infinity, omissionsNamed: Infinity, noteLength: Infinity, minSources };
  return { listed: top, cited: CITED_LABELS, omissionsNamed: Math.min(OMISSIONS_NAMED, top), noteLength: NOTE_LENGTH, minSources };
}

/** The first `limit` items and how many are left out. */
export function capList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return items.length > limit ? { shown: items.slice(0, limit), more: items.length - limit } : { shown: [...items], more: 0 };
}

/** "and 12 more facts (--full shows all)": the line that closes a capped list; the JSON report keeps them all. */
export function describeMore(more: number, noun: string): string {
  return `and ${more} more ${noun} (--full shows all)`;
}

function withoutUndefined(options: ReportOptions): ReportOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
