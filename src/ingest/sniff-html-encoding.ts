import { createRequire } from 'node:module';

/** html-encoding-sniffer 4 ships no types; this is its documented call (README, "Options"). */
type HtmlEncodingSniffer = (
  bytes: Uint8Array,
  options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
) => string;

const sniffer = createRequire(import.meta.url)('html-encoding-sniffer') as HtmlEncodingSniffer;

/** Returned when nothing was found: the sniffer hands back `defaultEncoding` unchanged. */
export const NO_ENCODING_FOUND = 'none';

/**
 * The WHATWG encoding sniffing algorithm: a byte order mark, then `transportLabel` (a Content-Type
 * charset), then the `<meta charset>` prescan of the first 1024 bytes. Returns a WHATWG encoding name
 * ("windows-1252" for the label "latin1") or `NO_ENCODING_FOUND`.
 */
export function sniffHtmlEncoding(bytes: Uint8Array, transportLabel?: string): string {
  return sniffer(bytes, {
    ...(transportLabel === undefined ? {} : { transportLayerEncodingLabel: transportLabel }),
    defaultEncoding: NO_ENCODING_FOUND,
  });
}
