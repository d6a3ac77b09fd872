import type { SentenceReader } from './prepare-sentences.ts';
import type { AttributionMatch, QuotedPiece } from './types.ts';

/**
 * A quote that goes on with the attribution of the quote before it in the same sentence, with no cue
 * between them: `who said Maduro “has little time left” and that backing exists “beyond rhetoric.”`.
 */
export function continueSentenceAttribution(reader: SentenceReader, previous: { match: AttributionMatch; end: number } | null, piece: QuotedPiece): AttributionMatch | null {
  if (!previous || previous.match.placement === 'label') return null;
  const sentence = reader.indexAt(piece.open.start);
  if (sentence !== reader.indexAt(previous.end - 1)) return null;
  const view = reader.viewOf(sentence);
  const between = view.cues.some((cue) => view.words[cue.first]!.start >= previous.end && view.words[cue.first]!.start < piece.open.start);
  return between ? null : { ...previous.match, placement: 'embedded' };
}
