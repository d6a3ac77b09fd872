/** One row of a Markdown table: `|` in a cell is escaped and line breaks become spaces, so a cell never splits. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

export function tableHead(cells: readonly string[]): string[] {
  return [tableRow(cells), `|${cells.map(() => '---').join('|')}|`];
}

export function escapeCell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A line of text on one line: an article's line breaks inside a claim become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
