import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Message } from '../model/index.ts';
import { decodeUtf8Leniently } from './decode-utf8-leniently.ts';
import { type DecodeHints, findDeclaredEncoding } from './find-declared-encoding.ts';
import { sniffUtf16 } from './sniff-utf16.ts';

export type { DecodeHints } from './find-declared-encoding.ts';

const ORIGIN = 'ingest:decode-bytes';
/** Text has next to no control characters; binary files (images, PDF streams, archives) have one byte in ten. */
const MAX_CONTROL_SHARE = 0.05;

export interface DecodedText {
  text: string;
  /** The encoding the text was read as: "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS", ... */
  encoding: string;
  messages: Message[];
}

/**
 * Bytes to text. A byte order mark wins; then a declared charset (Content-Type, <meta>, <?xml?>);
 * then UTF-16 told by its zero bytes; then UTF-8 when the bytes are valid UTF-8; else windows-1252.
 * The BOM is stripped. Binary content gives a fatal message and no text.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const decoded = decodeByOrderOfEvidence(bytes, hints);
  const controlShare = shareOfControlCharacters(decoded.text);
  if (controlShare > MAX_CONTROL_SHARE) {
    const percent = Math.round(controlShare * 100);
    const reason = `binary content, not text (${percent}% control characters when read as ${decoded.encoding})`;
    return { text: '', encoding: decoded.encoding, messages: [{ severity: 'fatal', origin: ORIGIN, reason }] };
  }
  return decoded;
}

function decodeByOrderOfEvidence(bytes: Uint8Array, hints: DecodeHints): DecodedText {
  const byteOrderMark = readByteOrderMark(bytes);
  if (byteOrderMark) {
    return decodeAs(byteOrderMark.encoding, bytes.subarray(byteOrderMark.length), 'the byte order mark');
  }
  const { declared, messages } = findDeclaredEncoding(bytes, hints);
  if (declared) {
    const decoded = decodeAs(declared.encoding, bytes, declared.where);
    return { ...decoded, messages: [...messages, ...decoded.messages] };
  }
  const decoded = decodeUndeclared(bytes);
  return { ...decoded, messages: [...messages, ...decoded.messages] };
}

function readByteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

function decodeAs(encoding: string, bytes: Uint8Array, where: string): DecodedText {
  if (/^utf-?8$/i.test(encoding)) {
    const { text, invalidBytes } = decodeUtf8Leniently(bytes);
    if (invalidBytes === 0) return { text, encoding: 'UTF-8', messages: [] };
    const reason = `${where} says UTF-8, but the text has ${countOf(invalidBytes, 'byte')} outside UTF-8, read as windows-1252`;
    return { text, encoding: 'UTF-8', messages: [{ severity: 'warning', origin: ORIGIN, reason }] };
  }
  if (!/^utf-?16/i.test(encoding) && hasNonAscii(bytes)) {
    // A page that says "iso-8859-1" but was saved as UTF-8: "Ã©" all over. Valid UTF-8 with multi-byte
    // sequences is next to impossible by chance in a legacy encoding, so the bytes win over the label.
    if (isUtf8(bytes)) {
      const reason = `${where} says ${encoding}, but the bytes are valid UTF-8: read as UTF-8`;
      return { text: decodeUtf8Leniently(bytes).text, encoding: 'UTF-8', messages: [{ severity: 'warning', origin: ORIGIN, reason }] };
    }
  }
  return { text: iconv.decode(bytes, encoding, { stripBOM: false }), encoding, messages: [] };
}

function decodeUndeclared(bytes: Uint8Array): DecodedText {
  // Before the UTF-8 test: UTF-16 of ASCII text ("H\0i\0") is valid UTF-8 too.
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const reason = `no byte order mark or charset: read as ${utf16} from the pattern of zero bytes`;
    return { text: iconv.decode(bytes, utf16, { stripBOM: false }), encoding: utf16, messages: [{ severity: 'info', origin: ORIGIN, reason }] };
  }
  const { text, invalidBytes, multibyteSequences } = decodeUtf8Leniently(bytes);
  if (invalidBytes === 0) return { text, encoding: 'UTF-8', messages: [] };
  if (multibyteSequences === 0) {
    const reason = 'no charset declared and the bytes are not UTF-8: read as windows-1252';
    return { text, encoding: 'windows-1252', messages: [{ severity: 'info', origin: ORIGIN, reason }] };
  }
  // A UTF-8 page template around a latin-1 body: each part is read as what it is.
  const reason = `no charset declared and mixed encodings: ${countOf(multibyteSequences, 'UTF-8 sequence')}, and ${countOf(invalidBytes, 'byte')} outside UTF-8, read as windows-1252`;
  const encoding = multibyteSequences >= invalidBytes ? 'UTF-8' : 'windows-1252';
  return { text, encoding, messages: [{ severity: 'warning', origin: ORIGIN, reason }] };
}

// (1, 'byte') → "1 byte"; (3, 'byte') → "3 bytes"
function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** C0 and C1 controls other than tab, line feed, vertical tab, form feed, carriage return and escape (ISO-2022). */
function shareOfControlCharacters(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) || (code >= 0x7f && code <= 0x9f)) controls += 1;
  }
  return controls / text.length;
}
