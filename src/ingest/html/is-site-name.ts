import { tokenizeForComparison } from '../../shared/tokenize-for-comparison.ts';

// Publishing platforms that templates name as the publisher of every blog they host.
const PLATFORM_NAMES: ReadonlySet<string> = new Set(['blogger', 'blogspot', 'wordpress', 'wordpress com', 'tumblr', 'medium', 'wix', 'squarespace', 'ghost']);

/** A declared site name, unless it is a URL, a social handle ("@politifact") or the blog platform ("Blogger"). */
export function isSiteName(value: string | null | undefined): value is string {
  return !!value && !/^(?:https?:)?\/\//i.test(value) && !value.startsWith('@') && !PLATFORM_NAMES.has(tokenizeForComparison(value));
}
