import type { Message } from '../model/index.ts';
import { resolveEncodingLabel } from './resolve-encoding-label.ts';
import { NO_ENCODING_FOUND, sniffHtmlEncoding } from './sniff-html-encoding.ts';

const ORIGIN = 'ingest:decode-bytes';

export interface DecodeHints {
  /** The HTTP Content-Type header, whose charset wins over anything in the bytes but a BOM. */
  contentType?: string | null;
  /** What the bytes hold: HTML is prescanned for <meta charset>, XML read for its declaration. */
  kind?: 'html' | 'xml' | 'text' | 'json';
}

export interface DeclaredEncoding {
  encoding: string;
  /** Where it was declared, for messages: "the Content-Type header". */
  where: string;
}

/**
 * The encoding the input declares, in the order of the WHATWG sniffing algorithm: the Content-Type
 * charset, then for HTML the <meta> prescan, then the XML declaration (XML, and XHTML pages).
 * A declared label nobody knows is a warning and the next declaration is tried.
 */
export function findDeclaredEncoding(bytes: Uint8Array, hints: DecodeHints): { declared: DeclaredEncoding | null; messages: Message[] } {
  const messages: Message[] = [];
  const kind = hints.kind;
  const finders: Array<() => DeclaredEncoding | null> = [() => fromContentType(hints.contentType ?? null, messages)];
  if (kind === undefined || kind === 'html') finders.push(() => fromMetaTag(bytes, messages));
  if (kind === undefined || kind === 'html' || kind === 'xml') finders.push(() => fromXmlDeclaration(bytes, messages));
  for (const find of finders) {
    const declared = find();
    if (declared) return { declared, messages };
  }
  return { declared: null, messages };
}

// "text/html; charset=ISO-8859-2" → ISO-8859-2; 'text/xml; charset="utf-8"' → UTF-8
function fromContentType(contentType: string | null, messages: Message[]): DeclaredEncoding | null {
  const label = contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
  return label === undefined ? null : resolveDeclared(label, 'the Content-Type header', messages);
}

// <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
function fromMetaTag(bytes: Uint8Array, messages: Message[]): DeclaredEncoding | null {
  const where = 'a <meta> tag';
  const sniffed = sniffHtmlEncoding(bytes);
  if (sniffed !== NO_ENCODING_FOUND) return { encoding: sniffed, where };
  // The prescan skips labels it does not know without a word; say so when one was there.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^"'\s;>/]+)/i.exec(head)?.[1];
  if (label !== undefined && resolveEncodingLabel(label) === null) messages.push(unknownLabel(label, where));
  return null;
}

// <?xml version="1.0" encoding="ISO-8859-1"?>
function fromXmlDeclaration(bytes: Uint8Array, messages: Message[]): DeclaredEncoding | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const label = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
  if (label === undefined) return null;
  const declared = resolveDeclared(label, 'the XML declaration', messages);
  // A declaration readable as ASCII cannot be UTF-16 (that has a BOM or zero bytes): the HTML
  // standard reads such a <meta> as UTF-8, and so do we.
  if (declared && /^utf-16/i.test(declared.encoding)) return { ...declared, encoding: 'UTF-8' };
  return declared;
}

function resolveDeclared(label: string, where: string, messages: Message[]): DeclaredEncoding | null {
  const encoding = resolveEncodingLabel(label);
  if (encoding === null) {
    messages.push(unknownLabel(label, where));
    return null;
  }
  return { encoding, where };
}

function unknownLabel(label: string, where: string): Message {
  return { severity: 'warning', origin: ORIGIN, reason: `unknown or unsupported charset "${label}" in ${where}; ignored` };
}
