import type { InputKind } from '../model/index.ts';
import { countWordsUpTo } from '../shared/words.ts';
import { isWireCredit, WIRE_CREDIT_LANGUAGES } from './is-wire-credit.ts';
import { PAGE_LINE_RULES } from './page-line-rules.ts';
import type { RemovalRule } from './removal.ts';
import { ENGLISH, ruleApplies } from './rule-languages.ts';

/**
 * What scraping leaves inside an article, one rule a line. Each rule sees one trimmed line;
 * `maxWords` (or `maxLength`, in characters) keeps a rule off body paragraphs that merely mention the same words.
 */
export interface LineRule {
  name: RemovalRule;
  /** What the reader is told, before the line itself: `image credit: "Photo: AFP"`. */
  reason: string;
  maxWords?: number;
  maxLength?: number;
  /** ISO 639-1 codes of the languages whose words the rule reads; none: signs and names any article may carry (see rule-languages.ts). */
  languages?: readonly string[];
  matches: (line: string) => boolean;
}

/** The reader is addressed: "you can", "our app", "sign up", "click". */
const ADDRESSES_READER = /\b(you|your|our|us)\b|^(subscribe|sign up|download|get|join|follow|click|tap|register|install|activate|enable|read|listen|watch)\b/i;

export const LINE_RULES: readonly LineRule[] = Object.freeze([
  {
    // "image source, Getty Images" · "Photo: AFP" · "Image credit: Reuters" · "Photograph: Jane Doe/AP"
    name: 'image-credit',
    reason: 'image credit',
    maxWords: 14,
    languages: ['en', 'fr', 'es', 'pt', 'it', 'de', 'nl', 'ro'], // "photo", "foto", "source", "credit"
    matches: (line) =>
      /^\(?(image|photo|photograph|picture|foto|video|graphic|illustration)s?\s*(source|credit|copyright|courtesy|by)?\s*[,:]\s*\S/i.test(line) ||
      /^\(?(photo|image|picture)s?\s+(by|courtesy of)\s+\S.*\)?$/i.test(line) ||
      /^(credit|credits|source)\s*:\s*\S/i.test(line),
  },
  {
    // "REUTERS/Evelyn Hockstein" · "Jane Doe/Getty Images" · "AFP via Getty Images"
    name: 'image-credit',
    reason: 'image credit',
    maxWords: 8,
    matches: (line) => /^[\p{L} .'’-]*\/\s*[\p{L} .'’-]+$/u.test(line) && /\b(getty|reuters|afp|ap|epa|shutterstock|alamy|anadolu|pool|zuma|sipa|nurphoto)\b/i.test(line) || /^(afp|ap|epa|reuters)?\s*(via\s+)?getty images$/i.test(line),
  },
  {
    // "image caption, Nicolás Maduro in Caracas" · "Caption: ..."
    name: 'photo-caption',
    reason: 'photo caption',
    languages: ENGLISH,
    maxWords: 60,
    matches: (line) => /^(image|photo|video)?\s*caption\s*[,:]/i.test(line),
  },
  {
    // "Subscribe here Subscribe to our new newsletter to receive a selection of our best content"
    name: 'subscription-prompt',
    reason: 'newsletter or subscription prompt',
    languages: ENGLISH,
    maxWords: 45,
    matches: (line) =>
      ADDRESSES_READER.test(line) &&
      (/\bsubscri(be|ption)\b/i.test(line) || /\bnewsletters?\b/i.test(line) || /\bsign up\b.*\b(email|newsletter|updates|alerts|free)\b/i.test(line) || /\bunlimited access\b/i.test(line)),
  },
  {
    // "And remember that you can receive notifications in our app. Download and activate the latest version."
    name: 'app-prompt',
    reason: 'app prompt',
    languages: ENGLISH,
    maxWords: 40,
    matches: (line) =>
      ADDRESSES_READER.test(line) && /\bapp\b/i.test(line) && /\b(download|install|notifications?|alerts?|latest version|app store|google play)\b/i.test(line),
  },
  {
    // "Follow us on Twitter" · "Join our WhatsApp channel" · "Click here to read more"
    name: 'social-prompt',
    reason: 'social or navigation prompt',
    languages: ENGLISH,
    maxWords: 25,
    matches: (line) =>
      /^(follow|join|like)\s+(us|\w+)\s+(on|in)\s+(twitter|x|facebook|instagram|tiktok|whatsapp|telegram|youtube|threads|bluesky|google news)\b/i.test(line) ||
      /^(join|follow) our (whatsapp|telegram|broadcast) (channel|group)/i.test(line) ||
      /^(click|tap) here\b/i.test(line),
  },
  {
    // "© 2025 Latin Times. All rights reserved. Do not reproduce without permission." · "Copyright 2025 Agerpres"
    name: 'copyright-line',
    reason: 'copyright line',
    maxWords: 30,
    matches: (line) => /^(©|\(c\)\s|ⓒ|copyright\b)/i.test(line),
  },
  {
    // "Latin Times. All rights reserved." · "Do not reproduce without permission."
    name: 'copyright-line',
    reason: 'copyright line',
    maxWords: 30,
    languages: ENGLISH,
    matches: (line) => /\ball rights reserved\b/i.test(line) || /^do not (reproduce|republish|redistribute)\b/i.test(line),
  },
  {
    // "— The Bulwark (@BulwarkOnline) December 11, 2025"
    name: 'social-embed-attribution',
    reason: 'social embed attribution',
    maxWords: 16,
    matches: (line) => /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*([\p{L}]+\.? \d{1,2},? \d{4}|\d{1,2} [\p{L}]+\.? \d{4})?\s*$/u.test(line),
  },
  {
    // "A post shared by Jane Doe (@janedoe)" · "View this post on Instagram"
    name: 'social-embed-attribution',
    reason: 'social embed attribution',
    maxWords: 16,
    languages: ENGLISH,
    matches: (line) => /^a post shared by\b/i.test(line) || /^view (this|the) post on (instagram|x|twitter|facebook)$/i.test(line),
  },
  {
    // "3 min" · "5 min read" · "Reading time: 4 minutes" · "4-minute read"
    name: 'read-time-badge',
    reason: 'read-time badge',
    maxWords: 6,
    matches: (line) =>
      /^\d{1,3}\s*(-\s*)?(min|mins|minutes?|m)\.?(\s+(read|reading|de lectura|de lectura estimada|lesezeit|de lecture))?$/i.test(line) ||
      /^(reading|read|estimated reading) time\s*:?\s*\d{1,3}\s*(min|mins|minutes?)\.?$/i.test(line) ||
      /^(tiempo de lectura|temps de lecture|lesezeit)\s*:?\s*\d{1,3}\s*(min|mins|minutos|minutes|minuten)\.?$/i.test(line),
  },
  {
    // "Advertisement" · "Share this article" · "Story continues below advertisement" · "Read more"
    name: 'furniture-fragment',
    reason: 'share, read-more or advertisement fragment',
    languages: ['en', 'es'], // "publicidad", "anuncio"
    maxWords: 8,
    matches: (line) =>
      /^(advertisement|advertising|sponsored( content)?|ad|ads|publicidad|anuncio|share|share this( article| story| page)?|share on (facebook|twitter|x|whatsapp|linkedin|email)|copy link|link copied|email|print|tweet|save|bookmark|read more|read next|continue reading|keep reading|story continues( below)?( advertisement)?|article continues below( advertisement)?|skip (to content|advert(isement)?)|most read|most popular|trending( now)?|top stories|related( articles| stories| content| coverage)?|more on this story|more from \S+|listen to this article|listen|\d+ comments?|comments?|show comments|view comments|back to top|loading\.*)\s*[:.]?\s*$/i.test(line),
  },
  {
    // "Read more: Russia and Venezuela sign a treaty" · "RELATED: ..." · "See also: ..."
    name: 'read-more-link',
    reason: 'read-more link',
    languages: ENGLISH,
    maxWords: 25,
    matches: (line) => /^(read more|read also|also read|related|see also|more|watch|listen|recommended|you may also like|you might also like)\s*[:|»>]\s*\S/i.test(line),
  },
  // "(Reporting by Ines Calder; Additional reporting by Jon Pell; Editing by Mark Doyle)" · "(Información de Ana Ruiz;
  // Edición de Luis Gil)" · "(Reportage Jean Dupont, édité par Marie Roy)": the agency's staff, not the story (is-wire-credit.ts)
  ...WIRE_CREDIT_LANGUAGES.map((language): LineRule => ({
    name: 'wire-credit',
    reason: 'wire credit',
    languages: [language],
    maxWords: 60,
    matches: (line) => isWireCredit(line, language),
  })),
  {
    // "-" · "•" · "|" — a list marker left alone when its item was a removed credit
    name: 'empty-list-marker',
    reason: 'empty list marker',
    maxWords: 0,
    matches: (line) => /^[-–—•*·|>]+$/.test(line),
  },
]);

/** Parts of a line that are boilerplate inside otherwise good text. */
export interface InlineRule {
  name: RemovalRule;
  reason: string;
  languages?: readonly string[];
  pattern: RegExp;
}

export const INLINE_RULES: readonly InlineRule[] = Object.freeze([
  // "... at all, no." pic.twitter.com/tUsOXKYV50
  { name: 'social-embed-link', reason: 'social embed link', pattern: /[ \t]*\bpic\.twitter\.com\/\w+/gi },
  // "... https://t.co/AbC123"
  { name: 'social-embed-link', reason: 'social embed link', pattern: /[ \t]*\bhttps?:\/\/t\.co\/\w+/gi },
  // "… did not respond to a request for comment. (Reporting by Ines Calder; Editing by Mark Doyle)": a wire credit after the last sentence
  { name: 'wire-credit', reason: 'wire credit', languages: ENGLISH, pattern: /[ \t]*\((?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting) by \p{Lu}[^()]{1,250}\)[ \t]*$/gu },
  // "(Advertisement)" inside a line
  { name: 'advertisement-fragment', reason: 'advertisement fragment', languages: ENGLISH, pattern: /[ \t]*\((advertisement|ad|sponsored)\)/gi },
]);

/** The most words a rule allows a line: past it, how many more a line holds changes no rule's answer. */
const MOST_WORDS_COMPARED = Math.max(...[...LINE_RULES, ...PAGE_LINE_RULES].map((rule) => Math.max(rule.maxWords ?? 0, 1)));

/**
 * The first rule that removes the line: the rules for any text, then, in text extracted from a page, its
 * furniture's; of the rules that read words, only those of the article's language (`null`: not known).
 */
export function matchLineRule(line: string, kind: InputKind, language: string | null): LineRule | undefined {
  const words = countWordsUpTo(line, MOST_WORDS_COMPARED + 1);
  const fits = (rule: LineRule) =>
    ruleApplies(rule.languages, language) && words <= Math.max(rule.maxWords ?? Infinity, 1) && line.length <= (rule.maxLength ?? Infinity) && rule.matches(line);
  return LINE_RULES.find(fits) ?? (kind === 'html' ? PAGE_LINE_RULES.find(fits) : undefined);
}
