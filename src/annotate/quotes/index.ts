import type { ArticleQuote, Attribution, Span, TextSpan } from '../../model/index.ts';
import { groupBy } from '../../shared/group-by.ts';
import { attributeQuotes } from './attribute-quotes.ts';
import { findInterviewee } from './find-interviewee.ts';
import { findIndirectStatements } from './find-indirect-statements.ts';
import { findQuotedPieces } from './find-quoted-pieces.ts';
import { findTranscriptLines } from './find-transcript-lines.ts';
import { isNickname } from './is-nickname.ts';
import { groupQuotePieces } from './group-quote-pieces.ts';
import { prepareSentences } from './prepare-sentences.ts';
import { readAttributionAfter } from './read-attribution-after.ts';
import { readInnerLabel } from './read-inner-label.ts';
import { loadReportingLexicon } from './reporting-lexicon.ts';
import { createSpeakerResolver, type ResolvedSpeaker } from './resolve-speakers.ts';
import type { PersonMention, SpeakerPhrase, Statement } from './types.ts';
import type { TaggedToken } from './words-from-tokens.ts';

export type { PersonMention } from './types.ts';
export type { TaggedToken } from './words-from-tokens.ts';

export interface QuoteContext {
  sentences: Span[];
  /** Actor mentions of the article; may be empty, then speakers are found from the text alone. */
  people: PersonMention[];
  /** The article's tokens, already tagged: sentences are then not tagged a second time. */
  tokens?: readonly TaggedToken[];
}

/** "(CROSSTALK.)", "(Applause)": a stage direction in a transcript, no speech. */
const STAGE_DIRECTION = /^\([^)]*\)\.?$/;

/** The source an attribution gives: a transcript's question has no named asker, its answer the answerer's name rather than "A". */
function sourceAsGiven(statement: Statement, speaker: ResolvedSpeaker): TextSpan | null {
  if (statement.transcript === 'question') return null;
  if (statement.transcript === 'answer') return speaker.span;
  return statement.source;
}

const textSpan = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

/**
 * Direct quotes and attributed statements of one article, with their speakers:
 *
 * 1. quoted pieces from the quote marks (all styles, nested, over paragraphs, apostrophes left out);
 * 2. each piece's attribution after its closing mark (`"...," X said`);
 * 3. pieces broken by their attribution, or running over paragraphs, grouped into quotes;
 * 4. each quote's attribution (attribute-quotes.ts);
 * 5. indirect statements from the cues no quote took (`X said that ...`, `according to X, ...`);
 * 6. the lines of a transcript without quote marks (`Q: ...`, `A: ...`, `DIALLO: ...`);
 * 7. speakers resolved in document order (pronouns, role nouns, statements, continued speech).
 */
export function findQuotes(text: string, context: QuoteContext): { quotes: ArticleQuote[]; attributions: Attribution[] } {
  const lexicon = loadReportingLexicon();
  const pieces = findQuotedPieces(text).filter((piece) => !STAGE_DIRECTION.test(text.slice(piece.start, piece.end)) && !isNickname(text, piece));
  const reader = prepareSentences(text, context.sentences, pieces, lexicon, context.tokens ?? null);
  const labels = pieces.map((piece) => (piece.double ? readInnerLabel(text, piece) : null));
  const afters = pieces.map((piece) => (piece.close ? readAttributionAfter(reader, piece.close) : null));
  const groups = groupQuotePieces(text, reader, pieces, afters, labels.map((label) => label !== null));
  const { statements, takenCues, embedded } = attributeQuotes(reader, pieces, groups, afters, labels);

  const indirect = findIndirectStatements(reader, (sentence, cue) => takenCues.has(`${sentence}:${cue.first}`)).map((found): Statement => {
    const words = reader.wordsOf(found.sentence);
    const cue = textSpan(text, words[found.cue.first]!.start, words[found.cue.last]!.end);
    const content = textSpan(text, found.content.start, found.content.end);
    return { at: cue.start, cue, speaker: found.source?.speaker ?? null, source: found.source?.speaker.phrase ?? null, content, direct: false, pieces: [], continues: false, transcript: null };
  });
  // a quote inside an indirect statement ("said his mate was only “to mock” her") is attributed by that statement
  // (the statements by where their cue starts: a long article has thousands of each)
  const indirectByCue = groupBy(indirect, (other) => other.cue!.start);
  for (const statement of embedded) {
    const holder = (indirectByCue.get(statement.cue!.start) ?? []).some((other) => other.content!.start <= statement.content!.start && other.content!.end >= statement.content!.end);
    if (holder) statement.content = null;
  }

  // "Q: Where was the ship?": a transcript line says who speaks by its label, which is no headline label
  const transcript = findTranscriptLines(text).map((line): Statement => {
    const speaker: SpeakerPhrase | null = line.role === 'speaker' ? { phrase: line.label, name: line.label, standsFor: null, gender: null, named: 'person' } : null;
    return { at: line.label.start, cue: line.cue, speaker, source: line.role === 'speaker' ? line.label : null, content: line.content, direct: false, pieces: [], continues: false, transcript: line.role };
  });
  const isLabelOfLine = (statement: Statement) => transcript.some((line) => statement.cue !== null && statement.cue.start >= line.at && statement.cue.end <= line.cue!.end);

  const all = [...statements, ...indirect.filter((statement) => !isLabelOfLine(statement)), ...transcript].sort((a, b) => a.at - b.at);
  const resolver = createSpeakerResolver(text, context.people, reader);
  const resolved = new Map<Statement, ResolvedSpeaker>();
  // "Q:" is asked by someone the transcript does not name; "A:" answers for the last named speaker of the
  // transcript, else for the person an "Interview with X" headline or introduction names
  let lastInterviewee: ResolvedSpeaker = { span: null, key: null };
  for (const statement of all) {
    let speaker: ResolvedSpeaker;
    if (statement.transcript === 'question') speaker = { span: null, key: null };
    else if (statement.transcript === 'answer') speaker = lastInterviewee.span ? lastInterviewee : resolver.resolveName(findInterviewee(text, statement.at), statement.at);
    else if (statement.continues) speaker = resolver.continuePrevious(statement.at);
    else speaker = resolver.resolve(statement.speaker, statement.speaker?.phrase.start ?? statement.at);
    if (statement.transcript === 'speaker') lastInterviewee = speaker;
    resolved.set(statement, speaker);
  }

  const quotes: ArticleQuote[] = statements.flatMap((statement, index) => {
    const speaker = resolved.get(statement)!;
    return statement.pieces.map((piece) => ({ ...textSpan(text, piece.start, piece.end), group: `q${index + 1}`, speaker: speaker.span, speakerKey: speaker.key, cue: statement.cue }));
  });
  const attributions: Attribution[] = all
    .filter((statement) => statement.cue !== null && statement.content !== null)
    .map((statement) => ({ source: sourceAsGiven(statement, resolved.get(statement)!), sourceKey: resolved.get(statement)!.key, cue: statement.cue!, content: statement.content!, direct: statement.direct }))
    .sort((a, b) => a.content.start - b.content.start);
  return { quotes: quotes.sort((a, b) => a.start - b.start), attributions };
}
