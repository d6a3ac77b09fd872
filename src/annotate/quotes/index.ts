import type { ArticleQuote, Attribution, Span, TextSpan } from '../../model/index.ts';
import { findIndirectStatements } from './find-indirect-statements.ts';
import { findQuotedPieces } from './find-quoted-pieces.ts';
import { continueSentenceAttribution } from './continue-sentence-attribution.ts';
import { groupQuotePieces } from './group-quote-pieces.ts';
import { prepareSentences } from './prepare-sentences.ts';
import { readAttributionAfter } from './read-attribution-after.ts';
import { readAttributionBefore } from './read-attribution-before.ts';
import { readEmbeddingCue } from './read-embedding-cue.ts';
import { readInnerLabel } from './read-inner-label.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import { loadReportingLexicon } from './reporting-lexicon.ts';
import { createSpeakerResolver, type ResolvedSpeaker } from './resolve-speakers.ts';
import type { AttributionMatch, PersonMention, SpeakerPhrase } from './types.ts';

export type { PersonMention } from './types.ts';

export interface QuoteContext {
  sentences: Span[];
  /** Actor mentions of the article; may be empty, then speakers are found from the text alone. */
  people: PersonMention[];
}

/** One statement to resolve in document order: a quote (its pieces) or an indirect statement. */
interface Statement {
  at: number;
  cue: TextSpan | null;
  speaker: SpeakerPhrase | null;
  /** The source as written, for attributions[]. */
  source: TextSpan | null;
  content: TextSpan | null;
  direct: boolean;
  pieces: readonly { start: number; end: number }[];
  /** A quote with no cue: it continues the previous speaker. */
  continues: boolean;
  /** Given by a transcript label inside the quote: "PENCE: ...", "Q: ...", "A: ...". */
  transcript: 'speaker' | 'question' | 'answer' | null;
}

/** "(CROSSTALK.)", "(Applause)": a stage direction in a transcript, no speech. */
const STAGE_DIRECTION = /^\([^)]*\)\.?$/;

const LONGEST_TITLE = 8;

const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as']);

/** "Fox News Sunday", "The Art of the Deal", "Contract with America": every word but the small ones capitalised. */
function isTitle(quoted: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.length <= LONGEST_TITLE && /^\p{Lu}/u.test(words[0] ?? '') && words.every((word) => TITLE_SMALL_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word));
}

const textSpan = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

function cueSpan(text: string, words: readonly { start: number; end: number }[], match: AttributionMatch): TextSpan {
  return textSpan(text, words[match.cue.first]!.start, words[match.cue.last]!.end);
}

/**
 * Direct quotes and attributed statements of one article, with their speakers:
 *
 * 1. quoted pieces from the quote marks (all styles, nested, over paragraphs, apostrophes left out);
 * 2. each piece's attribution after its closing mark (`"...," X said`);
 * 3. pieces broken by their attribution, or running over paragraphs, grouped into quotes;
 * 4. each quote's attribution: after it, before it (`X said, "..."`, `X: "..."`), a transcript label
 *    inside it, or the cue of the sentence it sits in (`expressed "solidarity"`);
 * 5. indirect statements from the cues no quote took (`X said that ...`, `according to X, ...`);
 * 6. speakers resolved in document order (pronouns, role nouns, statements, continued speech).
 */
