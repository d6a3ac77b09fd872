/**
 * Class and id words that mark page furniture around or inside an article. They are matched against
 * `class` + `id`, lower-cased, so `<div class="share-bar">`, `<ul id="relatedArticles">` and
 * `<section class="c-newsletter-signup">` all match. Sources: Readability's own `unlikelyCandidates`,
 * trafilatura's `OVERALL_DISCARD_XPATH`, and what news templates commonly name these blocks.
 */
export const BOILERPLATE_CLASS_WORDS: RegExp = new RegExp(
  [
    // <div class="share-bar">, <div class="social-links">, <ul class="sharing">
    'shar(?:e|ing)(?!d)', 'social', 'sociable',
    // <section class="newsletter-signup">, <div class="subscribe-box">
    'newsletter', 'subscribe(?!r)', 'subscription', 'sign-?up',
    // <aside class="related-stories">, <div class="recommended">, <div class="more-stories">
    'related', 'recommend', 'more-?(?:stories|articles|news|from|on)', 'read-?(?:more|next|also)', 'also-?read',
    'most-?(?:popular|read|viewed)', 'trending', 'popular', 'you-?may', 'next-?(?:post|article|story)', 'teaser', 'outbrain', 'taboola',
    // <div class="ad-slot">, <div id="advertisement">, <div class="sponsored">
    'advert', 'sponsor', 'promo', 'dfp', 'gpt-', 'banner',
    // <figcaption class="caption">, <span class="image-credit">
    'caption', 'credit',
    // <div class="byline">, <span class="author-bio">, <time class="timestamp"> (not "dateline": news datelines
    // such as <span class="dateline">WASHINGTON —</span> open the first paragraph)
    'byline', 'author', 'timestamp', 'pub-?date',
    // <nav class="breadcrumb">, <ul class="post-tags">, <div class="toolbar">
    'breadcrumb', 'toolbar', 'sidebar', 'widget', 'cookie', 'consent', 'gdpr', 'modal', 'popup',
    // <div id="comments">, <section class="comment-list">, <div class="disqus_thread">
    'comments?(?![a-z])', 'disqus',
    // <p class="print-only">, <div class="hide-print">
    'print-?only', 'screen-?reader', 'sr-only', 'visually-?hidden',
  ].join('|'),
);

/**
 * Words too short to match inside longer names (`ad` is in `shadow`, `nav` in `canvas`): they must be
 * a whole part of a class name split at `-` and `_`, as in `<div class="ad-slot">`, `<ul class="post-tags">`.
 */
export const BOILERPLATE_CLASS_PARTS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'tags', 'meta', 'nav', 'share', 'print', 'footer',
]);

/**
 * Whole class names that hide an element: `<div class="hidden">` is Bootstrap's `display: none`, while
 * `hidden-xs` or `field--label-hidden` hide it only on small screens or hide a label.
 */
export const HIDING_CLASS_NAMES: ReadonlySet<string> = new Set(['hidden', 'hide', 'invisible', 'd-none']);

/** Elements that are page furniture wherever they stand. */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set([
  'ASIDE', 'NAV', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'DIALOG', 'TEMPLATE', 'IFRAME',
  'SVG', 'CANVAS', 'MENU', 'FOOTER',
]);

/**
 * Inside the article Readability picked, `<header>` holds the headline, kicker, standfirst, byline and
 * date, none of which is body text. On the whole page it is also what makes a "more stories" teaser
 * look like links, so it only goes once the article is chosen.
 */
export const ARTICLE_FURNITURE_TAGS: ReadonlySet<string> = new Set([...BOILERPLATE_TAGS, 'HEADER']);
