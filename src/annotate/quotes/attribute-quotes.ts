import type { TextSpan } from '../../model/index.ts';
import { continueSentenceAttribution } from './continue-sentence-attribution.ts';
import { isTitle } from './is-title.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { readAttributionBefore } from './read-attribution-before.ts';
import { readEmbeddingCue } from './read-embedding-cue.ts';
import type { InnerLabel } from './read-inner-label.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import { skipCircumstances } from './skip-circumstances.ts';
import type { AttributionMatch, QuotedPiece, SentenceView, SpeakerPhrase, Statement } from './types.ts';

const textSpan = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

/** `said that “...”`, `sings Bruce Springsteen’s “American Skin”`: the content starts after the cue's hearer and circumstances. */
function widenToCue(view: SentenceView, match: AttributionMatch, content: TextSpan): TextSpan {
  if (match.cue.kinds.includes('label') || match.cue.kinds.includes('phrase')) return content;
  let first = skipCircumstances(view.words, match.cue.last + 1, view.lexicon.takesObject.has(match.cue.lemma));
  while (view.words[first] && view.words[first]!.pos === 'PUNCT' && !view.words[first]!.isQuoteMark) first++;
  const start = view.words[first]?.start ?? content.start;
  return start < content.start ? textSpan(view.text, start, content.end) : content;
}

/** A transcript's label: "Q" asks, "A" answers, any other name speaks for itself. */
const transcriptRole = (label: string): 'question' | 'answer' | 'speaker' => (label === 'Q' ? 'question' : label === 'A' ? 'answer' : 'speaker');

/** What the quotes found: their statements, the cues they took (`sentence:word`), and those that sit in a sentence's cue. */
export interface AttributedQuotes {
  statements: Statement[];
  takenCues: Set<string>;
  embedded: Statement[];
}

/**
 * Each quote's statement, its attribution tried in this order: a cue after one of its pieces (`"...,"
 * X said`), a cue that introduces it (`X said, "..."`, `X: "..."`), a transcript label inside it, the
 * attribution of the quote before it in the same sentence, the cue of the sentence it sits in
 * (`expressed "solidarity"`). A quote with none goes on with the previous speaker when it opens its
 * sentence, else takes the sentence's subject; a title with none is dropped.
 */
export function attributeQuotes(
  reader: SentenceReader,
  pieces: readonly QuotedPiece[],
  groups: readonly number[][],
  afters: readonly (AttributionMatch | null)[],
  labels: readonly (InnerLabel | null)[],
): AttributedQuotes {
  const { text } = reader;
  const statements: Statement[] = [];
  const embedded: Statement[] = [];
  const takenCues = new Set<string>();
  let previousQuote: { match: AttributionMatch; end: number } | null = null;
  for (const group of groups) {
    const first = pieces[group[0]!]!;
    const last = pieces[group.at(-1)!]!;
    const label = labels[group[0]!];
    const speechStart = label?.speechStart ?? first.start;
    const base = {
      pieces: group.map((index, order) => ({ start: order === 0 ? speechStart : pieces[index]!.start, end: pieces[index]!.end })),
      // PolNeAR's convention: a direct content runs from the first opening mark to the last closing one
      content: label ? textSpan(text, speechStart, last.end) : textSpan(text, first.open.start, last.close?.end ?? last.end),
      direct: true,
      continues: false,
      transcript: null,
    };
    if (label) {
      const transcript = transcriptRole(label.label.text);
      const speaker: SpeakerPhrase = { phrase: label.label, name: label.label, standsFor: null, gender: null, named: 'person' };
      statements.push({ ...base, at: label.label.start, cue: label.colon, speaker: transcript === 'speaker' ? speaker : null, source: label.label, transcript });
      continue;
    }
    const match: AttributionMatch | null =
      group.map((index) => afters[index]).find((after) => after != null) ??
      readAttributionBefore(reader, first.open) ??
      continueSentenceAttribution(reader, previousQuote, first) ??
      readEmbeddingCue(reader, first);
    previousQuote = match ? { match, end: last.close?.end ?? last.end } : null;
    if (match) {
      const view = reader.viewOf(match.sentence);
      const cue = textSpan(text, view.words[match.cue.first]!.start, view.words[match.cue.last]!.end);
      const content = match.placement === 'before' ? widenToCue(view, match, base.content) : base.content;
      // `Q: "..."`, `A: "..."` before the quote: the asker and the answerer, not a person called "Q"
      const transcript = match.placement === 'label' ? transcriptRole(match.speaker?.speaker.name.text ?? '') : null;
      const speaker = transcript === 'question' || transcript === 'answer' ? null : (match.speaker?.speaker ?? null);
      const statement: Statement = { ...base, content, at: cue.start, cue, speaker, source: match.speaker?.speaker.phrase ?? null, transcript };
      if (match.placement === 'embedded') embedded.push(statement);
      else takenCues.add(`${match.sentence}:${match.cue.first}`);
      statements.push(statement);
      continue;
    }
    const sentence = reader.indexAt(first.open.start);
    if (reader.sentences[sentence]!.start === first.open.start) {
      statements.push({ ...base, at: first.open.start, cue: null, speaker: null, source: null, continues: true });
    } else if (!isTitle(text.slice(first.start, last.end))) {
      const subject = readSentenceSubject(reader.viewOf(sentence));
      const speaker = subject && reader.wordsOf(sentence)[subject.last]!.end <= first.open.start ? subject.speaker : null;
      statements.push({ ...base, at: first.open.start, cue: null, speaker, source: null });
    }
  }
  return { statements, takenCues, embedded };
}
