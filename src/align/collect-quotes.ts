import type { Article, Quote, LinkedEntities } from '../model/index.ts';

/** The dossier's `quotes[]`: every article's quote pieces in document order, speakers pointed at the merged entities. */
export function collectQuotes(articles: readonly Article[], entities: LinkedEntities): Quote[] {
  return articles.flatMap((article) =>
    article.quotes.map((quote, index): Quote => ({
      id: `${article.id}-q${index + 1}`,
      articleId: article.id,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      group: `${article.id}-${quote.group}`,
      speakerId: quote.speakerKey ? entities.idOf(article.id, quote.speakerKey) : null,
      speaker: quote.speaker?.text ?? null,
    })),
  );
}
