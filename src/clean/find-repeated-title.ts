import { tokenizeForComparison } from '../shared/tokenize-for-comparison.ts';
import type { Line } from './edit.ts';
import { abbreviate, type BoilerplateVerdict } from './find-boilerplate.ts';
import { isBlank } from './split-lines.ts';

/**
 * The page headline where the body repeats it at its top ("Cat found in New Mexico after going missing in
 * Oregon" above the first paragraph): the dossier keeps the title apart from the text. Only the first few
 * paragraphs are looked at (lines already found to be boilerplate left out), only a paragraph that is the
 * whole title goes, words compared ("Cat found — in Oregon!" is "cat found in oregon"), and only the first.
 */

const PARAGRAPHS_TO_CHECK = 3;

export function findRepeatedTitle(lines: readonly Line[], boilerplate: BoilerplateVerdict, titles: readonly (string | null)[]): void {
  const titleKeys = new Set(titles.map((title) => tokenizeForComparison(title ?? '')).filter((key) => key.length > 0));
  if (titleKeys.size === 0) return;
  for (const paragraph of readParagraphs(lines, boilerplate).slice(0, PARAGRAPHS_TO_CHECK)) {
    const text = paragraph.map((index) => lines[index]!.text).join('\n');
    if (!titleKeys.has(tokenizeForComparison(text))) continue;
    for (const index of paragraph) {
      const line = lines[index]!;
      boilerplate.lines.set(index, { start: line.start, end: line.end, rule: 'repeated-title', reason: `title repeated above the body: "${abbreviate(line.text.trim())}"` });
    }
    return;
  }
}

/** Line indexes in paragraphs (runs of lines between blank lines), less the lines already found to be boilerplate. */
function readParagraphs(lines: readonly Line[], boilerplate: BoilerplateVerdict): number[][] {
  const paragraphs: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, index) => {
    if (isBlank(line)) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else if (!boilerplate.lines.has(index)) {
      current.push(index);
    }
  });
  if (current.length) paragraphs.push(current);
  return paragraphs;
}
