import iconv from 'iconv-lite';

/**
 * Each byte as windows-1252 reads it. The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) become the C1 controls U+0081... as in the WHATWG index, not U+FFFD: no byte is lost,
 * so repairMojibake can still restore "Ã\u0081" → "Á".
 */
const WINDOWS_1252: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  const character = iconv.decode(Uint8Array.of(byte), 'windows-1252');
  return character === '\ufffd' ? String.fromCharCode(byte) : character;
});

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface LenientUtf8 {
  text: string;
  /** Bytes that were not part of a valid UTF-8 sequence, read as windows-1252. */
  invalidBytes: number;
  /** Valid sequences of two to four bytes (0 in pure ASCII or pure windows-1252). */
  multibyteSequences: number;
}

/**
 * UTF-8 where the bytes are valid UTF-8 and windows-1252 where they are not, so a page with a UTF-8
 * template around a latin-1 body keeps both: "caf\xE9 – ok" (an 0xE9 alone, then UTF-8 "–") → "café – ok".
 */
export function decodeUtf8Leniently(bytes: Uint8Array): LenientUtf8 {
  try {
    return { text: strictUtf8.decode(bytes), invalidBytes: 0, multibyteSequences: countMultibyteSequences(bytes) };
  } catch {
    // Not valid UTF-8: walk the bytes below.
  }
  const parts: string[] = [];
  let invalidBytes = 0;
  let multibyteSequences = 0;
  let validStart = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = validSequenceLength(bytes, index);
    if (length > 0) {
      if (length > 1) multibyteSequences += 1;
      index += length;
      continue;
    }
    if (validStart < index) parts.push(utf8.decode(bytes.subarray(validStart, index)));
    parts.push(WINDOWS_1252[bytes[index]!]!);
    invalidBytes += 1;
    index += 1;
    validStart = index;
  }
  if (validStart < bytes.length) parts.push(utf8.decode(bytes.subarray(validStart)));
  return { text: parts.join(''), invalidBytes, multibyteSequences };
}

/** Lead bytes 0xC2–0xF4 start every multi-byte sequence; in valid UTF-8 each starts exactly one. */
function countMultibyteSequences(bytes: Uint8Array): number {
  let count = 0;
  // an index, not for...of: the iterator made a result object per byte (170 MB for a 4 MB file)
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0xc2) count += 1;
  return count;
}

/** Length of the valid UTF-8 sequence starting at `index`, 0 when there is none (RFC 3629, table 3-7 of Unicode). */
function validSequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  const isContinuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    // E0 A0..BF excludes overlong forms; ED 80..9F excludes surrogates.
    const second = lead === 0xe0 ? isContinuation(1, 0xa0) : lead === 0xed ? isContinuation(1, 0x80, 0x9f) : isContinuation(1);
    return second && isContinuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    // F0 90..BF excludes overlong forms; F4 80..8F stays below U+10FFFF.
    const second = lead === 0xf0 ? isContinuation(1, 0x90) : lead === 0xf4 ? isContinuation(1, 0x80, 0x8f) : isContinuation(1);
    return second && isContinuation(2) && isContinuation(3) ? 4 : 0;
  }
  return 0;
}
