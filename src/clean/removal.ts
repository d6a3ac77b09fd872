/**
 * The rules clean removes text by, one name each: a removal's message has the origin `clean:<rule>`, and
 * code that asks what a removal was (is this line a copyright line?) asks this name, never the reason.
 */
export type RemovalRule =
  // lines scraping leaves in any text (boilerplate-rules.ts)
  | 'image-credit' | 'photo-caption' | 'subscription-prompt' | 'app-prompt' | 'social-prompt' | 'copyright-line'
  | 'social-embed-attribution' | 'read-time-badge' | 'furniture-fragment' | 'read-more-link' | 'empty-list-marker' | 'trailing-fragment'
  // pieces of lines (boilerplate-rules.ts)
  | 'social-embed-link' | 'advertisement-fragment'
  // lines a page's furniture leaves in the text extracted from it (page-line-rules.ts)
  | 'advertisement-label' | 'continue-reading-label' | 'script-notice' | 'section-label' | 'image-counter' | 'wordless-line'
  | 'publication-line' | 'click-here-prompt' | 'affiliate-notice' | 'wire-credit' | 'caption-with-credit'
  // the header and footer (read-header.ts, find-repeated-title.ts)
  | 'repeated-title' | 'section-label-above-title' | 'title' | 'byline' | 'author-credit' | 'date-line' | 'update-date-line'
  | 'outlet-label'
  // glued words (split-glued-words.ts)
  | 'split-glued-words';

/** A stretch of raw text the cleaner drops, and why: every removal becomes an info message. */
export interface Removal {
  start: number;
  end: number;
  rule: RemovalRule;
  reason: string;
}
