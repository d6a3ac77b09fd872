import type { Article, Message } from '../model/index.ts';
import { splitSentences } from './split-sentences.ts';

/** Languages the English-only steps (entities, quotes' speakers, dates in words) can read. */
const ENGLISH = 'en';

/**
 * The annotate stage: sentences for every article; the English-only steps skip an article in another
 * language with a message instead of mangling it.
 */
export function annotateArticle(article: Article): Article {
  const messages: Message[] = [...article.messages];
  if (article.language !== null && article.language !== ENGLISH) {
    messages.push({
      severity: 'warning',
      origin: 'annotate:language',
      reason: `article in "${article.language}": English-only annotation steps are skipped`,
    });
  }
  return { ...article, sentences: splitSentences(article.text), messages };
}
