import type { Article, Clause, Span, Token } from '../../model/index.ts';

/** A clause of one article of the story (the annotate stage's clause layer), numbered across the story. */
export interface StoryClause extends Span {
  articleId: string;
  /** Index of the clause among all clauses of the story. */
  index: number;
  /** Its sentence, kept as its context. */
  sentence: Span;
  /** Its words and marks. */
  words: readonly Token[];
  /** The clause as the annotate stage gives it: the mentions, dates and quantities inside it. */
  layer: Clause;
}

/** The clauses of the story's articles, in article order and then text order. */
export function collectClauses(articles: readonly Article[]): StoryClause[] {
  const clauses: StoryClause[] = [];
  for (const article of articles) {
    for (const clause of article.clauses) {
      clauses.push({
        articleId: article.id,
        index: clauses.length,
        start: clause.start,
        end: clause.end,
        sentence: article.sentences[clause.sentence]!,
        words: article.tokens.slice(clause.firstToken, clause.endToken),
        layer: clause,
      });
    }
  }
  return clauses;
}
