import type { TextSpan } from '../../model/index.ts';

/** One line of a transcript written without quote marks: who the label says speaks, its mark, and what is said. */
export interface TranscriptLine {
  /** "Q", "Answer", "DIALLO": the label as written. */
  label: TextSpan;
  /** The colon or period after the label. */
  cue: TextSpan;
  /** The rest of the line, final punctuation left out as for every attribution's content. */
  content: TextSpan;
  /** "Q"/"Question" asks, "A"/"Answer" answers, any other label names who speaks. */
  role: 'question' | 'answer' | 'speaker';
}

const QUESTION_LABEL = /^(?:Q|Question)$/;
const ANSWER_LABEL = /^(?:A|Answer)$/;

/**
 * A labelled line: "Q: Where was the ship?", "Q. Where was the ship?", "Question: ...", "A: ...",
 * "Answer: ...", and a speaker's name before a colon ("DIALLO: ...", "Amara Diallo: ..."). Group 1 is the
 * label, group 2 its mark, group 3 what is said.
 */
const LABELLED_LINE = /^[ \t]*((?:Q|A|Question|Answer)(?=[ \t]*[:.])|\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}(?=[ \t]*:))[ \t]*([:.])[ \t]+(\S[^\n]*)$/gmu;
const QUOTE_MARK = /^["“”„«»'‘’]/u;
const TRAILING = /[\s.!?;:]+$/u;

function roleOf(label: string): TranscriptLine['role'] {
  if (QUESTION_LABEL.test(label)) return 'question';
  if (ANSWER_LABEL.test(label)) return 'answer';
  return 'speaker';
}

/**
 * The lines of a question-and-answer transcript written without quote marks. A text is a transcript
 * only when it holds both a question line ("Q: ...") and a line that answers ("A: ...", "DIALLO: ...")
 * after it, so that "A. Philip Randolph Institute ..." or "Update: ..." opening a line of prose is none.
 * A line whose words open with a quote mark (`Q: "Is this ...?"`) is a quote, read with the quotes.
 */
export function findTranscriptLines(text: string): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const match of text.matchAll(LABELLED_LINE)) {
    const [, label, mark, said] = match as unknown as [string, string, string, string];
    if (QUOTE_MARK.test(said)) continue;
    // a period after a label marks only "Q." and "A." ("Mr. Smith said ..." opens no transcript line)
    if (mark === '.' && label.length > 1) continue;
    const labelStart = match.index + match[0].indexOf(label);
    const cueStart = labelStart + label.length + match[0].slice(match[0].indexOf(label) + label.length).indexOf(mark);
    const contentStart = match.index + match[0].length - said.length;
    const words = said.replace(TRAILING, '');
    if (words.length === 0) continue;
    lines.push({
      label: { start: labelStart, end: labelStart + label.length, text: label },
      cue: { start: cueStart, end: cueStart + 1, text: mark },
      content: { start: contentStart, end: contentStart + words.length, text: words },
      role: roleOf(label),
    });
  }
  const firstQuestion = lines.findIndex((line) => line.role === 'question');
  const answered = firstQuestion >= 0 && lines.slice(firstQuestion + 1).some((line) => line.role !== 'question');
  return answered ? lines : [];
}
