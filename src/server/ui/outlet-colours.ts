/**
 * One colour per outlet, the same on every page: picked from the outlet's name, so "Reuters" is the same
 * blue in the story list, the matrix and the article. Sixteen colours a reader tells apart on white, each
 * dark enough for white text on it; two outlets may share one, so every chip carries its name too.
 */
export const PALETTE = [
  '#1f5fa8', '#b5451b', '#2e7d32', '#8e24aa', '#00796b', '#c2185b', '#5d4037', '#3949ab',
  '#ef6c00', '#00838f', '#6d4c41', '#7b1fa2', '#558b2f', '#ad1457', '#455a64', '#9e7700',
];

/** The class that gives an element its outlet's colour (`o0` … `o15`, set in the style sheet: the pages allow no inline style). */
export function outletClass(outlet: string): string {
  let hash = 2166136261;
  for (const character of outlet.toLowerCase()) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619);
  return `o${(hash >>> 0) % PALETTE.length}`;
}

/** What a page calls an article's outlet: its outlet, or its file's name when it has none. */
export function outletName(article: { outlet: string | null; source: string }): string {
  return article.outlet ?? article.source.split(/[\\/]/).pop() ?? article.source;
}
