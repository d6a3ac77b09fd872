/** Each clause's article as a small number (in order of first appearance): hot loops compare numbers, not ids. */
export function numberArticles(articleIds: readonly string[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(articleIds, (id) => {
    let number = numbers.get(id);
    if (number === undefined) numbers.set(id, (number = numbers.size));
    return number;
  });
}
