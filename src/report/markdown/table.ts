import { inline } from './escape-markdown.ts';

/** One row of a Markdown table, its cells already Markdown (input text passed through `inline`, which escapes `|`). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
}

export function tableHead(cells: readonly string[]): string[] {
  return [tableRow(cells), `|${cells.map(() => '---').join('|')}|`];
}

/** Input text as a table cell: on one line, `|` and the other Markdown control characters escaped. */
export function escapeCell(text: string): string {
  return inline(text);
}
