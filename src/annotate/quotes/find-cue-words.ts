import type { ReportingLexicon } from './reporting-lexicon.ts';
import type { CueWord, Word } from './types.ts';

/** Verb forms the tagger sometimes takes for nouns or adjectives in headlines and short clauses. */
const ALWAYS_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'tweeted', 'wrote', 'stated', 'noted', 'insisted']);

const CLAUSE_AFTER_CUE: ReadonlySet<string> = new Set(['that', ':']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us']);

/** A verb, or a cue the tagger took for a noun: "The New York Post reports that ...", "she tweets:". */
function isVerb(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  // "Sanders made the following comment:", "a comment": after a determiner the word names a thing, whatever its tag (not "the rioting underlined")
  const previous = words[index - 1];
  if (previous && !ALWAYS_VERBS.has(word.lower) && (previous.pos === 'DET' || (previous.lower.endsWith('ing') && words[index - 2]?.pos === 'DET' && words[index + 1]?.text === ':'))) return false;
  if (word.pos === 'VERB' || ALWAYS_VERBS.has(word.lower)) return word.lower !== 'called' || words[index - 1]?.text !== '-'; // not "so-called"
  if (word.pos !== 'NOUN' && word.pos !== 'ADJ') return false;
  // a subject must come before it: not "made the following comment:"
  const before = words[index - 1];
  if (!before || !(before.pos === 'PROPN' || before.pos === 'NOUN' || SUBJECT_PRONOUNS.has(before.lower))) return false;
  // "Obama and Clinton call them “lone wolves”": a noun takes no object pronoun, a verb does
  const objectAfter = OBJECT_PRONOUNS.has(words[index + 1]?.lower ?? '') && before.pos === 'PROPN';
  return CLAUSE_AFTER_CUE.has(words[index + 1]?.lower ?? '') || SUBJECT_PRONOUNS.has(before.lower) || objectAfter || (word.lower.endsWith('ed') && before.pos === 'PROPN');
}

/** The lemma of a past form the tagger left alone: "branded" → "brand", "dubbed" → "dub", "described" → "describe". */
function lemmaOf(word: Word, lexicon: ReportingLexicon): string {
  if (lexicon.verbKinds.has(word.lemma) || !word.lower.endsWith('ed')) return word.lemma;
  // most words in "-ed" are no reporting verb in any form: the forms are tried one by one, no list made
  const stem = word.lower.slice(0, -2);
  if (lexicon.verbKinds.has(stem)) return stem;
  const withE = `${stem}e`;
  if (lexicon.verbKinds.has(withE)) return withE;
  // "testified" → "testify"
  const withY = stem.endsWith('i') ? `${stem.slice(0, -1)}y` : stem;
  if (lexicon.verbKinds.has(withY)) return withY;
  // "dubbed" → "dub"
  const undoubled = endsInDoubledCharacter(stem) ? stem.slice(0, -1) : stem;
  return lexicon.verbKinds.has(undoubled) ? undoubled : word.lemma;
}

/** What `/(.)\1$/` matches: the same character twice at the end (no line break). */
function endsInDoubledCharacter(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return text.length >= 2 && last === text.charCodeAt(text.length - 2) && last !== 0x0a && last !== 0x0d && last !== 0x2028 && last !== 0x2029;
}

/**
 * The cues of one sentence: reporting verbs of the lexicon ("said", "told", "pointed out"), and its
 * phrases ("according to"). Words inside quote marks are skipped by the caller's `outside` test.
 */
export function findCueWords(words: readonly Word[], lexicon: ReportingLexicon, outside: (word: Word) => boolean): CueWord[] {
  const cues: CueWord[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word.isQuoteMark || !outside(word)) continue;
    const phrase = lexicon.phrasesByFirstWord.get(word.lower)?.find((parts) => parts.every((part, offset) => words[index + offset]?.lower === part));
    if (phrase) {
      cues.push({ first: index, last: index + phrase.length - 1, kinds: ['phrase'], lemma: phrase.join(' ') });
      index += phrase.length - 1;
      continue;
    }
    // "“...,” the letter reads", "the statement read": a statement's words are read in it (not "she reads the news")
    if ((word.lower === 'reads' || word.lower === 'read') && lexicon.statementNouns.has(words[index - 1]?.lower ?? '')) {
      cues.push({ first: index, last: index, kinds: ['speech'], lemma: 'read' });
      continue;
    }
    const lemma = lemmaOf(word, lexicon);
    // a word whose lemma is no reporting verb is no cue, verb or not: most words are spared isVerb
    if (!lexicon.verbKinds.has(lemma) && !lexicon.particleVerbs.has(lemma)) continue;
    if (!isVerb(words, index)) continue;
    const next = words[index + 1];
    const particle = next && lexicon.particleVerbs.get(lemma)?.includes(next.lower);
    if (particle) {
      cues.push({ first: index, last: index + 1, kinds: ['speech'], lemma: `${lemma} ${next.lower}` });
      index++;
      continue;
    }
    const kinds = lexicon.verbKinds.get(lemma);
    if (kinds) cues.push({ first: index, last: index, kinds, lemma });
  }
  return cues;
}
