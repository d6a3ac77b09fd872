import type { SentenceReader } from './prepare-sentences.ts';
import { readCueSpeaker } from './read-cue-speaker.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import type { AttributionMatch, CueWord, QuotedPiece, Word } from './types.ts';

/** How far before a quote its cue may stand, in words; sentences run longer only in lists and transcripts. */
const LONGEST_REACH = 60;
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/** "terrorists are revealed as ...": the subject of a passive cue is no speaker. */
function isPassive(words: readonly Word[], cue: CueWord): boolean {
  let before = cue.first - 1;
  while (before >= 0 && words[before]!.pos === 'ADV') before--;
  return before >= 0 && BE_FORMS.has(words[before]!.lower);
}

/** Dashes that set off an aside: "called on Obama to retaliate -- meddling the congressman said is designed to “sow discord”". */
const DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);

/** "; ", ", and" / ", but", or a dash: a new clause with a subject of its own starts. */
const isClauseBoundary = (word: Word, next: Word | undefined) => word.text === ';' || DASHES.has(word.text) || (word.text === ',' && next !== undefined && CLAUSE_JOINERS.has(next.lower));

/**
 * The cue of a quote that sits inside a sentence. Before the quote, the outermost cue of the main
 * clause whose clause reaches it (`Trump said ... that Clinton once described it as “the gold
 * standard”` → Trump), else the nearest with a speaker (`the Russian leader expressed "solidarity"`);
 * a participle borrows its clause's subject (`..., calling the operation “a criminal act”`); a passive
 * cue has none. After the quote, the first cue with a speaker (`... “a crime” ..., officials said`).
 */
export function readEmbeddingCue(reader: SentenceReader, piece: QuotedPiece): AttributionMatch | null {
  const view = reader.viewOf(reader.indexAt(piece.open.start));
  const { words, cues, sentence } = view;
  const openIndex = view.wordIndexAt(piece.open.start);
  if (!words[openIndex]?.isQuoteMark) return null;
  const before = cues.filter((cue) => cue.last < openIndex && openIndex - cue.last <= LONGEST_REACH && !isPassive(words, cue));
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
