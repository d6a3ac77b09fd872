import type { Span } from '../../model/index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { opensContent } from './opens-content.ts';
import { readPhraseAfter } from './read-phrase-after.ts';
import { readSubjectBefore } from './read-subject-before.ts';
import { spanOfWords } from './describe-speaker.ts';
import type { AttributionMatch, PhraseMatch, SentenceView, Word } from './types.ts';
import { POSSESSIVE_DETERMINERS } from './word-classes.ts';

/** How far a subject may run before its cue: `"...," White House press secretary Karoline Leavitt told reporters`. */
const LONGEST_SUBJECT = 16;
const LEADING_PUNCTUATION = /^[,\u2014\u2013-]$/;
const DASH = /^[\u2015\u2014\u2013]$/;

/** Words from `from` up to `to`, punctuation not counted: `Marcia "Cia" Price (D-Newport News),` is four. */
const wordsBetween = (words: readonly Word[], from: number, to: number) => words.slice(from, to).filter((word) => word.pos !== 'PUNCT').length;

/** "said Caddell", "Caddell said", "the text continued", "according to the poll", from word `from` on. */
function readAttributionAt(view: SentenceView, from: number, until: number): AttributionMatch | null {
  const { words, cues, sentence } = view;
  // "“American Skin” was written by Springsteen", "“...” was tweeted by the senator": a passive cue's speaker follows "by"
  const passive = cues.find((cue) => cue.first === from + 1 && words[from]!.lemma === 'be' && words[cue.last + 1]?.lower === 'by');
  if (passive) {
    const speaker = readPhraseAfter(view, passive.last + 2);
    if (speaker && speaker.last < until) return { sentence, cue: passive, speaker, placement: 'after' };
  }
  // "said Caddell", "also said the minister", "according to the poll"
  const leading = cues.find((cue) => cue.first === from || (cue.first === from + 1 && words[from]!.pos === 'ADV'));
  if (leading && !/ing$/.test(words[leading.first]!.lower)) {
    const speaker = readPhraseAfter(view, leading.last + 1);
    // "said Caddell, speaking of ...", "wrote Cameron Easley for Morning Consult", but not "noting Trump had not spoken"
    const next = speaker ? words[speaker.last + 1] : undefined;
    if (speaker && speaker.last < until && (!next || (next.pos !== 'VERB' && next.pos !== 'AUX'))) {
      return { sentence, cue: leading, speaker: withTrailingAppositive(view, speaker, until), placement: 'after' };
    }
  }
  // "Caddell said", "the Venezuelan government wrote in a statement", "she added"; not "“Fox News Sunday,” Pence said his mate ..."
  const next = cues.find((cue) => cue.first > from && cue.first < until && wordsBetween(words, from, cue.first) <= LONGEST_SUBJECT && !cue.kinds.includes('phrase'));
  if (next && !opensContent(view, next)) {
    const speaker = readSubjectBefore(view, next.first);
    if (speaker && speaker.first === from) return { sentence, cue: next, speaker, placement: 'after' };
  }
  return null;
}

/**
 * "said Kenneth Baer, a former official who runs a consultancy.": an appositive that ends the sentence
 * belongs to the source phrase (PolNeAR's sources take it); the name stays "Kenneth Baer".
 */
function withTrailingAppositive(view: SentenceView, speaker: PhraseMatch, until: number): PhraseMatch {
  const { words } = view;
  const comma = speaker.last + 1;
  const opener = words[comma + 1];
  if (words[comma]?.text !== ',' || !opener || !(opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'NUM' || opener.lower === 'who' || POSSESSIVE_DETERMINERS.has(opener.lower))) return speaker;
  let last = until - 1;
  while (last > comma && words[last]!.pos === 'PUNCT' && !/[)]/.test(words[last]!.text)) last--;
  if (last <= comma + 1 || words.slice(comma + 1, last + 1).some((word) => word.isQuoteMark)) return speaker;
  return { first: speaker.first, last, speaker: { ...speaker.speaker, phrase: spanOfWords(view, speaker.first, last) } };
}

/** "“...” ― Sonya Herridge": a dash and a name that ends the line. */
function readDashedName(view: SentenceView, dash: number): AttributionMatch | null {
  const { words, sentence } = view;
  const speaker = readPhraseAfter(view, dash + 1);
  if (!speaker || !/\p{Lu}/u.test(words[dash + 1]!.text) || words.slice(speaker.last + 1).some((word) => word.pos !== 'PUNCT')) return null;
  return { sentence, cue: { first: dash, last: dash, kinds: ['label'], lemma: words[dash]!.text }, speaker, placement: 'after' };
}

/**
 * Whether the attribution ends its clause: punctuation follows it (`Trump said, looking out on the
 * crowd.`), or words with no verb (`she shouted to the crowd.`, `he told reporters Monday.`); not
 * `Vitter said the agency was wrong.`, which reports something else.
 */
function endsClause(words: readonly Word[], match: AttributionMatch): boolean {
  const rest = words.slice(Math.max(match.cue.last, match.speaker?.last ?? 0) + 1);
  const next = rest[0];
  if (!next || (next.pos === 'PUNCT' && !next.isQuoteMark)) return true;
  return rest.every((word) => !word.isQuoteMark && word.pos !== 'VERB' && word.pos !== 'AUX');
}

/**
 * The attribution right after a closing mark, in the rest of its sentence: `"...," said Caddell`,
 * `"...," the text continued`, `"...," a Kremlin statement said`, `"...," according to the poll`,
 * `"..." ― Sonya Herridge`; and after a quote that ends its sentence (`"...?" Vitter demanded.`), a
 * next sentence that is only the attribution.
 */
export function readAttributionAfter(reader: SentenceReader, close: Span): AttributionMatch | null {
  const view = reader.viewOf(reader.indexAt(close.start));
  const { text, words } = view;
  let from = view.wordIndexAt(close.end);
  if (from >= words.length) from = -1;
  if (from >= 0 && DASH.test(words[from]!.text)) {
    const dashed = readDashedName(view, from);
    if (dashed) return dashed;
  }
  if (from >= 0) {
    while (words[from] && LEADING_PUNCTUATION.test(words[from]!.text)) from++;
    if (words[from]?.lower === 'as') from++; // "...," as a Homeland Security memo put it
    let until = from;
    while (until < words.length && !words[until]!.isQuoteMark) until++;
    return from < until ? readAttributionAt(view, from, until) : null;
  }
  const next = view.sentence + 1;
  const nextSpan = reader.sentences[next];
  if (!nextSpan || text.slice(close.end, nextSpan.start).includes('\n')) return null;
  const nextView = reader.viewOf(next);
  const nextWords = nextView.words;
  if (nextWords[0] && DASH.test(nextWords[0].text)) return readDashedName(nextView, 0);
  // "She added, “...”" introduces the next quote; it does not close this one
  if (nextWords.some((word) => word.isQuoteMark)) return null;
  const match = readAttributionAt(nextView, 0, nextWords.length);
  return match && endsClause(nextWords, match) ? match : null;
}
