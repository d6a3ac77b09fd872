import { tokenizeForComparison } from './tokenize-for-comparison.ts';

/**
 * Drops the page headline where the body repeats it at its top ("Cat found in New Mexico after going
 * missing in Oregon" above the first paragraph): the dossier keeps the title apart from the text.
 * Only the first few paragraphs are looked at, and only a paragraph that is the whole title goes.
 */

const PARAGRAPHS_TO_CHECK = 3;

export function removeLeadingTitle(text: string, titles: readonly (string | null | undefined)[]): { text: string; removed: boolean } {
  const titleKeys = new Set(titles.map((title) => tokenizeForComparison(title ?? '')).filter((key) => key.length > 0));
  if (titleKeys.size === 0) return { text, removed: false };
  const paragraphs = text.split('\n\n');
  const index = paragraphs
    .slice(0, PARAGRAPHS_TO_CHECK)
    .findIndex((paragraph) => titleKeys.has(tokenizeForComparison(paragraph)));
  if (index < 0) return { text, removed: false };
  paragraphs.splice(index, 1);
  return { text: paragraphs.join('\n\n'), removed: true };
}
