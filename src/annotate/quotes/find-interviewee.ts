import type { TextSpan } from '../../model/index.ts';

/**
 * "An interview with Mayor Ruth Adler", "Q&A with Adler", "in conversation with Adler": the person a
 * transcript is with, named in its headline or introduction. The name is the run of capitalised words
 * after "with" (a title included, "the" not).
 */
const INTERVIEW_WITH = /\b(?:interview|Q ?& ?A|conversation|talk|chat|sit-down)s?[ \t]+with[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4})/giu;

/** The last person named as a transcript's interviewee before `before`, or null. */
export function findInterviewee(text: string, before: number): TextSpan | null {
  let found: TextSpan | null = null;
  for (const match of text.slice(0, before).matchAll(INTERVIEW_WITH)) {
    const name = match[1]!.replace(/[.’']+$/u, '');
    const start = match.index + match[0].length - match[1]!.length;
    found = { start, end: start + name.length, text: name };
  }
  return found;
}
