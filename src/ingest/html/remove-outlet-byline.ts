import { tokenizeForComparison } from '../../shared/tokenize-for-comparison.ts';

/** A byline that only names the outlet ("CBS News" on cbsnews.com) says nothing about the author: null. */
export function removeOutletByline(byline: string | null, outlet: string | null): string | null {
  if (!byline || (outlet && tokenizeForComparison(byline) === tokenizeForComparison(outlet))) return null;
  return byline;
}
