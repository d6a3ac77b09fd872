import type { SentenceReader } from './prepare-sentences.ts';
import { readCueSpeaker } from './read-cue-speaker.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import type { AttributionMatch, CueWord, QuotedPiece, Word } from './types.ts';

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/** "terrorists are revealed as ...": the subject of a passive cue is no speaker. */
function isPassive(words: readonly Word[], cue: CueWord): boolean {
  let before = cue.first - 1;
  while (before >= 0 && words[before]!.pos === 'ADV') before--;
  return before >= 0 && BE_FORMS.has(words[before]!.lower);
}

/** "; " or ", and" / ", but": a new clause with a subject of its own starts. */
const isClauseBoundary = (word: Word, next: Word | undefined) => word.text === ';' || (word.text === ',' && next !== undefined && CLAUSE_JOINERS.has(next.lower));

/**
 * The cue of a quote that sits inside a sentence: `Clinton called half of his supporters
 * “deplorables”` (the nearest cue before the quote with a subject), `the Russian leader expressed
 * "solidarity"`, `..., calling the operation “a criminal act”` (a participle takes the sentence's
 * subject), and `... “a crime” ..., officials said` (the first cue after it).
 */
export function readEmbeddingCue(reader: SentenceReader, piece: QuotedPiece): AttributionMatch | null {
  const view = reader.viewOf(reader.indexAt(piece.open.start));
  const { words, cues, sentence } = view;
  const openIndex = words.findIndex((word) => word.isQuoteMark && word.start === piece.open.start);
  if (openIndex < 0) return null;
  const before = cues.filter((cue) => cue.last < openIndex && !isPassive(words, cue));
  // the outermost cue of the main clause whose clause reaches the quote, then the nearest: "Trump said ... that Clinton once
  // described it as “the gold standard”"; not one of an opening phrase ("In a statement announcing the pick, the union called ...")
  const mainClause = readSentenceSubject(view)?.first ?? 0;
  const reaching = before.filter((cue) => cue.first > mainClause && !words.slice(cue.last + 1, openIndex).some((word, offset, between) => isClauseBoundary(word, between[offset + 1])));
  for (const cue of [...reaching, ...before.reverse()]) {
    const speaker = readCueSpeaker(view, cue);
    if (speaker) return { sentence, cue, speaker, placement: 'embedded' };
  }
  const closeEnd = piece.close?.end ?? piece.end;
  for (const cue of cues.filter((candidate) => words[candidate.first]!.start >= closeEnd)) {
    const speaker = readCueSpeaker(view, cue);
    if (speaker && words[speaker.first]!.start >= closeEnd) return { sentence, cue, speaker, placement: 'embedded' };
  }
  return null;
}
