import type { LineRule } from './boilerplate-rules.ts';
import { isDateLine } from './is-date-line.ts';
import { ENGLISH } from './rule-languages.ts';

/**
 * Whole lines that a page's furniture leaves in the text extracted from it (each element its own line),
 * whatever page they come from. Each rule shows the lines it removes; `maxLength` keeps a rule off a long
 * sentence that merely starts the same way. They apply to HTML pages only: the HTML reader removed these
 * lines before clean existed as their one place, and on plain text some of them (bare date lines, "Updated
 * …" lines in the body) would change what 14 ECB+ texts keep, a change of its own.
 */
const SHORT = 80;
/** "photo", "foto", "credit", "source": English, and the languages that write the same words. */
const PHOTO_WORD_LANGUAGES: readonly string[] = Object.freeze(['en', 'fr', 'es', 'pt', 'it', 'de', 'nl', 'ro']);
const SENTENCE = 200;

export const PAGE_LINE_RULES: readonly LineRule[] = Object.freeze([
  // "September 15, 2014", "Nov. 20, 2019 6:02 AM EST", "segunda-feira, 22 de janeiro de 2018 às 0:13" (see is-date-line.ts)
  { name: 'date-line', reason: 'date line', matches: isDateLine },
  // "Advertisement", "ADVERT", "Sponsored content", "Iklan", "Publicidad", "Anzeige", "Реклама"
  { name: 'advertisement-label', reason: 'advertisement label', maxLength: SHORT, matches: (line) => /^[-–—\s]*(?:advertisements?|adverts?|ads?|sponsored(?: content)?|paid content|promoted|iklan|anzeige|werbung|publicidad|publicidade|pubblicit[àa]|publicit[ée]|реклама)[-–—\s]*$/i.test(line) },
  // "Story continues below", "Continue Reading Below", "Article continues below advertisement"
  { name: 'continue-reading-label', reason: 'continue-reading label', languages: ENGLISH, maxLength: SHORT, matches: (line) => /^(?:(?:the )?(?:story|article|text) continues (?:below|after).*|continue reading(?: below| the main story)?|scroll to continue.*)$/i.test(line) },
  // "Skip to content", "Skip navigation", "This slideshow requires JavaScript.", "Loading content ..."
  { name: 'script-notice', reason: 'navigation or script notice', languages: ENGLISH, maxLength: SHORT, matches: (line) => /^(?:skip to (?:main )?content|skip navigation|jump to.*|this (?:slideshow|video|content) requires javascript.*|loading(?: content)?\s*(?:\.\s*)*|media playback is unsupported on your device|your browser does not support.*)$/i.test(line) },
  // Section labels left after their block: "You may also like...", "Related Articles", "Tags", "Comments",
  // "DON'T MISS", "More Great WIRED Stories", "About the Author", "RECENT ARTICLES", "Sign In"
  { name: 'section-label', reason: 'section label', languages: ENGLISH, maxLength: SHORT, matches: (line) => /^(?:you (?:may|might) (?:also )?(?:like|be interested in)|related(?: articles| stories| posts| content| coverage| links| topics| news)?|recommended(?: for you| stories| articles)?|more (?:stories|articles|news|great .+ stories|from .+|on this(?: story| topic)?|videos|coverage)|(?:recent|latest|popular|top|trending)(?: articles| posts| stories| news| videos| this week| now)?|most (?:read|popular|viewed|shared)|read (?:more|next|this next)|see also|also read|don'?t miss|must read|highlights|tags|topics|filed under:?.*|share(?: this(?: article| story| post)?)?|share on (?:facebook|twitter)|tweet|email|print|comments?|\d+ comments?|post comment.*|leave a (?:comment|reply)|(?:show|view|load) comments|about the authors?|sign (?:in|up)|log ?in|subscribe(?: now)?|breaking news|view author archive|email the author|follow (?:us|the author)|get author rss|caption|close|expand|enlarge|watch|video|listen|audio|previous|next)\W*$/i.test(line) },
  // "READ MORE: China plague outbreak confirmed", "Related: Possible Water Plumes on Europa", "Also: See …"
  { name: 'read-more-link', reason: 'read-more link', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^\W*(?:read more|related|see also|also read|also|recommended|watch|more|don'?t miss|must read|read next|trending|check out|more from [^:]+)\s*[:|»>]\s*\S.*$/i.test(line) },
  // "[Related: Salesforce Dreamforce Keynote]"
  { name: 'read-more-link', reason: 'read-more link', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^\[(?:related|read more|see also|also read)\b[^\]]*\]$/i.test(line) },
  // "Image copyright Getty Images", "Image caption Taylor Swift's…", "Media caption Who is Julian Assange?"
  { name: 'image-credit', reason: 'image credit', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^(?:image|media|photo|picture) (?:copyright|caption|credit|source)\b.*$/i.test(line) },
  // "Photo: John Locher, AP", "(Image: © NASA/ESA)", "Credit: EPA", "Foto: Reuters", "Photograph: AP"
  { name: 'image-credit', reason: 'image credit', languages: PHOTO_WORD_LANGUAGES, maxLength: SHORT, matches: (line) => /^\(?(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|source|illustration|video)\s*(?:by|credit)?\s*[:©].*$/i.test(line) },
  // "Image 1 of 13", "Image 1 of / 13", "1 of 6", "3 / 12"
  { name: 'image-counter', reason: 'image counter', maxLength: SHORT, matches: (line) => /^(?:(?:image|photo|slide|picture)\s*)?\d+\s*(?:of|\/)\s*\/?\s*\d*$/i.test(line) },
  // Lines with no word, or only a short number: "6", "3.409", "|", "/*" (not "___", which is a word, nor "02-751-1500")
  { name: 'wordless-line', reason: 'line without words', maxLength: SHORT, matches: (line) => /^(?=(?:\D*\d){0,6}\D*$)[^\p{L}_]*$/u.test(line) },
  // "Published 1 day ago", "Updated Nov 19, 6:55 AM", "Posted: Fri 6:45 PM, Feb 16, 2018 |",
  // "First Published: Tuesday, November 19, 2019 08:38 AM", "Last modified on …", "Posted on Maret 30, 2015 by Admin"
  // (not "Published in 1998, the novel sold well": the word must lead into a date, a colon, "on" or "at")
  { name: 'publication-line', reason: 'publication line', languages: ['en', 'pt', 'es', 'it', 'de'], maxLength: SHORT, matches: (line) => /^(?=.*\d)\W*(?:first |last )?(?:published|updated|posted|modified|created|publicado|atualizado|actualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert)(?:\s*:|\s+(?:on|at|em|el|il|am|le)\b|\s+\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?(?:\s|$)).*$/iu.test(line) },
  // "Copyright © 2019 Press TV. All rights reserved.", "© 2019 The Associated Press", "Copyright ⓒ Entermedia.co.kr",
  // "Copyright @ 2019 The New Arab." (not "Copyright cases rose in 2019": a sign or a year must follow the word)
  { name: 'copyright-line', reason: 'copyright line', maxLength: SENTENCE, matches: (line) => /^\W*(?:copyright\s*(?:[©ⓒ@]|\(c\))|copyright\s+\d{4}|©|ⓒ|\(c\)\s*\d{4}).*$/i.test(line) },
  { name: 'copyright-line', reason: 'copyright line', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^.*\ball rights reserved\b.*$/i.test(line) },
  // "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
  // "Click here to subscribe to The Paradigm Newsletter", "Sign up for our daily newsletter"
  { name: 'subscription-prompt', reason: 'newsletter or subscription prompt', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^(?=.*\b(?:sign(?:ing)? up|subscribe|subscribing|register)\b)(?=.*\b(?:newsletters?|inbox)\b).*$/i.test(line) },
  // "CLICK HERE TO GET THE FOX NEWS APP", "READ MORE ON FOX BUSINESS BY CLICKING HERE", "Click here for more information."
  { name: 'click-here-prompt', reason: 'click-here prompt', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^.*\bclick(?:ing)? here\b.*$/i.test(line) },
  // "This post may contain affiliate and/or referral links.", "FTC: We use income earning auto affiliate links."
  { name: 'affiliate-notice', reason: 'affiliate notice', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^.*\baffiliate (?:and\/or referral )?links?\b.*$/i.test(line) },
  // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow us on Twitter @x"
  { name: 'social-prompt', reason: 'social or navigation prompt', languages: ENGLISH, maxLength: SHORT, matches: (line) => /^follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|youtube|linkedin)\b.*$/i.test(line) },
  // Wire credits: "Reporting by Rodrigo Campos; Editing by Nick Zieminski", "Writing by …", "Compiled by …"
  { name: 'wire-credit', reason: 'wire credit', languages: ENGLISH, maxLength: SENTENCE, matches: (line) => /^\(?(?:(?:additional )?reporting|writing|editing|compiled|edited|produced|translated) by\b.*$/i.test(line) },
  // Captions that end with their credit: "The core stage … engines. (credit: NASA/Jude Guidry)",
  // "Vicente Aguiar loads … Fla. (AP Photo/Alan Diaz, File)", "A 14th century plague doctor (Image: GETTY)"
  { name: 'caption-with-credit', reason: 'caption with its credit', languages: PHOTO_WORD_LANGUAGES, maxLength: 400, matches: (line) => /^.*\([^()]*\b(?:photo|photograph|image|picture|credit|foto|illustration)s?\b[^()]*[:/][^()]*\)$/i.test(line) },
  // "4 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto"
  { name: 'read-time-badge', reason: 'read-time badge', maxLength: SHORT, matches: (line) => /^(?:\d+\s*min(?:ute)?s?\.? read|(?:estimated )?reading time\b.*|tempo de leitura\b.*|tiempo de lectura\b.*)$/i.test(line) },
]);
