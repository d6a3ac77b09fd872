import { tokenizeForComparison } from '../../shared/tokenize-for-comparison.ts';

// "Cat found in Oregon - San Antonio Express-News", "Bike & Style book review | MoreBikes"
const LAST_SEPARATOR = /\s+[-–—|:·•]\s+(?=[^-–—|:·•]+$)/;

/** Drops a trailing " - Outlet" or " | Outlet" from a title when it names the outlet, and only then. */
export function removeOutletFromTitle(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const parts = title.split(LAST_SEPARATOR);
  if (parts.length !== 2 || tokenizeForComparison(parts[1]!) !== tokenizeForComparison(outlet)) return title;
  return parts[0]!.trim() || title;
}
