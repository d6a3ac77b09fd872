import { parseHtmlDocument } from './parse-html-document.ts';
import { PAGE_CLEANING, removeBoilerplateElements } from './remove-boilerplate-elements.ts';
import { removeHiddenElements } from './remove-hidden-elements.ts';
import { removeLinkLists } from './remove-link-lists.ts';
import { renderText } from './render-text.ts';

/**
 * The fallback when Readability finds no article: the text of the whole `<body>`, less what is hidden,
 * menus and link lists (its furniture lines are clean's to remove). The page is parsed again because Readability has taken the
 * first document apart.
 */
export function extractWholePageText(html: string): string {
  const document = parseHtmlDocument(html);
  const body = document.body;
  if (!body) return '';
  removeHiddenElements(document);
  removeBoilerplateElements(body, PAGE_CLEANING);
  removeLinkLists(body);
  return renderText(body);
}
