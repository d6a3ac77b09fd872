import { extname } from 'node:path';
import type { InputKind } from '../model/index.ts';
import { isFeed } from './read-feed.ts';

/**
 * The kind of an input, from its content first and its name second: a `.txt` holding HTML is HTML,
 * a file without an extension holding `{...}` is JSON.
 */
export function sniffKind(text: string, name: string): InputKind {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  const extension = extname(name.replace(/[?#].*$/, '')).toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) {
    if (extension === '.jsonl' || extension === '.ndjson' || looksLikeJsonLines(text)) return 'jsonl';
    return 'json';
  }
  if (head.startsWith('<')) {
    if (isFeed(head)) return 'feed';
    if (/^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|header|!--)[\s>]/i.test(head) || /<(?:p|div|br|article|body)[\s/>]/i.test(head)) return 'html';
  }
  if (/<(?:html|body|article|p)[\s>]/i.test(head) && /<\/(?:p|div|article|body)>/i.test(text.slice(0, 65536))) return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  return 'text';
}

/** Several lines, each one JSON object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/, 3).filter((line) => line.trim());
  return lines.length >= 2 && lines.every((line) => line.trimStart().startsWith('{') && line.trimEnd().endsWith('}'));
}
