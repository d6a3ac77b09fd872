import type { Span } from '../../model/index.ts';
import { describeSpeaker } from './describe-speaker.ts';
import { findLastIndex } from './find-last-index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { readCueSpeaker } from './read-cue-speaker.ts';
import { readPhraseAfter } from './read-phrase-after.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import type { AttributionMatch, CueWord, SentenceView } from './types.ts';
import { isCapitalized } from './word-classes.ts';

const LONGEST_LABEL = 5;
/** Words between a cue and the quote it introduces: "told reporters on Thursday", "said in a statement". */
const LONGEST_TAIL = 10;
const TRAILING_PUNCTUATION = /^[,:\u2014\u2013-]$/;

/** "Leavitt: “...”", "Q: “...”", "Sen. John Smith: “...”": a short capitalised name and a colon open the sentence. */
function readLabel(view: SentenceView, colon: number): AttributionMatch | null {
  const { words, sentence } = view;
  const label = words.slice(0, colon);
  if (label.length === 0 || label.length > LONGEST_LABEL) return null;
  if (!label.every((word) => isCapitalized(word) || word.text === '.' || word.pos === 'PART')) return null;
  const cue: CueWord = { first: colon, last: colon, kinds: ['label'], lemma: ':' };
  return { sentence, cue, speaker: { first: 0, last: colon - 1, speaker: describeSpeaker(view, 0, colon - 1) }, placement: 'label' };
}

function readBeforeWords(view: SentenceView, from: number, end: number): AttributionMatch | null {
  const { words, cues, sentence } = view;
  let last = end - 1;
  if (words[last]?.text === ':' && from === 0) {
    const label = readLabel(view, last);
    if (label) return label;
  }
  const colon = words[last]?.text === ':' ? last : -1;
  while (last >= from && TRAILING_PUNCTUATION.test(words[last]!.text)) last--;
  if (words[last]?.lower === 'that') last--;
  const cue = cues[findLastIndex(cues, (candidate) => candidate.first >= from && candidate.last <= last)];
  // "called the operation “a crime”", "have come to believe “that ...”" embed their quote; they do not introduce one
  if (!cue || cue.kinds.every((kind) => kind === 'characterization' || kind === 'thought' || kind === 'evidence')) return colon >= 0 ? readClauseBeforeColon(view, from, colon) : null;
  const tail = words.slice(cue.last + 1, last + 1);
  if (tail.length > LONGEST_TAIL || tail.some((word) => word.pos === 'AUX' || (word.pos === 'VERB' && !/(?:ed|ing)$/.test(word.lower)))) return null;
  if (cue.kinds.includes('phrase')) {
    const speaker = readPhraseAfter(view, cue.last + 1);
    return speaker && speaker.last === last ? { sentence, cue, speaker, placement: 'before' } : null;
  }
  const speaker = readCueSpeaker(view, cue);
  return speaker ? { sentence, cue, speaker, placement: 'before' } : null;
}

/** "Sen. McCaskill scolded him: “...”", "Obama is rolling out a new message: “...”": the subject of the clause the colon ends. */
function readClauseBeforeColon(view: SentenceView, from: number, colon: number): AttributionMatch | null {
  const { words, sentence } = view;
  for (let verb = colon - 1; verb > from; verb--) {
    const word = words[verb]!;
    if (word.pos !== 'VERB' && word.pos !== 'AUX') continue;
    if (/ing$/.test(word.lower) && words[verb - 1]?.pos !== 'AUX') continue;
    // "Sanders made the following comment:": a word after "the" or "the following" names a thing, whatever its tag
    const before = words[verb - 1];
    if (before && (before.pos === 'DET' || (/ing$/.test(before.lower) && words[verb - 2]?.pos === 'DET' && verb === colon - 1))) continue;
    const speaker = readSubjectBefore(view, verb);
    if (!speaker) return null;
    return { sentence, cue: { first: colon, last: colon, kinds: ['label'], lemma: ':' }, speaker, placement: 'before' };
  }
  return null;
}

/**
 * The attribution that introduces a quote: `Leavitt said, "..."`, `She added: "..."`, `He told
 * reporters on Thursday: "..."`, `According to the Kremlin, "..."`, `Leavitt: "..."`, and a paragraph
 * that ends in a colon before a quote that opens the next one ("Caddell continued:").
 */
export function readAttributionBefore(reader: SentenceReader, open: Span): AttributionMatch | null {
  const sentence = reader.indexAt(open.start);
  const view = reader.viewOf(sentence);
  const { words } = view;
  const openIndex = view.wordIndexAt(open.start);
  if (!words[openIndex]?.isQuoteMark) return null;
  let from = openIndex;
  while (from > 0 && !words[from - 1]!.isQuoteMark) from--;
  if (openIndex > from) return readBeforeWords(view, from, openIndex);
  if (from > 0 || sentence === 0) return null;
  const previous = reader.viewOf(sentence - 1);
  if (previous.words.at(-1)?.text !== ':') return null;
  const lastMark = findLastIndex(previous.words, (word) => word.isQuoteMark);
  return readBeforeWords(previous, lastMark + 1, previous.words.length);
}
