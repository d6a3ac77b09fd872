/** An exception as a message names it: `RangeError: no word here`; anything else thrown, as text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
