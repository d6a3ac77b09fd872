export { extractArticleFromHtml, DEFAULT_EXTRACT_HTML_OPTIONS } from './extract-article-from-html.ts';
export type { ExtractHtmlOptions, ExtractedHtmlArticle } from './extract-article-from-html.ts';
