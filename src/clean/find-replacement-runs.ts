import type { Message } from '../model/index.ts';
import type { Edit, Line } from './edit.ts';

/** Two or more U+FFFD in a row: what a decoder writes for each byte of a character it could not read. */
const REPLACEMENT_RUN = /\uFFFD{2,}/g;

export interface ReplacementRun {
  /** Drops all but the first mark of the run: "Bucure����ti" reads "Bucure�ti", the one mark mapping to the run's first. */
  edit: Edit;
  message: Message;
}

/**
 * Runs of replacement characters that a broken source left in the kept lines: each is shown as one "�" and
 * reported with its place in raw, so a reader sees that something is lost there and where, and not how many
 * bytes it took. A lone "�" stays as it is (ingest already warns of replacement characters).
 */
export function findReplacementRuns(lines: readonly Line[]): ReplacementRun[] {
  return lines.flatMap((line) =>
    [...line.text.matchAll(REPLACEMENT_RUN)].map((match): ReplacementRun => {
      const start = line.start + match.index;
      const end = start + match[0].length;
      return {
        edit: { start: start + 1, end, text: '' },
        message: { severity: 'warning', origin: 'clean:replacement-characters', reason: `${match[0].length} replacement characters (U+FFFD) in a row, where the source lost a character: shown as one "\uFFFD"`, start, end },
      };
    }),
  );
}
