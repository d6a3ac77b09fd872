import type { Article, Message } from '../model/index.ts';
import { readClauses } from './clauses/index.ts';
import { findTemporalExpressions } from './dates/index.ts';
import { findEntityMentions, genderOf } from './entities/index.ts';
import { findQuantities } from './quantities/index.ts';
import { findQuotes, type PersonMention } from './quotes/index.ts';
import { readTokens } from './read-tokens.ts';

/** Languages the English-only steps (entities, role patterns) can read. */
const ENGLISH = 'en';

/**
 * The annotate stage, in order: sentences and tokens; entity mentions linked within the article
 * (English only); quotes and attributed statements with their speakers (quotes by their marks in any
 * language); temporal expressions resolved against the publication date (chrono's locale for other
 * languages); quantities; clauses (English only), each with the mentions, dates and quantities inside
 * it. An article in another language keeps what does not depend on English, and says what was skipped.
 */
export function annotateArticle(article: Article): Article {
  const messages: Message[] = [...article.messages];
  const english = article.language === null || article.language === ENGLISH;
  if (!english) {
    messages.push({
      severity: 'warning',
      origin: 'annotate:language',
      reason: `article in "${article.language}": English-only annotation steps (entities, number words, speakers by name, clauses) are skipped`,
    });
  }
  const { sentences, tokens } = readTokens(article.text);
  const mentions = english ? findEntityMentions(article.text, tokens) : [];
  const people: PersonMention[] = mentions.map(({ start, end, text, entityKey, type }) => ({ start, end, text, key: entityKey, type, gender: genderOf(entityKey) }));
  const { quotes, attributions } = findQuotes(article.text, { sentences, people, tokens });
  const dates = findTemporalExpressions(article.text, { published: article.published, language: article.language });
  const quantities = findQuantities(article.text, tokens, dates, { english });
  const clauses = english ? readClauses(tokens, sentences.length, { mentions, dates, quantities, dateline: article.dateline }) : [];
  return { ...article, sentences, tokens, clauses, mentions, quotes, attributions, dates, quantities, messages };
}
