import type { Span, TextSpan } from '../../model/index.ts';
import type { CueKind, ReportingLexicon } from './reporting-lexicon.ts';

/** An actor mention from the entity finder: the people (and bodies) a speaker can resolve to. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  key: string;
  type: 'person' | 'organization' | 'country' | 'place' | 'other';
  gender?: 'male' | 'female' | null;
}

/** A word of one sentence with wink-nlp's part of speech and lemma; quote marks are words of their own. */
export interface Word extends TextSpan {
  lower: string;
  pos: string;
  lemma: string;
  isQuoteMark: boolean;
}

/** One unbroken stretch inside quote marks. `start`/`end` cover the text between the marks. */
export interface QuotedPiece extends Span {
  open: Span;
  /** null when the paragraph ends before a closing mark. */
  close: Span | null;
  /** Reopened at the start of a paragraph after a piece left open at the end of the previous one. */
  continuesPrevious: boolean;
  /** Inside double marks (“ ” " '' « » „); false for single marks (‘ ’ '). */
  double: boolean;
}

/** Who said something, found next to a cue. */
export interface SpeakerPhrase {
  /** The whole phrase as PolNeAR-style sources take it: "Minyon Moore, a senior adviser to the campaign,". */
  phrase: TextSpan;
  /** The part that names the speaker: "Minyon Moore"; "Kremlin" in "a Kremlin statement". */
  name: TextSpan;
  /** The phrase is a pronoun, a role noun or a nameless statement ("the text") that stands for an earlier speaker. */
  standsFor: 'pronoun' | 'role' | 'statement' | 'relative' | null;
  /** Gender the pronoun or role noun implies. */
  gender: 'male' | 'female' | null;
  /**
   * The name holds a proper noun, as a person ("Caddell", "the GOP candidate Smith") or as a body ("the
   * Kremlin", "Clinton's campaign"); null for "officials" or a sentence's first word "Those".
   */
  named: 'person' | 'body' | null;
}

/** A speaker phrase found among a sentence's words: `first`..`last` (inclusive). */
export interface PhraseMatch {
  first: number;
  last: number;
  speaker: SpeakerPhrase;
}

/** A cue among a sentence's words: `first`..`last` (inclusive); a label's colon has the kind 'label'. */
export interface CueWord {
  first: number;
  last: number;
  kinds: readonly (CueKind | 'label')[];
  lemma: string;
}

/** A cue with its speaker found around a quote, in sentence `sentence`. */
export interface AttributionMatch {
  sentence: number;
  cue: CueWord;
  speaker: PhraseMatch | null;
  /** `"...," X said` (after), `X said, "..."` (before), `X: "..."` (label), `X called it "a crime"` (embedded). */
  placement: 'after' | 'before' | 'label' | 'embedded';
}

/** One sentence as the readers see it: its words and cues, with the text and lexicon they point into. */
export interface SentenceView {
  text: string;
  sentence: number;
  words: readonly Word[];
  /** Cues outside quote marks. */
  cues: readonly CueWord[];
  /** The offset is inside a quoted piece (marks included). */
  isQuoted(offset: number): boolean;
  /** The index of the first word that starts at or after the offset (`words.length` when none does). */
  wordIndexAt(offset: number): number;
  /** The text writes this word in lower case somewhere: "women" beside a sentence's first word "Women". */
  writesInLowerCase(word: string): boolean;
  lexicon: ReportingLexicon;
}

/** One statement to resolve in document order: a quote (its pieces) or an indirect statement. */
export interface Statement {
  /** Where it is said: its cue, else its first mark; statements resolve in this order. */
  at: number;
  cue: TextSpan | null;
  speaker: SpeakerPhrase | null;
  /** The source as written, for attributions[]: "she", "Minyon Moore, a senior adviser,". */
  source: TextSpan | null;
  /** The attribution's content; null when the statement gives no attribution of its own. */
  content: TextSpan | null;
  direct: boolean;
  /** The quoted pieces; none for an indirect statement. */
  pieces: readonly Span[];
  /** A quote with no cue that opens its sentence: it goes on with the previous speaker. */
  continues: boolean;
  /** Given by a transcript label inside the quote: "PENCE: ...", "Q: ...", "A: ...". */
  transcript: 'speaker' | 'question' | 'answer' | null;
}
