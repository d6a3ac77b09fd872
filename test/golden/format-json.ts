/**
 * JSON for a reader: a value whose one-line form fits in `width` columns (at its indentation) stays on
 * one line, larger ones open up two spaces per level; but a list of records (mentions, quotes, messages:
 * objects holding no list) keeps each record on one line however long, and a long list of small items
 * (spans as `[0, 209]`, offset segments) fills its lines. So a layer reads one item a line, and a change
 * diffs as the lines of the items it changes. Ends with a newline.
 */
export function formatJson(value: unknown, width = 180): string {
  return `${formatValue(value, '', width)}\n`;
}

function formatValue(value: unknown, indent: string, width: number): string {
  const oneLine = formatOneLine(value);
  if (oneLine.length + indent.length <= width || typeof value !== 'object' || value === null) return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map(formatOneLine);
    if (items.every((item) => item.length <= SMALL_ITEM)) return `[\n${fillLines(items, inner, width).join('\n')}\n${indent}]`;
    if (value.every(isRecord)) return `[\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${indent}]`;
    return `[\n${value.map((item) => `${inner}${formatValue(item, inner, width)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatValue(item, inner, width)}`).join(',\n')}\n${indent}}`;
}

/** `{"start": 45, "end": 49, "text": "Iran", "speaker": {…}}`: an object with no list inside, at any depth. */
function isRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item !== 'object' || item === null || isRecord(item));
}

/** An item as short as a span or an offset segment (`[1030, 1119, 460]`). */
const SMALL_ITEM = 24;

function fillLines(items: readonly string[], indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [index, item] of items.entries()) {
    const piece = index < items.length - 1 ? `${item},` : item;
    if (line && indent.length + line.length + 1 + piece.length > width) {
      lines.push(`${indent}${line}`);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

function formatOneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : formatOneLine(item))).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${formatOneLine(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
