import type { Message, RawArticle } from '../model/index.ts';

/**
 * Cuts an article longer than `maxTextLength` characters at the last paragraph break before the limit
 * (else the last line break, else the last space), with a warning that says where and why. News puts
 * what matters first, so the beginning is the part to keep; a million characters is some twenty times a
 * long feature, and past that the cost of every later stage is what a user waits for.
 */

const ORIGIN = 'ingest:limit-text-length';
/** A break this far back from the limit is still a good place to cut; nearer the start, cut at a space instead. */
const LEAST_SHARE_KEPT = 0.8;

export function limitTextLength(article: RawArticle, maxTextLength: number): RawArticle {
  const { text } = article;
  if (text.length <= maxTextLength) return article;
  const cut = findCut(text, maxTextLength);
  const warning: Message = {
    severity: 'warning',
    origin: ORIGIN,
    reason: `text is ${text.length} characters, over the limit of ${maxTextLength} (--max-text-length): cut at character ${cut.at}, ${cut.where}; the rest was not read`,
  };
  const kept = article.messages.flatMap((message) => clipPlace(message, cut.at));
  return { ...article, text: text.slice(0, cut.at).trimEnd(), messages: [...kept, warning] };
}

function findCut(text: string, limit: number): { at: number; where: string } {
  const least = Math.floor(limit * LEAST_SHARE_KEPT);
  for (const [pattern, where] of [[/\n\s*\n/g, 'a paragraph break'], [/\n/g, 'a line break'], [/\s/g, 'a space']] as const) {
    const at = lastMatchBefore(text, pattern, limit);
    if (at >= least) return { at, where };
  }
  // one 'word' of a million characters: cut at the limit, never inside a surrogate pair
  const at = /[\ud800-\udbff]/.test(text[limit - 1] ?? '') ? limit - 1 : limit;
  return { at, where: 'inside a word (no space near the limit)' };
}

/** The start of the last match of `pattern` (global) that begins before `limit`, or -1. */
function lastMatchBefore(text: string, pattern: RegExp, limit: number): number {
  const window = text.slice(Math.floor(limit * LEAST_SHARE_KEPT), limit);
  let last = -1;
  for (const match of window.matchAll(pattern)) last = match.index;
  return last === -1 ? -1 : Math.floor(limit * LEAST_SHARE_KEPT) + last;
}

/** A message whose place lies past the cut goes with the text it pointed at; one across the cut ends there. */
function clipPlace(message: Message, cut: number): Message[] {
  if (message.start === undefined) return [message];
  if (message.start >= cut) return [];
  return [{ ...message, end: Math.min(message.end ?? message.start, cut) }];
}
