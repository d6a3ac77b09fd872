import type { ArticleMetadata, Message } from '../model/index.ts';
import { countWords, foldText } from '../shared/words.ts';
import type { Line } from './edit.ts';
import { abbreviate, type BoilerplateVerdict } from './find-boilerplate.ts';
import { findKnownOutlet, matchKnownOutlet } from '../shared/outlets.ts';
import { hasVerb } from './has-verb.ts';
import { parseDateLine } from './parse-date-line.ts';
import { readAuthorTitle, readByline } from './read-byline.ts';
import { readCopyrightOutlet } from './read-copyright-outlet.ts';
import { readDateline, type DatelineReading } from './read-dateline.ts';
import type { Removal, RemovalRule } from './removal.ts';
import { ENGLISH, ruleApplies } from './rule-languages.ts';
import { isBlank } from './split-lines.ts';

/** Bylines, dates and credits are looked for in this many content lines at the top and bottom. */
const HEADER_LINES = 10;
const FOOTER_LINES = 3;
/** A dek or a caption is one sentence; a line this long is body. */
const MAX_DEK_WORDS = 45;

export interface HeaderReading {
  removals: Map<number, Removal>;
  found: Partial<ArticleMetadata>;
  messages: Message[];
  /** The wire dateline the body opens with, and the raw offsets of its words; it stays in the text. */
  dateline: (DatelineReading & { start: number; end: number; line: number }) | null;
}

/**
 * Reads what stands around the body of a plain-text article: section label, title, byline, date line,
 * wire dateline, photo caption above the body, and the outlet named in a credit or copyright line.
 * `language` is the article's: a caption is told by its lack of a verb only in English, whose verbs the
 * tagger knows (a Bulgarian paragraph has none it can see).
 */
export function readHeader(lines: readonly Line[], boilerplate: BoilerplateVerdict, given: ArticleMetadata, language: string | null): HeaderReading {
  const reading: HeaderReading = { removals: new Map(), found: {}, messages: [], dateline: null };
  const readsVerbs = ruleApplies(ENGLISH, language);
  const content = lines.map((line, index) => ({ line, index, text: line.text.trim() })).filter(({ line }) => !isBlank(line));
  const kept = content.filter(({ index }) => !boilerplate.lines.has(index));
  const remove = (index: number, rule: RemovalRule, reason: string) =>
    reading.removals.set(index, { start: lines[index]!.start, end: lines[index]!.end, rule, reason: `${reason}: "${abbreviate(lines[index]!.text.trim())}"` });

  readCredits(content, boilerplate, kept.length, reading);

  let titleSettled = given.title !== null;
  let bodyStarted = false;
  let afterTitle = false;
  let dekSeen = false;
  for (let position = 0; position < kept.length; position++) {
    const { index, text } = kept[position]!;
    const inHeader = position < HEADER_LINES;
    const inFooter = position >= kept.length - FOOTER_LINES && position >= HEADER_LINES;
    if ((inHeader || inFooter) && readMetadataLine(text, index, reading, remove)) continue;
    if (bodyStarted || !inHeader) continue;
    const next = kept[position + 1]?.text;
    // "MOSCOW, Dec 11 (Reuters) - Russian President…" opens the body; "MOSCOW (AP) —" alone stands above it, under the title
    const dateline = readDateline(text);
    if (dateline && (!dateline.standsAlone || (titleSettled && next !== undefined))) {
      const start = lines[index]!.start + lines[index]!.text.indexOf(text);
      reading.dateline = { ...dateline, start, end: start + dateline.length, line: index };
      titleSettled = true;
      if (!dateline.standsAlone) bodyStarted = true;
      continue;
    }
    if (given.title !== null && foldText(text) === foldText(given.title)) {
      remove(index, 'repeated-title', 'title repeated above the body');
      titleSettled = true;
      afterTitle = true;
      continue;
    }
    if (!titleSettled) {
      titleSettled = true;
      if (next !== undefined && isTitleLike(text)) {
        // "Latin America" above "What help can Maduro expect from Putin?": a section label, then the title
        if (countWords(text) <= 4 && isTitleLike(next) && countWords(next) > countWords(text) && kept[position + 2]) {
          remove(index, 'section-label-above-title', 'section label above the title');
          titleSettled = false;
          continue;
        }
        reading.found.title = text;
        remove(index, 'title', 'title');
        afterTitle = true;
        continue;
      }
    }
    if (afterTitle && isCaption(text, index, kept[position + 1]?.index, boilerplate, readsVerbs)) {
      remove(index, 'photo-caption', 'photo caption');
      continue;
    }
    if (afterTitle && !dekSeen && countWords(text) <= MAX_DEK_WORDS) {
      dekSeen = true; // the standfirst under the title is the outlet's own summary: it stays
      continue;
    }
    bodyStarted = true;
  }
  return reading;
}

