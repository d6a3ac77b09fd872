const ENTITIES: Readonly<Record<string, string>> = Object.freeze({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/** Article text is data, never markup: `<script>` in an article shows as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * A piece of input text (an outlet, a title, a sentence) as escaped HTML in its own `<bdi>`: a
 * right-to-left override (U+202E) or an Arabic name inside it cannot reorder the rest of its line.
 */
export function isolate(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** Input text inside an attribute (a `title`): no element can go there, so U+2068 … U+2069 isolate it. */
export function isolateAttribute(text: string): string {
  return escapeHtml(`\u2068${text}\u2069`);
}
