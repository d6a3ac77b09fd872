import { countWords } from '../shared/words.ts';
import { findKnownOutlet, isPhotoAgency } from '../shared/outlets.ts';

/**
 * The holder a copyright line names, when it is the outlet: "© 2025 Latin Times. All rights reserved." → "Latin Times".
 * A photo credit ("© Getty Images") names no outlet; an unknown holder counts only in the article's footer.
 */
export function readCopyrightOutlet(line: string, isFooter: boolean): string | null {
  const match = /^(?:©|\(c\)|ⓒ|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?:by\s+)?([^.|,]+?)(?:\s*[.|,]|\s+all rights reserved|$)/i.exec(line.trim());
  const holder = match?.[1]?.trim().replace(/\s+(?:ltd|limited|inc|llc|plc|gmbh|s\.?a|corp(?:oration)?)\.?$/i, '');
  if (!holder || /\d/.test(holder) || countWords(holder) > 6 || countWords(holder) === 0) return null;
  if (isPhotoAgency(holder)) return null;
  if (!/^\p{Lu}/u.test(holder) && !/^\p{N}/u.test(holder)) return null;
  if (findKnownOutlet(holder)) return holder;
  return isFooter ? holder : null;
}
