import type { Line } from './edit.ts';

/** The raw text's lines with their offsets; "\r\n", "\r", "\u2028" and "\u2029" all end a line. */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (const match of raw.matchAll(lineBreak)) {
    lines.push({ start, end: match.index, text: raw.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: raw.length, text: raw.slice(start) });
  return lines;
}

export function isBlank(line: Line): boolean {
  return !/[^\s\u00a0\u200b\ufeff]/.test(line.text);
}
