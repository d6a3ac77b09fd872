/**
 * Article text is data, never markup: what a Markdown viewer would read as HTML (`<script>`,
 * `<img onmouseover=…>`), an entity (`&lt;`), emphasis (`*`, `_`, `~`), a link or image (`[`, `]`),
 * code (`` ` ``) or a table cell break (`|`) gets a backslash, so it shows as the article wrote it.
 * An `_` inside a word ("1_10ecb.txt") cannot emphasise and stays as it is. Only our own lines start
 * with markup: input text never opens a line, so `#`, `-` or `1.` need none.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*~[\]<>|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A piece of article text on one line, escaped: an article's line breaks inside a claim become spaces. */
export function inline(text: string): string {
  return escapeMarkdown(oneLine(text));
}

/** A heading's text: as `inline`, and a `#` escaped too, since "## Title #" would lose its closing `#`. */
export function headingText(text: string): string {
  return inline(text).replace(/#/g, '\\#');
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
