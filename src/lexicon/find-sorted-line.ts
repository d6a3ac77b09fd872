/**
 * The rest of the line that starts with `key` and a space, in lines sorted by their first word (UTF-16
 * code units), or undefined: a binary search over the text itself, so a 1.5 MB table needs no index
 * built at start-up. In "seize v01215136 w:seizing\nseizure n14105423 w:seize", "seizure" →
 * "n14105423 w:seize".
 */
export function findSortedLine(lines: string, key: string): string | undefined {
  let low = 0; // always the start of a line
  let high = lines.length; // always the start of a line, or the end
  while (low < high) {
    const middle = (low + high) >> 1;
    const lineStart = lines.lastIndexOf('\n', middle - 1) + 1;
    const lineEnd = lines.indexOf('\n', lineStart) === -1 ? lines.length : lines.indexOf('\n', lineStart);
    const keyEnd = lines.indexOf(' ', lineStart);
    const lineKey = lines.slice(lineStart, keyEnd === -1 || keyEnd > lineEnd ? lineEnd : keyEnd);
    if (lineKey === key) return lines.slice(lineStart + key.length + 1, lineEnd);
    if (lineKey < key) low = lineEnd + 1;
    else high = lineStart;
  }
  return undefined;
}
