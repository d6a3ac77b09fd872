/**
 * The share of a text's first 64 KiB that is control characters or U+FFFD (what a decoder writes for
 * bytes it cannot read): near 0 for any page, high for an image or a zip read as text.
 */

const SAMPLE_LENGTH = 65_536;
const UNREADABLE = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

export function measureBinaryShare(text: string): number {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample.length === 0) return 0;
  return (sample.match(UNREADABLE)?.length ?? 0) / sample.length;
}
