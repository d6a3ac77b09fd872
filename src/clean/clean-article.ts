import { toCleanOffset, type ArticleMetadata, type CleanOptions, type Dateline, type Message, type OffsetSegment, type RawArticle } from '../model/index.ts';
import { parseCalendarDay } from '../shared/calendar/index.ts';
import { outletOfUrl } from '../shared/outlets.ts';
import { buildCleanText } from './build-clean-text.ts';
import { detectLanguage } from './detect-language.ts';
import type { Edit } from './edit.ts';
import { findBoilerplate } from './find-boilerplate.ts';
import { findRepeatedTitle } from './find-repeated-title.ts';
import { findReplacementRuns } from './find-replacement-runs.ts';
import { planParagraphs } from './plan-paragraphs.ts';
import { dateOfDateline } from './read-dateline.ts';
import { readHeader, type HeaderReading } from './read-header.ts';
import type { Removal } from './removal.ts';
import { isBlank, splitLines } from './split-lines.ts';
import { splitGluedWords } from './split-glued-words.ts';
import { stripWireTitlePrefix } from './strip-wire-title-prefix.ts';

export interface CleanedArticle {
  /** The body without title, credits and boilerplate. */
  text: string;
  offsetMap: OffsetSegment[];
  /** The raw article's metadata, with what the text itself gave filled into its gaps. */
  metadata: ArticleMetadata;
  /** Which metadata fields came from the text rather than the input's structure. */
  foundInText: (keyof ArticleMetadata)[];
  /** The wire dateline the body opens with ("MOSCOW, Dec 11 (Reuters) -"), which stays in the text. */
  dateline: Dateline | null;
  messages: Message[];
}

const NO_OPTIONS: Readonly<CleanOptions> = Object.freeze({ published: null });

/**
 * The clean stage, in order: tell the article's language (rules that read words run only on their own
 * languages), find boilerplate lines and pieces (on a page, its furniture's lines and the headline repeated
 * at the top of its body), read the header (title, byline, date, wire dateline, captions, credits), split
 * glued words, show runs of U+FFFD as one, then rebuild the text as paragraphs with an offset map.
 * `options.published` (`--published`) gives a wire dateline's "Dec 11" its year when the article gives none.
 */
export function cleanArticle(raw: RawArticle, options: Readonly<CleanOptions> = NO_OPTIONS): CleanedArticle {
  const lines = splitLines(raw.text);
  // "the article's language" before the rules run: of the raw text, which the body outweighs, else as the input declares it
  const language = detectLanguage(raw.text) ?? raw.metadata.language;
  const boilerplate = findBoilerplate(lines, raw.kind, language);
  if (raw.kind === 'html') findRepeatedTitle(lines, boilerplate, [raw.metadata.title, ...(raw.headlines ?? [])]);
  const header = readHeader(lines, boilerplate, raw.metadata, language);
  const removedLines = new Map([...boilerplate.lines, ...header.removals]);
  const kept = lines.filter((line, index) => !isBlank(line) && !removedLines.has(index));
  const glued = splitGluedWords(kept, language);
  const replacementRuns = findReplacementRuns(kept);
  const datelineJoins = new Map<number, string>();
  if (header.dateline?.standsAlone) datelineJoins.set(lines[header.dateline.line]!.start, /[—–-]$/.test(lines[header.dateline.line]!.text.trim()) ? ' ' : ' — ');
  const edits: Edit[] = [
    ...planParagraphs(raw.text, kept, datelineJoins),
    ...boilerplate.inline.map(({ start, end }) => ({ start, end, text: '' })),
    ...glued.map((split) => split.edit),
    ...replacementRuns.map((run) => run.edit),
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
  // "UPDATE 1-Valdoria's navy seizes…": the agency's slug goes, whether the title came with the input or from the text
  const slugged = metadata.title ? stripWireTitlePrefix(metadata.title) : null;
  if (slugged) {
    metadata.title = slugged.title;
    header.messages.push({ severity: 'info', origin: 'clean:wire-title-prefix', reason: `wire slug before the title: "${slugged.prefix}"` });
  }
  const dateline = header.dateline ? readDatelineInto(header.dateline, metadata, foundInText, options, header.messages, offsetMap) : null;
  const detected = detectLanguage(text);
  if (detected) metadata.language = detected;

  const removals: Removal[] = [...removedLines.values(), ...boilerplate.inline, ...glued.map((split) => split.message)];
  const messages: Message[] = [
    ...removals.sort((a, b) => a.start - b.start).map(({ start, end, rule, reason }): Message => ({ severity: 'info', origin: `clean:${rule}`, reason, start, end })),
    ...replacementRuns.map((run) => run.message),
    ...header.messages,
  ];
  if (!text) messages.push({ severity: 'warning', origin: 'clean:empty-text', reason: 'nothing is left of the article once cleaned' });
  return { text, offsetMap, metadata, foundInText, dateline, messages };
}

/**
 * What a wire dateline gives the article, last of all sources: its agency as the outlet when nothing else
 * named one (no page data, credit, copyright line or address), and its day as the date when none was found.
 * "Dec 11" takes the year that puts it nearest the date the article is otherwise known by (its own, else
 * `--published`); with neither, no year is guessed: the dateline keeps "--12-11" and the date stays unknown.
 */
function readDatelineInto(reading: NonNullable<HeaderReading['dateline']>, metadata: ArticleMetadata, foundInText: (keyof ArticleMetadata)[], options: Readonly<CleanOptions>, messages: Message[], offsetMap: readonly OffsetSegment[]): Dateline {
  const known = parseCalendarDay(metadata.published) ?? parseCalendarDay(options.published);
  const date = reading.date ? dateOfDateline(reading.date, known) : null;
  const gave: string[] = [];
  if (metadata.outlet === null && reading.outlet) {
    metadata.outlet = reading.outlet;
    foundInText.push('outlet');
    gave.push(`outlet "${reading.outlet}"`);
  }
  if (metadata.published === null && date && !date.startsWith('--')) {
    metadata.published = date;
    foundInText.push('published');
    gave.push(`date ${date}`);
  }
  const parts = [`place "${reading.place}"`, reading.agency ? `agency "${reading.agency}"` : null, date ? `date ${date}${date.startsWith('--') ? ' (no year: nothing in or around the article gives one)' : ''}` : null].filter(Boolean);
  const reason = `wire dateline: ${parts.join(', ')}${gave.length ? `; gives the article its ${gave.join(' and ')}` : ''}`;
  messages.push({ severity: 'info', origin: 'clean:dateline', reason, start: reading.start, end: reading.end });
  return { place: reading.place, agency: reading.agency, date, start: toCleanOffset(offsetMap, reading.start), end: toCleanOffset(offsetMap, reading.end) };
}
