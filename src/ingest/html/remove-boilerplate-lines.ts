import { BOILERPLATE_LINE_RULES } from './boilerplate-lines.ts';
import { isDateLine } from './is-date-line.ts';

function isBoilerplateLine(line: string): boolean {
  return isDateLine(line) || BOILERPLATE_LINE_RULES.some((rule) => line.length <= rule.maxLength && rule.pattern.test(line));
}

/**
 * Removes whole lines that are page furniture (see boilerplate-lines.ts) or a bare date; returns the
 * text, still in paragraphs separated by blank lines, and how many lines went.
 */
export function removeBoilerplateLines(text: string): { text: string; removed: number } {
  let removed = 0;
  const paragraphs: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    const lines = paragraph.split('\n').filter((line) => {
      const boilerplate = isBoilerplateLine(line);
      if (boilerplate) removed++;
      return !boilerplate;
    });
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return { text: paragraphs.join('\n\n'), removed };
}
