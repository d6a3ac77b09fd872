import type { Article, Message } from '../model/index.ts';
import { findTemporalExpressions } from './dates/index.ts';
import { findEntityMentions } from './entities/index.ts';
import { findQuantities } from './quantities/index.ts';
import { readTokens } from './read-tokens.ts';

/** Languages the English-only steps (entities, role patterns) can read. */
const ENGLISH = 'en';

/**
 * The annotate stage, in order: sentences and tokens; entity mentions linked within the article
 * (English only); temporal expressions resolved against the publication date (chrono's locale for
 * other languages); quantities. An article in another language keeps what does not depend on English,
 * and says what was skipped.
 */
export function annotateArticle(article: Article): Article {
  const messages: Message[] = [...article.messages];
  const english = article.language === null || article.language === ENGLISH;
  if (!english) {
    messages.push({
      severity: 'warning',
      origin: 'annotate:language',
      reason: `article in "${article.language}": English-only annotation steps (entities) are skipped`,
    });
  }
  const { sentences, tokens } = readTokens(article.text);
  const mentions = english ? findEntityMentions(article.text, tokens) : [];
  const dates = findTemporalExpressions(article.text, { published: article.published, language: article.language });
  const quantities = english ? findQuantities(article.text, tokens, dates) : [];
  return { ...article, sentences, mentions, dates, quantities, messages };
}
