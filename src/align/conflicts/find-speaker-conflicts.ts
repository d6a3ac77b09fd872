import { createHash } from 'node:crypto';
import type { Article, Conflict, Entity, Quote, QuoteVariant } from '../../model/index.ts';
import { mayBeOneName } from './conflict-parts.ts';
import { spanLookup } from '../../shared/span-lookup.ts';

/**
 * The same words given to different people: a quote variant whose wordings name two different persons
 * as the speaker ("very little time left in power" — Donald Trump in one outlet, an analyst in another).
 * Speakers that are not persons (a statement, a government) are not set against a person who speaks
 * for them, and names that may be one person ("Heller" and "Mark Jay Heller", "Vincent DelGiudice" and
 * "Vincent Del Giudice", "A.J. Smith" and "AJ Smith") are not set against each other. Only a speaker
 * named in the quote's own sentence counts ('Fernando Reyes Matta, director of …, who said Maduro "has
 * little time left"'), not one carried over from sentences before; where one article gives the
 * words to two people, or the outlets to three or more, the attribution is no ground for a conflict.
 */
export function findSpeakerConflicts(variants: readonly QuoteVariant[], quotes: readonly Quote[], entities: readonly Entity[], articles: readonly Article[]): Conflict[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const conflicts: Conflict[] = [];
  for (const variant of variants) {
    const bySpeaker = new Map<string, typeof variant.wordings>();
    for (const wording of variant.wordings) {
      const speaker = wording.speakerId ? byId.get(wording.speakerId) : undefined;
      if (speaker?.type !== 'person' || !namedInSentence(quoteById.get(wording.quoteId)!, articleById.get(wording.articleId))) continue;
      const same = [...bySpeaker.keys()].find((id) => mayBeOneName(byId.get(id)!.name, speaker.name)) ?? speaker.id;
      bySpeaker.set(same, [...(bySpeaker.get(same) ?? []), wording]);
    }
    // the same words given to three people or more is a muddle of attribution, not two accounts
    if (bySpeaker.size !== 2) continue;
    const speakersOf = new Map<string, Set<string>>();
    for (const [speakerId, wordings] of bySpeaker) for (const wording of wordings) speakersOf.set(wording.articleId, (speakersOf.get(wording.articleId) ?? new Set()).add(speakerId));
    if ([...speakersOf.values()].some((speakers) => speakers.size > 1)) continue;
    // "Producers Laurence Mark and Bill Condon said": a sentence that names both speakers gives the words to both
    const surnames = [...bySpeaker.keys()].map((id) => byId.get(id)!.name.split(/\s+/).at(-1)!);
    if (variant.wordings.some((wording) => surnames.every((surname) => sentenceOf(quoteById.get(wording.quoteId)!, articleById.get(wording.articleId)).includes(surname)))) continue;
    conflicts.push({
      id: `c${createHash('sha1').update(`speaker ${variant.id}`).digest('hex').slice(0, 10)}`,
      kind: 'speaker',
      about: `who said "${variant.text}"`,
      factId: null,
      values: [...bySpeaker.entries()].map(([speakerId, wordings]) => ({
        value: byId.get(speakerId)!.name,
        articles: [...new Set(wordings.map((wording) => wording.articleId))],
        evidence: wordings.map((wording) => {
          const quote = quoteById.get(wording.quoteId)!;
          return { articleId: quote.articleId, start: quote.start, end: quote.end, text: quote.text };
        }),
      })),
    });
  }
  return conflicts;
}

/** Whether the speaker as written (or their surname) is named in the sentence that holds the quote. */
function namedInSentence(quote: Quote, article: Article | undefined): boolean {
  if (!quote.speaker) return false;
  const text = sentenceOf(quote, article);
  const surname = quote.speaker.split(/\s+/).at(-1)!;
  return text !== '' && (text.includes(quote.speaker) || text.includes(surname));
}

/** The sentence (or sentences) that hold the quote, or '' where the article is unknown. */
function sentenceOf(quote: Quote, article: Article | undefined): string {
  if (!article) return '';
  const sentence = spanLookup(article.sentences).overlapping(quote.start, quote.end);
  if (!sentence.length) return '';
  return article.text.slice(Math.min(...sentence.map((span) => span.start)), Math.max(...sentence.map((span) => span.end)));
}
