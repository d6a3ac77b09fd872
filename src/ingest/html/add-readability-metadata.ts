import type { ArticleMetadata } from '../../model/index.ts';
import type { ReadabilityMetadata } from './extract-article-text.ts';
import { isSiteName } from './is-site-name.ts';
import { normalizeByline } from './normalize-byline.ts';
import { normalizePublishedDate } from './normalize-published-date.ts';
import { removeOutletByline } from './remove-outlet-byline.ts';
import { removeOutletFromTitle } from './remove-outlet-from-title.ts';
import { tidyMetadataText } from './tidy-metadata-text.ts';

/**
 * Fills the fields the page's own declarations left empty with what Readability found (its title
 * from `<title>` and headings, its byline from `rel="author"` and `.byline`), with the same checks.
 */
export function addReadabilityMetadata(metadata: ArticleMetadata, readability: ReadabilityMetadata): ArticleMetadata {
  const siteName = tidyMetadataText(readability.siteName);
  const outlet = metadata.outlet ?? (isSiteName(siteName) ? siteName : null);
  const byline = metadata.byline ?? normalizeByline(readability.byline ? [readability.byline] : []);
  return {
    ...metadata,
    title: metadata.title ?? removeOutletFromTitle(tidyMetadataText(readability.title), outlet),
    outlet,
    byline: removeOutletByline(byline, outlet),
    published: metadata.published ?? normalizePublishedDate(readability.publishedTime),
  };
}
