import { parseHtmlDocument } from './parse-html-document.ts';
import { PAGE_CLEANING, removeBoilerplateElements } from './remove-boilerplate-elements.ts';
import { removeBoilerplateLines } from './remove-boilerplate-lines.ts';
import { removeHiddenElements } from './remove-hidden-elements.ts';
import { removeLinkLists } from './remove-link-lists.ts';
import { renderText } from './render-text.ts';

/**
 * The fallback when Readability finds no article: the text of the whole `<body>`, less what is hidden,
 * menus, link lists and furniture lines. The page is parsed again because Readability has taken the
 * first document apart.
 */
export function extractWholePageText(html: string): string {
  const document = parseHtmlDocument(html);
  const body = document.body;
  if (!body) return '';
  removeHiddenElements(document);
  removeBoilerplateElements(body, PAGE_CLEANING);
  removeLinkLists(body);
  return removeBoilerplateLines(renderText(body)).text;
}
