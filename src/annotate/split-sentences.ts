import type { Span } from '../model/index.ts';
import { loadWink } from '../shared/wink.ts';

/**
 * Sentences as spans of the cleaned text. Paragraphs are split first, since wink-nlp does not break
 * at line breaks: a heading or a caption line never runs into the next sentence.
 */
export function splitSentences(text: string): Span[] {
  const nlp = loadWink();
  const spans: Span[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    let cursor = 0;
    const sentences = nlp.readDoc(paragraph[0]).sentences().out() as string[];
    for (const sentence of sentences) {
      const trimmed = sentence.trim();
      if (!trimmed) continue;
      const at = paragraph[0].indexOf(trimmed, cursor);
      if (at < 0) continue; // wink changed the text (it never should): skip rather than point at the wrong place
      spans.push({ start: paragraph.index + at, end: paragraph.index + at + trimmed.length });
      cursor = at + trimmed.length;
    }
  }
  return spans;
}
