import { createHash } from 'node:crypto';
import type { Article, Quote, QuoteVariant, QuoteVariantWording } from '../../model/index.ts';
import { quoteWords, type QuoteWord } from './quote-words.ts';

/** Least share of the shorter quote's content words found in the other for two quotes to be one. */
const MIN_SHARED = 0.6;
const MIN_CONTENT_WORDS = 3;

/**
 * The same quote as each outlet words it: quotes of different articles whose content words mostly
 * coincide ("…against mounting external pressure" and "…in the face of growing external pressure").
 * The words of each wording that the others lack are its differences.
 */
export function findQuoteVariants(quotes: readonly Quote[], articles: readonly Article[]): QuoteVariant[] {
  // a variant is worded by two articles at least: the quotes of one article have none
  if (quotes.every((quote) => quote.articleId === quotes[0]!.articleId)) return [];
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  const words = new Map(quotes.map((quote) => [quote.id, quoteWords(quote.text)]));
  const content = new Map(quotes.map((quote) => [quote.id, new Set(words.get(quote.id)!.filter((word) => word.content).map((word) => word.word))]));
  const contentOf = (quote: Quote) => content.get(quote.id)!;
  const eligible = quotes.filter((quote) => contentOf(quote).size >= MIN_CONTENT_WORDS);
  const groups: Quote[][] = [];
  const groupOf = new Map<Quote, number>();
  // quotes already grouped, by content word: a quote can only join a group through one that shares a word
  const byWord = new Map<string, Quote[]>();
  for (const quote of eligible) {
    const mine = contentOf(quote);
    // the first group (in the order groups were made) with a member of another article that mostly shares its words
    const candidates = new Set([...mine].flatMap((word) => byWord.get(word) ?? []));
    const joined = [...candidates]
      .filter((other) => other.articleId !== quote.articleId)
      .map((other) => ({ other, group: groupOf.get(other)! }))
      .sort((a, b) => a.group - b.group)
      .find(({ other }) => overlap(mine, contentOf(other)) >= MIN_SHARED)?.group;
    if (joined === undefined) groups.push([quote]);
    else groups[joined]!.push(quote);
    groupOf.set(quote, joined ?? groups.length - 1);
    for (const word of mine) {
      if (byWord.has(word)) byWord.get(word)!.push(quote);
      else byWord.set(word, [quote]);
    }
  }
  return groups
    .filter((members) => new Set(members.map((quote) => quote.articleId)).size >= 2)
    .map((members) => {
      const sorted = [...members].sort((a, b) => positionOf.get(a.articleId)! - positionOf.get(b.articleId)! || a.start - b.start);
      // the articles whose wording has each content word: a quote's own word is said elsewhere when two do
      const articlesWith = new Map<string, Set<string>>();
      for (const quote of sorted) for (const word of contentOf(quote)) articlesWith.set(word, (articlesWith.get(word) ?? new Set()).add(quote.articleId));
      const saidElsewhere = (word: string) => articlesWith.get(word)!.size >= 2;
      const wordings = sorted.map((quote): QuoteVariantWording => ({
        quoteId: quote.id,
        articleId: quote.articleId,
        text: quote.text,
        speakerId: quote.speakerId,
        speaker: quote.speaker,
        differences: differences(words.get(quote.id)!, saidElsewhere, quote.text),
      }));
      return {
        id: `v${createHash('sha1').update(sorted.map((quote) => quote.id).join(' ')).digest('hex').slice(0, 10)}`,
        text: [...sorted].sort((a, b) => b.text.length - a.text.length)[0]!.text,
        wordings,
      };
    });
}

/** The share of the smaller set found in the other. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return small.size ? shared / small.size : 0;
}

/** Runs of content words no other wording has ("mounting" where the others say "growing"). */
function differences(words: readonly QuoteWord[], saidElsewhere: (word: string) => boolean, text: string): QuoteVariantWording['differences'] {
  const spans: QuoteVariantWording['differences'] = [];
  for (const word of words) {
    if (!word.content || saidElsewhere(word.word)) continue;
    const last = spans[spans.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, word.start))) {
      last.end = word.end;
      last.text = text.slice(last.start, last.end);
    } else spans.push({ start: word.start, end: word.end, text: text.slice(word.start, word.end) });
  }
  return spans;
}
