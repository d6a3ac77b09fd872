/**
 * Decodes character references left in metadata values that a template escaped twice:
 * "Chelsea Activate &#163;71.6m" → "Chelsea Activate £71.6m", "review &#8211; shoots" → "review – shoots",
 * "win this&nbsp;game" → "win this game". Unknown names are left as they are.
 */

const NAMED: Readonly<Record<string, string>> = Object.freeze({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', pound: '£', euro: '€', copy: '©', reg: '®',
  trade: '™', middot: '·', bull: '•', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó',
  iacute: 'í', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
});

const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

function fromCodePoint(codePoint: number, original: string): string {
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : original;
}

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (original, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal) return fromCodePoint(Number(decimal), original);
    if (hex) return fromCodePoint(Number.parseInt(hex, 16), original);
    return NAMED[name!.toLowerCase()] ?? original;
  });
}
