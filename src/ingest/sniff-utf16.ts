/** Bytes looked at; a few kilobytes show the pattern. */
const SAMPLE_BYTES = 4096;
/** Share of the sampled characters whose high byte is zero: ASCII and Latin-1 text in UTF-16. */
const ZERO_HIGH_BYTES = 0.4;
/** Share of low bytes that may be zero (U+0100, U+2000 and the like): few in text. */
const ZERO_LOW_BYTES = 0.05;

/**
 * UTF-16 without a byte order mark, told by where the zero bytes fall: "Hi" is 48 00 69 00 in
 * UTF-16LE and 00 48 00 69 in UTF-16BE. Text in scripts beyond Latin-1 has no such zeros and is not found.
 */
export function sniffUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosAtEven += 1;
    if (bytes[index + 1] === 0) zerosAtOdd += 1;
  }
  const characters = length / 2;
  if (zerosAtOdd / characters >= ZERO_HIGH_BYTES && zerosAtEven / characters <= ZERO_LOW_BYTES) return 'UTF-16LE';
  if (zerosAtEven / characters >= ZERO_HIGH_BYTES && zerosAtOdd / characters <= ZERO_LOW_BYTES) return 'UTF-16BE';
  return null;
}