/** Byline, date line or credit line: read into metadata and removed from the body. */
function readMetadataLine(text: string, index: number, reading: HeaderReading, remove: (index: number, rule: RemovalRule, reason: string) => void): boolean {
  const byline = readByline(text);
  if (byline) {
    reading.found.byline ??= byline;
    remove(index, 'byline', 'byline');
    return true;
  }
  const authorTitle = readAuthorTitle(text);
  if (authorTitle !== null) {
    if (findKnownOutlet(authorTitle)) reading.found.outlet ??= authorTitle;
    remove(index, 'author-credit', 'author credit');
    return true;
  }
  const date = parseDateLine(text);
  if (date) {
    if (date.value && !date.isUpdate) reading.found.published ??= date.value;
    if (date.problem) reading.messages.push({ severity: 'warning', origin: 'clean:date-line', reason: date.problem });
    if (date.isUpdate) remove(index, 'update-date-line', 'update date line');
    else remove(index, 'date-line', 'date line');
    return true;
  }
  // "BBC News Mundo" alone on a line above the article
  if (countWords(text) <= 5 && isOutletLabel(text) && matchKnownOutlet(text)) {
    reading.found.outlet ??= text;
    remove(index, 'outlet-label', 'outlet label');
    return true;
  }
  return false;
}

/** The outlet named by a copyright line (a footer one, or one that names a known outlet) or a "Source: Reuters" credit. */
function readCredits(content: { index: number; text: string }[], boilerplate: BoilerplateVerdict, keptCount: number, reading: HeaderReading): void {
  const footerFrom = content.length - Math.max(FOOTER_LINES, 1) - 1;
  content.forEach(({ index, text }, position) => {
    const removal = boilerplate.lines.get(index);
    if (removal?.rule === 'copyright-line') {
      const outlet = readCopyrightOutlet(text, position >= footerFrom && keptCount > 0);
      if (outlet) reading.found.outlet ??= outlet;
    }
    // "Source: Reuters" · "Fuente: EFE"
    const source = /^(?:source|sources|fuente|fuentes|font|quelle|fonte)\s*:\s*(.+)$/i.exec(text);
    if (source && countWords(source[1]!) <= 5 && findKnownOutlet(source[1]!)) reading.found.outlet ??= source[1]!.trim().replace(/[.]$/, '');
  });
}

/** One line of 1 to 30 words that does not end like a sentence ("?" and "!" are fine in a headline). */
function isTitleLike(text: string): boolean {
  const words = countWords(text);
  return words >= 1 && words <= 30 && !/[.:;,]$/.test(text) && !/^[-–—•*]/.test(text) && /\p{L}/u.test(text);
}

function isOutletLabel(text: string): boolean {
  return !/[.!?]$/.test(text) && /^\p{Lu}/u.test(text);
}

/**
 * "Interview with Amara Diallo" · "Q&A with the mayor" · "In conversation with Jane Doe": the line that says whose
 * answers the transcript below holds, which the quotes stage reads to credit them; verbless, yet no caption.
 */
const INTRODUCES_INTERVIEW = /^(?:an? |our |the )?(?:(?:exclusive |full )?interview|q ?& ?a|in conversation|conversation)s?:?\s+with\s+\S/i;

/**
 * A caption under the title: one followed by an image credit before the next kept line, or (where the tagger
 * reads the language: `readsVerbs`) a verbless line that does not introduce an interview.
 */
function isCaption(text: string, index: number, nextKeptIndex: number | undefined, boilerplate: BoilerplateVerdict, readsVerbs: boolean): boolean {
  if (countWords(text) > 35 || INTRODUCES_INTERVIEW.test(text)) return false;
  const until = nextKeptIndex ?? Number.POSITIVE_INFINITY;
  const creditFollows = [...boilerplate.lines.entries()].some(([line, removal]) => line > index && line < until && removal.rule === 'image-credit');
  return creditFollows || (readsVerbs && !hasVerb(text));
}
