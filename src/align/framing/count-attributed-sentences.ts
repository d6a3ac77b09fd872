import type { Article, Span } from '../../model/index.ts';
import { buildSpanLookup } from '../../shared/span-lookup.ts';
import { countWordsUpTo } from '../../shared/words.ts';

/** Shorter sentences are headings, captions and fragments ("A long alliance"), not claims. */
const MIN_CLAIM_WORDS = 5;

/**
 * Sentences that give what they say to a source (they hold a quote, or an attribution's cue or
 * content: "Maduro claims that…", "according to the Kremlin…") against sentences that assert something
 * on the outlet's own word: every other sentence of at least five words.
 */
export function countAttributedSentences(article: Article): { attributed: number; unattributed: number } {
  const sourced: Span[] = [...article.quotes, ...article.attributions.flatMap((attribution) => [attribution.cue, attribution.content])];
  const lookup = buildSpanLookup(sourced);
  let attributed = 0;
  let unattributed = 0;
  for (const sentence of article.sentences) {
    if (lookup.anyOverlapping(sentence.start, sentence.end)) attributed++;
    else if (countWordsUpTo(article.text.slice(sentence.start, sentence.end), MIN_CLAIM_WORDS) >= MIN_CLAIM_WORDS) unattributed++;
  }
  return { attributed, unattributed };
}
