import { decodeHtmlEntities } from './decode-html-entities.ts';

/**
 * Turns author values as pages give them into one comma-joined list of names:
 * ["By Matthew Digby and Minh Do"] → "Matthew Digby, Minh Do";
 * ["Steve Peoples, AP National Political Writer"] → "Steve Peoples";
 * ["https://www.facebook.com/jane"] (Open Graph's `article:author` is often a profile URL) → null.
 */

// "By ", "by: ", "BY ", "Por ", "Par ", "Von " ("Di" or "Da" would eat names like "Di Maria")
const LEADING_BY = /^\s*(?:[Bb][Yy]|Por|por|Par|par|Von|von)\b\s*:?\s*/;
// Lower-case joining words only: the "Y." of "Bruce Y. Lee" is an initial, not Spanish "y".
const NAME_SEPARATOR = /\s*[,;|/•·&]\s*|\s+(?:and|AND|And|und|y|et|e)\s+/;
// The part after a name that says what the person does: "AP National Political Writer", "Staff Reporter"
const ROLE = /\b(?:writer|editor|correspondent|reporter|staff|columnist|contributor|journalist|press|news service|bureau|chief|producer|updated|published)\b/i;
// "https://…", "www.x.com", "jane@x.org", "humans.txt"
const URL_LIKE = /^(?:https?:|www\.)|\.(?:com|org|net)\b|@|^[^\s.]+\.[a-z]{2,4}$/i;
// Accounts of the publishing system, not people: "admin", "jdadmin", "webmaster"
const ACCOUNT_NAME = /^(?:\w*admin(?:istrator)?|webmaster|editor|staff|guest|user|anonymous)$/i;
const MAX_NAME_LENGTH = 60;

function splitNames(value: string): string[] {
  return value
    .replace(/\s+/g, ' ')
    .replace(LEADING_BY, '')
    .split(NAME_SEPARATOR)
    .map((part) => part.replace(LEADING_BY, '').replace(/^[\s\-–—:]+|[\s\-–—:]+$/g, ''));
}

function isName(part: string): boolean {
  return (
    part.length > 1 &&
    part.length <= MAX_NAME_LENGTH &&
    /\p{L}/u.test(part) &&
    !URL_LIKE.test(part) &&
    !ROLE.test(part) &&
    !ACCOUNT_NAME.test(part) &&
    !/\d/.test(part)
  );
}

export function normalizeByline(values: readonly string[]): string | null {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const value of values.map(decodeHtmlEntities)) {
    if (/^\s*(?:https?:|www\.)/i.test(value)) continue;
    for (const part of splitNames(value)) {
      const key = part.toLowerCase();
      if (!isName(part) || seen.has(key)) continue;
      seen.add(key);
      names.push(part);
    }
  }
  return names.length > 0 ? names.join(', ') : null;
}
