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
  const order = articles.map((article) => article.id);
  const words = new Map(quotes.map((quote) => [quote.id, quoteWords(quote.text)]));
  const contentOf = (quote: Quote) => new Set(words.get(quote.id)!.filter((word) => word.content).map((word) => word.word));
  const eligible = quotes.filter((quote) => contentOf(quote).size >= MIN_CONTENT_WORDS);
  const groups: Quote[][] = [];
  for (const quote of eligible) {
    const mine = contentOf(quote);
    const group = groups.find((members) => members.some((other) => other.articleId !== quote.articleId && overlap(mine, contentOf(other)) >= MIN_SHARED));
    if (group) group.push(quote);
    else groups.push([quote]);
  }
  return groups
    .filter((members) => new Set(members.map((quote) => quote.articleId)).size >= 2)
    .map((members) => {
      const sorted = [...members].sort((a, b) => order.indexOf(a.articleId) - order.indexOf(b.articleId) || a.start - b.start);
      const wordings = sorted.map((quote): QuoteVariantWording => ({
        quoteId: quote.id,
        articleId: quote.articleId,
        text: quote.text,
        speakerId: quote.speakerId,
        speaker: quote.speaker,
        differences: differences(words.get(quote.id)!, sorted.filter((other) => other.articleId !== quote.articleId).map(contentOf), quote.text),
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
function differences(words: readonly QuoteWord[], others: ReadonlyArray<ReadonlySet<string>>, text: string): QuoteVariantWording['differences'] {
  const spans: QuoteVariantWording['differences'] = [];
  for (const word of words) {
    if (!word.content || others.some((other) => other.has(word.word))) continue;
    const last = spans[spans.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, word.start))) {
      last.end = word.end;
      last.text = text.slice(last.start, last.end);
    } else spans.push({ start: word.start, end: word.end, text: text.slice(word.start, word.end) });
  }
  return spans;
}
