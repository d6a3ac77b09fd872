import type { ArticleMetadata, Message, OffsetSegment, RawArticle } from '../model/index.ts';
import { buildCleanText } from './build-clean-text.ts';
import { outletOfUrl } from '../shared/outlets.ts';
import { detectLanguage } from './detect-language.ts';
import type { Edit } from './edit.ts';
import { findBoilerplate } from './find-boilerplate.ts';
import { findRepeatedTitle } from './find-repeated-title.ts';
import { planParagraphs } from './plan-paragraphs.ts';
import { readHeader } from './read-header.ts';
import type { Removal } from './removal.ts';
import { isBlank, splitLines } from './split-lines.ts';
import { splitGluedWords } from './split-glued-words.ts';

export interface CleanedArticle {
  /** The body without title, credits and boilerplate. */
  text: string;
  offsetMap: OffsetSegment[];
  /** The raw article's metadata, with what the text itself gave filled into its gaps. */
  metadata: ArticleMetadata;
  /** Which metadata fields came from the text rather than the input's structure. */
  foundInText: (keyof ArticleMetadata)[];
  messages: Message[];
}

/**
 * The clean stage, in order: find boilerplate lines and pieces (on a page, its furniture's lines and the
 * headline repeated at the top of its body), read the header (title, byline, date, captions, credits),
 * split glued words, then rebuild the text as paragraphs with an offset map.
 */
export function cleanArticle(raw: RawArticle): CleanedArticle {
  const lines = splitLines(raw.text);
  const boilerplate = findBoilerplate(lines, raw.kind);
  if (raw.kind === 'html') findRepeatedTitle(lines, boilerplate, [raw.metadata.title, ...(raw.headlines ?? [])]);
  const header = readHeader(lines, boilerplate, raw.metadata);
  const removedLines = new Map([...boilerplate.lines, ...header.removals]);
  const kept = lines.filter((line, index) => !isBlank(line) && !removedLines.has(index));
  const glued = splitGluedWords(kept);
  const edits: Edit[] = [
    ...planParagraphs(raw.text, kept),
    ...boilerplate.inline.map(({ start, end }) => ({ start, end, text: '' })),
    ...glued.map((split) => split.edit),
  ];
  const { text, offsetMap } = buildCleanText(raw.text, edits);

  const metadata: ArticleMetadata = { ...raw.metadata };
  const foundInText: (keyof ArticleMetadata)[] = [];
  for (const [field, value] of Object.entries(header.found) as [keyof ArticleMetadata, string][]) {
    if (metadata[field] === null && value) {
      metadata[field] = value;
      foundInText.push(field);
    }
  }
  // No outlet declared, but the page's address is on a known outlet's site: "https://www.bbc.co.uk/news/…"
  const outletFromUrl = metadata.outlet === null && metadata.url ? outletOfUrl(metadata.url) : null;
  if (outletFromUrl) {
    metadata.outlet = outletFromUrl;
    header.messages.push({ severity: 'info', origin: 'clean:outlet-from-address', reason: `outlet "${outletFromUrl}" from the address ${metadata.url}` });
  }
  const detected = detectLanguage(text);
  if (detected) metadata.language = detected;

  const removals: Removal[] = [...removedLines.values(), ...boilerplate.inline, ...glued.map((split) => split.message)];
  const messages: Message[] = [
    ...removals.sort((a, b) => a.start - b.start).map(({ start, end, rule, reason }): Message => ({ severity: 'info', origin: `clean:${rule}`, reason, start, end })),
    ...header.messages,
  ];
  if (!text) messages.push({ severity: 'warning', origin: 'clean:empty-text', reason: 'nothing is left of the article once cleaned' });
  return { text, offsetMap, metadata, foundInText, messages };
}
