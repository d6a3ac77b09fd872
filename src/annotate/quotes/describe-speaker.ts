import type { TextSpan } from '../../model/index.ts';
import type { SentenceView, SpeakerPhrase, Word } from './types.ts';
import { isCapitalized, isPossessiveMarker, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS } from './word-classes.ts';

/** Words `first`..`last` (inclusive) of `words` as a span of the text. */
export function spanOfWords(view: SentenceView, first: number, last: number): TextSpan {
  const { text, words } = view;
  const start = words[first]!.start;
  const end = words[last]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** "a Kremlin statement" → "Kremlin"; "the Kremlin's statement" → "the Kremlin"; "a statement from the Kremlin" → "the Kremlin". */
function findIssuer(words: readonly Word[], first: number, last: number, head: number): [number, number] | null {
  for (let index = head + 1; index < last; index++) {
    const word = words[index]!;
    if ((word.lower === 'from' || word.lower === 'by' || word.lower === 'of') && words[index + 1]) {
      return [index + 1, last];
    }
  }
  let start = head;
  while (start - 1 >= first && (words[start - 1]!.pos === 'PROPN' || (isCapitalized(words[start - 1]!) && words[start - 1]!.pos !== 'DET') || words[start - 1]!.pos === 'NOUN')) start--;
  if (start < head) return [start, head - 1];
  if (head - 1 > first && isPossessiveMarker(words[head - 1]!)) return [first, head - 2];
  return null;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Whether words `first`..`last` name a person or a body. They must hold a proper noun; a sentence's
 * first word is capitalised anyway and counts only when the text never writes it in lower case
 * ("Women were ..." beside "women"). A body opens with an article or has a common noun as head ("the
 * Kremlin", "Clinton's campaign", "data from the Census Bureau"), a role noun heads a person.
 */
function nameKind(view: SentenceView, first: number, last: number): 'person' | 'body' | null {
  if (!hasProperNoun(view, first, last)) return null;
  const headIndex = findHead(view.words, first, last);
  const head = view.words[headIndex]!;
  if (view.lexicon.roles.has(head.lower)) return 'person';
  // "Data from the 2014 American Community Survey show": a head capitalised only as the sentence's first word is a common noun
  const opensSentence = view.words.slice(0, headIndex).every((word) => word.pos === 'PUNCT');
  const commonHead = !isCapitalized(head) || (opensSentence && view.writesInLowerCase(head.lower));
  return ARTICLES.has(view.words[first]!.lower) || commonHead ? 'body' : 'person';
}

function hasProperNoun(view: SentenceView, first: number, last: number): boolean {
  return view.words.slice(first, last + 1).some((word, offset) => {
    if (!isCapitalized(word)) return false;
    const at = first + offset;
    // "..., Lynch rose to prominence": a capitalised word inside a sentence that the tagger took for a verb is a name;
    // "Lynch speaks more frequently": so is a first word that a verb follows, when the text never writes it in lower case
    const opensBeforeVerb = at === 0 && (view.words[1]?.pos === 'VERB' || view.words[1]?.pos === 'AUX');
    const named = word.pos === 'PROPN' || ((opensBeforeVerb || (at > 0 && !view.words[at - 1]!.isQuoteMark && view.words[at - 1]!.text !== ':')) && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !view.writesInLowerCase(word.lower));
    if (!named) return false;
    return at > 0 || !view.writesInLowerCase(word.lower);
  });
}

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);

/** The last noun of the phrase before any attached phrase: "statement" in "a statement released by the ministry". */
function findHead(words: readonly Word[], first: number, last: number): number {
  for (let index = first; index <= last; index++) {
    const word = words[index]!;
    if (word.pos === 'ADP' || (word.pos === 'VERB' && index > first && !isCapitalized(word)) || word.lower === ',' || word.lower === '(') return Math.max(first, index - 1);
  }
  return last;
}

/**
 * What a speaker phrase stands for: a name ("Leavitt"), a pronoun ("she"), a role noun ("the
 * minister"), a statement with its issuer ("a Kremlin statement" → "Kremlin") or without one ("the
 * text", which continues the previous speaker).
 */
export function describeSpeaker(view: SentenceView, first: number, last: number): SpeakerPhrase {
  const { words, lexicon } = view;
  const phrase = spanOfWords(view, first, last);
  if (first === last) {
    const lower = words[first]!.lower;
    if (SPEAKER_PRONOUNS.has(lower)) return { phrase, name: phrase, standsFor: 'pronoun', gender: SPEAKER_PRONOUNS.get(lower) ?? null, named: null };
    if (RELATIVE_PRONOUNS.has(lower)) return { phrase, name: phrase, standsFor: 'relative', gender: null, named: null };
  }
  const head = findHead(words, first, last);
  const headWord = words[head]!;
  if (lexicon.statementNouns.has(headWord.lemma) || lexicon.statementNouns.has(headWord.lower)) {
    const issuer = findIssuer(words, first, last, head);
    if (issuer) return { phrase, name: spanOfWords(view, issuer[0], issuer[1]), standsFor: null, gender: null, named: nameKind(view, issuer[0], issuer[1]) };
    // "the text", "the statement" go on with the speaker before; "a document on the campaign's website" stands as written
    const bare = head === last && DEFINITE.has(words[first]!.lower);
    return { phrase, name: phrase, standsFor: bare ? 'statement' : null, gender: null, named: nameKind(view, first, last) };
  }
  // "the minister", "the Russian leader", "a spokeswoman": a lower-case role noun as head; "officials" is a group, not one person
  const twoWordRole = head > first ? `${words[head - 1]!.lower} ${headWord.lower}` : '';
  const role = [twoWordRole, headWord.lower].find((candidate) => lexicon.roles.has(candidate));
  if (role !== undefined && !isCapitalized(headWord)) return { phrase, name: phrase, standsFor: 'role', gender: lexicon.roles.get(role) ?? null, named: null };
  return { phrase, name: phrase, standsFor: null, gender: null, named: nameKind(view, first, last) };
}
