import iconv from 'iconv-lite';
import { NO_ENCODING_FOUND, sniffHtmlEncoding } from './sniff-html-encoding.ts';

const NO_BYTES = new Uint8Array(0);

/**
 * The encoding name a declared label stands for, when iconv-lite can decode it; null otherwise.
 * WHATWG labels first, so "latin1", "iso-8859-1" and "ascii" read as windows-1252 as browsers do
 * (pages that say latin-1 use its curly quotes); then labels only iconv-lite knows ("cp437").
 * Unknown labels ("x-foo") and ones iconv-lite cannot decode ("iso-2022-jp") give null.
 */
export function resolveEncodingLabel(label: string): string | null {
  const trimmed = label.trim().replace(/^["']|["']$/g, '');
  if (trimmed === '') return null;
  // With no bytes there is no BOM and no <meta>: the sniffer only maps the label to its WHATWG name.
  const whatwgName = sniffHtmlEncoding(NO_BYTES, trimmed);
  if (whatwgName !== NO_ENCODING_FOUND) return iconv.encodingExists(whatwgName) ? whatwgName : null;
  return iconv.encodingExists(trimmed) ? trimmed : null;
}