export function findQuotes(text: string, context: QuoteContext): { quotes: ArticleQuote[]; attributions: Attribution[] } {
  const lexicon = loadReportingLexicon();
  const pieces = findQuotedPieces(text).filter((piece) => !STAGE_DIRECTION.test(text.slice(piece.start, piece.end)));
  const reader = prepareSentences(text, context.sentences, pieces, lexicon);
  const labels = pieces.map((piece) => (piece.double ? readInnerLabel(text, piece) : null));
  const afters = pieces.map((piece) => (piece.close ? readAttributionAfter(reader, piece.close) : null));
  const groups = groupQuotePieces(text, reader, pieces, afters, labels.map((label) => label !== null));

  const taken = new Set<string>();
  const statements: Statement[] = [];
  const embedded: Statement[] = [];
  let previousQuote: { match: AttributionMatch; end: number } | null = null;
  for (const group of groups) {
    const members = group.map((index) => pieces[index]!);
    const first = members[0]!;
    const last = members.at(-1)!;
    const label = labels[group[0]!];
    const speechStart = label?.speechStart ?? first.start;
    const contentSpan = label ? textSpan(text, speechStart, last.end) : textSpan(text, first.open.start, last.close?.end ?? last.end);
    const spans = members.map((piece, index) => ({ start: index === 0 ? speechStart : piece.start, end: piece.end }));
    const base = { pieces: spans, content: contentSpan, direct: true, continues: false, transcript: null };
    if (label) {
      const transcript = label.label.text === 'Q' ? 'question' : label.label.text === 'A' ? 'answer' : 'speaker';
      const speaker: SpeakerPhrase = { phrase: label.label, name: label.label, standsFor: null, gender: null, named: 'person' };
      statements.push({ ...base, at: label.label.start, cue: label.colon, speaker: transcript === 'answer' ? null : speaker, source: label.label, transcript });
      continue;
    }
    const match: AttributionMatch | null =
      group.map((index) => afters[index]).find((after) => after != null) ??
      readAttributionBefore(reader, first.open) ??
      continueSentenceAttribution(reader, previousQuote, first) ??
      readEmbeddingCue(reader, first);
    previousQuote = match ? { match, end: last.close?.end ?? last.end } : null;
    if (!match) {
      const sentence = reader.indexAt(first.open.start);
      // a quote that opens its sentence goes on with the previous speaker; a title ("“Fox News Sunday,”") is no quote
      if (reader.sentences[sentence]!.start === first.open.start) statements.push({ ...base, at: first.open.start, cue: null, speaker: null, source: null, continues: true });
      else if (!isTitle(text.slice(first.start, last.end))) {
        const subject = readSentenceSubject(reader.viewOf(sentence));
        const speaker = subject && reader.wordsOf(sentence)[subject.last]!.end <= first.open.start ? subject.speaker : null;
        statements.push({ ...base, at: first.open.start, cue: null, speaker, source: null });
      }
      continue;
    }
    const words = reader.wordsOf(match.sentence);
    const cue = cueSpan(text, words, match);
    const statement: Statement = { ...base, at: cue.start, cue, speaker: match.speaker?.speaker ?? null, source: match.speaker?.speaker.phrase ?? null };
    if (match.placement === 'embedded') embedded.push(statement);
    else taken.add(`${match.sentence}:${match.cue.first}`);
    statements.push(statement);
  }

  const indirect = findIndirectStatements(reader, (sentence, cue) => taken.has(`${sentence}:${cue.first}`)).map((found): Statement => {
    const words = reader.wordsOf(found.sentence);
    const cue = textSpan(text, words[found.cue.first]!.start, words[found.cue.last]!.end);
    return {
      at: cue.start,
      cue,
      speaker: found.source?.speaker ?? null,
      source: found.source?.speaker.phrase ?? null,
      content: textSpan(text, found.content.start, found.content.end),
      direct: false,
      pieces: [],
      continues: false,
      transcript: null,
    };
  });
  // a quote inside an indirect statement ("said his mate was only “to mock” her") is attributed by that statement
  for (const statement of embedded) {
    const holder = indirect.find((other) => other.cue!.start === statement.cue!.start && other.content!.start <= statement.content!.start && other.content!.end >= statement.content!.end);
    if (holder) statement.content = null;
  }

  const all = [...statements, ...indirect].sort((a, b) => a.at - b.at);
  const resolver = createSpeakerResolver(text, context.people, reader, lexicon);
  const resolved = new Map<Statement, ResolvedSpeaker>();
  // "A:" answers for the last named speaker of the transcript
  let lastInterviewee: ResolvedSpeaker = { span: null, key: null };
  for (const statement of all) {
    let speaker: ResolvedSpeaker;
    if (statement.transcript === 'answer') speaker = lastInterviewee;
    else if (statement.continues) speaker = resolver.continuePrevious(statement.at);
    else speaker = resolver.resolve(statement.speaker, statement.speaker?.phrase.start ?? statement.at);
    if (statement.transcript === 'speaker') lastInterviewee = speaker;
    resolved.set(statement, speaker);
  }

  const quotes: ArticleQuote[] = [];
  statements.forEach((statement, index) => {
    const speaker = resolved.get(statement)!;
    for (const piece of statement.pieces) {
      quotes.push({ ...textSpan(text, piece.start, piece.end), group: `q${index + 1}`, speaker: speaker.span, speakerKey: speaker.key, cue: statement.cue });
    }
  });
  const attributions: Attribution[] = all
    .filter((statement) => statement.cue !== null && statement.content !== null)
    .map((statement) => ({ source: statement.source, sourceKey: resolved.get(statement)!.key, cue: statement.cue!, content: statement.content!, direct: statement.direct }))
    .sort((a, b) => a.content.start - b.content.start);
  return { quotes: quotes.sort((a, b) => a.start - b.start), attributions };
}
