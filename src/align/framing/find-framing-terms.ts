import type { Article, FramingTerm, Span } from '../../model/index.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import { HEDGE, type FramingLexicon, type LexiconEntry } from './framing-lexicon.ts';
import { readWords, type FramingWord } from './read-words.ts';

/**
 * Hedges and loaded words in the outlet's own voice: every sentence read word by word, the longest
 * lexicon entry that starts at a word wins ("regime change" over "regime"; "could not" is no hedge).
 * Words inside a quote are the speaker's, not the outlet's, and do not count.
 */
export function findFramingTerms(article: Article, lexicon: FramingLexicon): { hedges: FramingTerm[]; loaded: FramingTerm[] } {
  const hedges: FramingTerm[] = [];
  const loaded: FramingTerm[] = [];
  for (const sentence of article.sentences) {
    const words = readWords(article.text, sentence);
    for (let index = 0; index < words.length; ) {
      const entry = longestEntryAt(article.text, words, index, lexicon);
      if (!entry) {
        index++;
        continue;
      }
      const first = words[index]!;
      const last = words[index + entry.words.length - 1]!;
      index += entry.words.length;
      if (entry.category === null || isQuoted(first.start, last.end, article.quotes)) continue;
      if (isCapitalized(article.text.slice(first.start, first.end)) && (first !== words[0] || lexicon.alsoNames.has(entry.term))) continue;
      const term: FramingTerm = { articleId: article.id, start: first.start, end: last.end, text: article.text.slice(first.start, last.end), term: entry.term, category: entry.category };
      (entry.category === HEDGE ? hedges : loaded).push(term);
    }
  }
  return { hedges, loaded };
}

/** "Regime", not "regime" or "REGIME". */
function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** The longest entry whose words follow one another from `index`, separated by spaces only ("could, not" is two words). */
function longestEntryAt(text: string, words: readonly FramingWord[], index: number, lexicon: FramingLexicon): LexiconEntry | null {
  const candidates = lexicon.entriesByFirstWord.get(words[index]!.folded);
  if (!candidates) return null;
  return (
    candidates.find((entry) =>
      entry.words.every((word, offset) => {
        const at = words[index + offset];
        if (!at || at.folded !== word) return false;
        return offset === 0 || /^\s+$/.test(text.slice(words[index + offset - 1]!.end, at.start));
      }),
    ) ?? null
  );
}

/** Whether the stretch overlaps a quote: a hedge in `"may collapse," he said` is the speaker's. */
function isQuoted(start: number, end: number, quotes: readonly Span[]): boolean {
  return spanLookup(quotes).anyOverlapping(start, end);
}
