/** Where two JSON values first differ: the path to the place and the value on each side (`undefined`: absent). */
export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * The first place, in document order, where `actual` differs from `expected`, or null when they are equal.
 * Arrays are compared item by item (a missing item is `undefined`); objects key by key, the expected keys
 * in their order first, then keys only `actual` has. Key order alone is no difference.
 */
export function firstDifference(expected: unknown, actual: unknown, path = '$'): Difference | null {
  if (Object.is(expected, actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
      const found = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(expected[key], actual[key], `${path}${propertyPath(key)}`);
      if (found) return found;
    }
    return null;
  }
  return { path, expected, actual };
}

/** `$.articles[2].mentions[0].end: expected 17, got 18` — each value cut to `width` characters. */
export function describeDifference({ path, expected, actual }: Difference, width = 160): string {
  return `${path}: expected ${showValue(expected, width)}, got ${showValue(actual, width)}`;
}

function showValue(value: unknown, width: number): string {
  if (value === undefined) return '(absent)';
  const json = JSON.stringify(value);
  return json.length > width ? `${json.slice(0, width - 1)}…` : json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.name` for plain keys, `["odd key"]` for the rest. */
function propertyPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
