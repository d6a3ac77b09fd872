import type { ArticleMetadata } from '../../model/index.ts';
import { EMPTY_METADATA } from '../../model/index.ts';
import { isSiteName } from './is-site-name.ts';
import { normalizeByline } from './normalize-byline.ts';
import { normalizeLanguage } from './normalize-language.ts';
import { normalizePublishedDate } from './normalize-published-date.ts';
import { readJsonLd } from './read-json-ld.ts';
import { pickMetaValue, pickMetaValues, readMetaTags } from './read-meta-tags.ts';
import { removeOutletByline } from './remove-outlet-byline.ts';
import { removeOutletFromTitle } from './remove-outlet-from-title.ts';
import { resolvePageUrl } from './resolve-page-url.ts';
import { tidyMetadataText as tidy } from './tidy-metadata-text.ts';

/**
 * Reads what a page declares about its article, most trusted source first: JSON-LD, then Open Graph
 * and other `<meta>` conventions (Dublin Core, Highwire `citation_*`, Parse.ly, Sailthru), then
 * microdata and `<time datetime>`. It must run before the page is cleaned: scripts and bylines go then.
 * Nothing is guessed: an outlet is only a declared site or publisher name, never the domain.
 */

const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'parsely-title', 'dc.title', 'sailthru.title', 'headline'];
const OUTLET_KEYS = ['og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'publisher', 'application-name'];
const AUTHOR_KEYS = [
  'article:author', 'og:article:author', 'author', 'byl', 'citation_author', 'parsely-author', 'dc.creator',
  'dcterms.creator', 'sailthru.author', 'article.author',
];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
  'article.published', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'date',
];
const LANGUAGE_KEYS = ['content-language', 'og:locale', 'dc.language', 'citation_language'];
// <a rel="author">Jane Doe</a>, <span itemprop="author"><span itemprop="name">Jane Doe</span></span>
const AUTHOR_ELEMENTS = '[itemprop~="author"], a[rel~="author"]';
// <time pubdate datetime="…">, <time itemprop="datePublished" datetime="…">, then any <time datetime>
const PUBLISHED_TIME_ELEMENTS = ['time[pubdate][datetime]', '[itemprop~="datePublished"][datetime]', 'time[datetime]'];
const MAX_TEXT_NAME_LENGTH = 80;

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value);
}

function readAuthorElements(document: Document): string[] {
  const names: string[] = [];
  for (const element of Array.from(document.querySelectorAll(AUTHOR_ELEMENTS))) {
    const nameElement = element.querySelector('[itemprop~="name"]');
    const name = tidy(nameElement?.getAttribute('content') ?? nameElement?.textContent ?? element.getAttribute('content') ?? element.textContent);
    if (name && name.length <= MAX_TEXT_NAME_LENGTH) names.push(name);
  }
  return names;
}

function readPublishedTimeElement(document: Document): string | null {
  for (const selector of PUBLISHED_TIME_ELEMENTS) {
    const date = normalizePublishedDate(document.querySelector(selector)?.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

function firstPublishedDate(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = normalizePublishedDate(value);
    if (date) return date;
  }
  return null;
}

export function readPageMetadata(document: Document, pageUrl: string | null): ArticleMetadata {
  const jsonLd = readJsonLd(document);
  const tags = readMetaTags(document);
  const metaPublished = PUBLISHED_KEYS.map((key) => tags.get(key)?.[0]);
  const metaAuthors = pickMetaValues(tags, AUTHOR_KEYS).filter((value) => !isUrl(value));
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const outlet = [jsonLd?.publisher, ...OUTLET_KEYS.map((key) => tags.get(key)?.[0])].map(tidy).find(isSiteName) ?? null;
  const byline = normalizeByline(jsonLd?.authors ?? []) ?? normalizeByline(metaAuthors) ?? normalizeByline(readAuthorElements(document));
  return {
    ...EMPTY_METADATA,
    title: removeOutletFromTitle(tidy(jsonLd?.headline) ?? tidy(pickMetaValue(tags, TITLE_KEYS)), outlet),
    outlet,
    byline: removeOutletByline(byline, outlet),
    published: firstPublishedDate([jsonLd?.datePublished, ...metaPublished]) ?? readPublishedTimeElement(document),
    language:
      normalizeLanguage(document.documentElement?.getAttribute('lang')) ??
      normalizeLanguage(document.documentElement?.getAttribute('xml:lang')) ??
      normalizeLanguage(pickMetaValue(tags, LANGUAGE_KEYS)) ??
      normalizeLanguage(jsonLd?.language),
    url:
      resolvePageUrl(canonical, pageUrl) ??
      resolvePageUrl(pickMetaValue(tags, ['og:url']), pageUrl) ??
      resolvePageUrl(jsonLd?.url, pageUrl) ??
      resolvePageUrl(pageUrl, null),
  };
}
