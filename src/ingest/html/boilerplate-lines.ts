/**
 * Whole lines that are page furniture, not article text, whatever page they come from. Each rule
 * shows the lines it removes. A rule with `maxLength` only removes lines up to that many characters,
 * so a long sentence that merely starts the same way is kept.
 */
export interface BoilerplateLineRule {
  pattern: RegExp;
  maxLength: number;
}

const SHORT = 80;
const SENTENCE = 200;

export const BOILERPLATE_LINE_RULES: readonly BoilerplateLineRule[] = Object.freeze([
  // "Advertisement", "ADVERT", "Sponsored content", "Iklan", "Publicidad", "Anzeige", "Реклама"
  {
    pattern:
      /^[-–—\s]*(?:advertisements?|adverts?|ads?|sponsored(?: content)?|paid content|promoted|iklan|anzeige|werbung|publicidad|publicidade|pubblicit[àa]|publicit[ée]|реклама)[-–—\s]*$/i,
    maxLength: SHORT,
  },
  // "Story continues below", "Continue Reading Below", "Article continues below advertisement"
  {
    pattern: /^(?:(?:the )?(?:story|article|text) continues (?:below|after).*|continue reading(?: below| the main story)?|scroll to continue.*)$/i,
    maxLength: SHORT,
  },
  // "Skip to content", "Skip navigation", "This slideshow requires JavaScript.", "Loading content ..."
  {
    pattern: /^(?:skip to (?:main )?content|skip navigation|jump to.*|this (?:slideshow|video|content) requires javascript.*|loading(?: content)?\s*(?:\.\s*)*|media playback is unsupported on your device|your browser does not support.*)$/i,
    maxLength: SHORT,
  },
  // Section labels left after their block: "You may also like...", "Related Articles", "Tags", "Comments",
  // "DON'T MISS", "More Great WIRED Stories", "About the Author", "RECENT ARTICLES", "Sign In"
  {
    pattern:
      /^(?:you (?:may|might) (?:also )?(?:like|be interested in)|related(?: articles| stories| posts| content| coverage| links| topics| news)?|recommended(?: for you| stories| articles)?|more (?:stories|articles|news|great .+ stories|from .+|on this(?: story| topic)?|videos|coverage)|(?:recent|latest|popular|top|trending)(?: articles| posts| stories| news| videos| this week| now)?|most (?:read|popular|viewed|shared)|read (?:more|next|this next)|see also|also read|don'?t miss|must read|highlights|tags|topics|filed under:?.*|share(?: this(?: article| story| post)?)?|share on (?:facebook|twitter)|tweet|email|print|comments?|\d+ comments?|post comment.*|leave a (?:comment|reply)|(?:show|view|load) comments|about the authors?|sign (?:in|up)|log ?in|subscribe(?: now)?|breaking news|view author archive|email the author|follow (?:us|the author)|get author rss|caption|close|expand|enlarge|watch|video|listen|audio|previous|next)\W*$/i,
    maxLength: SHORT,
  },
  // "READ MORE: China plague outbreak confirmed", "Related: Possible Water Plumes on Europa", "Also: See …"
  {
    pattern: /^\W*(?:read more|related|see also|also read|also|recommended|watch|more|don'?t miss|must read|read next|trending|check out|more from [^:]+)\s*[:|»>]\s*\S.*$/i,
    maxLength: SENTENCE,
  },
  // "[Related: Salesforce Dreamforce Keynote]"
  { pattern: /^\[(?:related|read more|see also|also read)\b[^\]]*\]$/i, maxLength: SENTENCE },
  // "Image copyright Getty Images", "Image caption Taylor Swift's…", "Media caption Who is Julian Assange?"
  { pattern: /^(?:image|media|photo|picture) (?:copyright|caption|credit|source)\b.*$/i, maxLength: SENTENCE },
  // "Photo: John Locher, AP", "(Image: © NASA/ESA)", "Credit: EPA", "Foto: Reuters", "Photograph: AP"
  {
    pattern: /^\(?(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|source|illustration|video)\s*(?:by|credit)?\s*[:©].*$/i,
    maxLength: SHORT,
  },
  // "Image 1 of 13", "Image 1 of / 13", "1 of 6", "3 / 12"
  { pattern: /^(?:(?:image|photo|slide|picture)\s*)?\d+\s*(?:of|\/)\s*\/?\s*\d*$/i, maxLength: SHORT },
  // Lines with no word, or only a short number: "6", "3.409", "|", "/*" (not "___", which is a word, nor "02-751-1500")
  { pattern: /^(?=(?:\D*\d){0,6}\D*$)[^\p{L}_]*$/u, maxLength: SHORT },
  // "Published 1 day ago", "Updated Nov 19, 6:55 AM", "Posted: Fri 6:45 PM, Feb 16, 2018 |",
  // "First Published: Tuesday, November 19, 2019 08:38 AM", "Last modified on …", "Posted on Maret 30, 2015 by Admin"
  {
    // (not "Published in 1998, the novel sold well": the word must lead into a date, a colon, "on" or "at")
    pattern:
      /^(?=.*\d)\W*(?:first |last )?(?:published|updated|posted|modified|created|publicado|atualizado|actualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert)(?:\s*:|\s+(?:on|at|em|el|il|am|le)\b|\s+\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?(?:\s|$)).*$/iu,
    maxLength: SHORT,
  },
  // "Copyright © 2019 Press TV. All rights reserved.", "© 2019 The Associated Press", "Copyright ⓒ Entermedia.co.kr",
  // "Copyright @ 2019 The New Arab." (not "Copyright cases rose in 2019": a sign or a year must follow the word)
  { pattern: /^\W*(?:copyright\s*(?:[©ⓒ@]|\(c\))|copyright\s+\d{4}|©|ⓒ|\(c\)\s*\d{4}).*$/i, maxLength: SENTENCE },
  { pattern: /^.*\ball rights reserved\b.*$/i, maxLength: SENTENCE },
  // "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
  // "Click here to subscribe to The Paradigm Newsletter", "Sign up for our daily newsletter"
  {
    pattern: /^(?=.*\b(?:sign(?:ing)? up|subscribe|subscribing|register)\b)(?=.*\b(?:newsletters?|inbox)\b).*$/i,
    maxLength: SENTENCE,
  },
  // "CLICK HERE TO GET THE FOX NEWS APP", "READ MORE ON FOX BUSINESS BY CLICKING HERE", "Click here for more information."
  { pattern: /^.*\bclick(?:ing)? here\b.*$/i, maxLength: SENTENCE },
  // "This post may contain affiliate and/or referral links.", "FTC: We use income earning auto affiliate links."
  { pattern: /^.*\baffiliate (?:and\/or referral )?links?\b.*$/i, maxLength: SENTENCE },
  // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow us on Twitter @x"
  { pattern: /^follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|youtube|linkedin)\b.*$/i, maxLength: SHORT },
  // Wire credits: "Reporting by Rodrigo Campos; Editing by Nick Zieminski", "Writing by …", "Compiled by …"
  {
    pattern: /^\(?(?:(?:additional )?reporting|writing|editing|compiled|edited|produced|translated) by\b.*$/i,
    maxLength: SENTENCE,
  },
  // Captions that end with their credit: "The core stage … engines. (credit: NASA/Jude Guidry)",
  // "Vicente Aguiar loads … Fla. (AP Photo/Alan Diaz, File)", "A 14th century plague doctor (Image: GETTY)"
  {
    pattern: /^.*\([^()]*\b(?:photo|photograph|image|picture|credit|foto|illustration)s?\b[^()]*[:/][^()]*\)$/i,
    maxLength: 400,
  },
  // "4 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto"
  { pattern: /^(?:\d+\s*min(?:ute)?s?\.? read|(?:estimated )?reading time\b.*|tempo de leitura\b.*|tiempo de lectura\b.*)$/i, maxLength: SHORT },
]);
