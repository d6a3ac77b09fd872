/** Reduces a text to its lower-cased words joined by spaces, so "Cat found — in Oregon!" equals "cat found in oregon". */
export function tokenizeForComparison(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
