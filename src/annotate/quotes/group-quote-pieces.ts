import type { SentenceReader } from './prepare-sentences.ts';
import type { AttributionMatch, QuotedPiece } from './types.ts';

const LONGEST_INTERRUPTION = 250;

/** The next piece starts right where the attribution of the previous one ends, or opens the next sentence. */
function followsAttribution(text: string, reader: SentenceReader, after: AttributionMatch, next: QuotedPiece): boolean {
  const words = reader.wordsOf(after.sentence);
  const end = words[after.speaker ? Math.max(after.speaker.last, after.cue.last) : after.cue.last]!.end;
  if (/^[\s,;:\u2014\u2013-]*$/.test(text.slice(end, next.open.start))) return true;
  const sentence = reader.indexAt(next.open.start);
  return sentence !== after.sentence && reader.sentences[sentence]!.start === next.open.start;
}

/**
 * Pieces of one quote, as lists of piece indices: a quote broken by its attribution (`"A," she said,
 * "B."`, `"A," said Caddell. "B."`) and a quote that runs over paragraphs (reopened at the next
 * paragraph's start). A piece with its own attribution, or a transcript label, starts a new quote.
 */
export function groupQuotePieces(text: string, reader: SentenceReader, pieces: readonly QuotedPiece[], afters: readonly (AttributionMatch | null)[], labelled: readonly boolean[]): number[][] {
  const groups: number[][] = [];
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    const after = afters[index - 1];
    const continues =
      previous !== undefined &&
      !labelled[index] &&
      ((piece.continuesPrevious && previous.close === null) ||
        (previous.double &&
          piece.double &&
          previous.close !== null &&
          after != null &&
          afters[index] === null &&
          piece.open.start - previous.close.end <= LONGEST_INTERRUPTION &&
          !text.slice(previous.close.end, piece.open.start).includes('\n') &&
          followsAttribution(text, reader, after, piece)));
    if (continues) groups.at(-1)!.push(index);
    else groups.push([index]);
  });
  return groups;
}
