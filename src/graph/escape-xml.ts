/**
 * Characters XML 1.0 cannot carry at all, even escaped: the C0 controls but tab, line feed and carriage
 * return, lone halves of a surrogate pair, and U+FFFE/U+FFFF (XML 1.0 § 2.2, production Char).
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with each character XML cannot carry replaced by U+FFFD, so the file still parses and the loss shows. */
export function keepXmlCharacters(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD');
}

/**
 * Text for element content: `AT&T <b>` → `AT&amp;T &lt;b&gt;` (">" too, so "]]>" never appears); a carriage
 * return as a character reference, which a parser keeps where it would turn a raw "\r\n" into "\n".
 */
export function escapeXmlText(text: string): string {
  return keepXmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Text for an attribute value in double quotes; tabs and line breaks as character references, which attribute normalisation keeps. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/**
 * Ids that are XML name tokens (GraphML types node, edge and key ids as xs:NMTOKEN), one for each id given,
 * never the same for two: characters other than ASCII letters, digits, ".", "-" and "_" become "_", and a
 * token already taken gets "_2", "_3", ….
 */
export function createNameTokens(): (id: string) => string {
  const tokens = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    const known = tokens.get(id);
    if (known !== undefined) return known;
    const base = id.replace(/[^A-Za-z0-9._-]/g, '_') || '_';
    let token = base;
    for (let count = 2; taken.has(token); count++) token = `${base}_${count}`;
    tokens.set(id, token);
    taken.add(token);
    return token;
  };
}
