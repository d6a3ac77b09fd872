import type { FactHeadline } from '../../model/index.ts';
import { foldText } from '../../shared/words.ts';
import type { StoryClause } from './collect-clauses.ts';
import type { ClauseFeatures } from './describe-clauses.ts';
import { rankByCentrality } from './find-central-clause.ts';
import { isQuestion } from './is-question.ts';

/** Fewer words than this is a fragment ("a key Putin ally", "Arson is suspected."), not a statement to head a fact. */
const MIN_HEADLINE_WORDS = 5;
/** Words that open a clause continuing another: "whom the United States ... do not consider", "which have increased". */
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'whereby', 'wherein']);
/** Words that open a clause leaning on a main clause elsewhere in its sentence: "Although he assured ...", "While Maduro maintains ...". */
const SUBORDINATING_WORDS = new Set(['although', 'though', 'while', 'whereas', 'because', 'unless', 'whether', 'whenever']);

/** One way a member clause can head its fact, and whether a reader can take it alone. */
interface Wording extends FactHeadline {
  readsAlone: boolean;
}

/**
 * The fact's wording: the clause that shares most with the others (the most central one) when it stands
 * alone, else its whole sentence with the clause marked ("The official goal of these forces ... is to
 * combat drug trafficking." for the clause "is to combat drug trafficking"). Where even that sentence
 * reads as a fragment (four words, or cut by the sentence splitter so that it opens in lower case), the
 * next most central member's wording that reads alone is taken. A wording another fact of the story
 * already took (`taken`, folded) gives way to the next, so that two facts never read the same; null when
 * every member's wording is taken (two clauses of one sentence found by two facts: the sentence is told once).
 */
export function chooseHeadline(members: readonly ClauseFeatures[], texts: ReadonlyMap<string, string>, taken: ReadonlySet<string>): FactHeadline | null {
  const wordings = rankByCentrality(members)
    .map((position) => wordingOf(members[position]!.clause, texts.get(members[position]!.clause.articleId)!))
    .filter((wording) => !taken.has(foldText(wording.text)));
  const chosen = wordings.find((wording) => wording.readsAlone) ?? wordings[0];
  if (!chosen) return null;
  return chosen.clause ? { text: chosen.text, clause: chosen.clause } : { text: chosen.text };
}

/** The clause itself when it stands alone, else its sentence with the clause marked. */
function wordingOf(clause: StoryClause, text: string): Wording {
  const { sentence } = clause;
  const clauseText = text.slice(clause.start, clause.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  // "Will Kestria accept Norvania's offer to mediate?": a question states nothing, whatever it shares
  const question = isQuestion(sentenceText);
  const wholeSentence = clause.start <= sentence.start && clause.end >= sentence.end;
  if (wholeSentence || standsAlone(clauseText)) return { text: clauseText, readsAlone: readsAsSentence(clauseText) && !question };
  return { text: sentenceText, clause: { start: clause.start - sentence.start, end: clause.end - sentence.start }, readsAlone: readsAsSentence(sentenceText) && !question };
}


/** A clause cut from its sentence that still reads as one: "Moscow expressed its support", not "although he assured that ...". */
export function standsAlone(clauseText: string): boolean {
  const words = openingWordsOf(clauseText);
  return readsAsSentence(clauseText, words) && !SUBORDINATING_WORDS.has(words[0]!);
}

/** Five words or more, no lower-case opening, no relative word first: "whom the United States ..." continues a sentence. */
function readsAsSentence(text: string, words: readonly string[] = openingWordsOf(text)): boolean {
  const opening = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  return words.length >= MIN_HEADLINE_WORDS && !/\p{Ll}/u.test(opening) && !RELATIVE_WORDS.has(words[0]!);
}

/**
 * The first MIN_HEADLINE_WORDS words of a text, in lower case: all that readsAsSentence and standsAlone
 * read (a clause of 40 words is not split whole to learn that it has five).
 */
function openingWordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const word = /[\p{L}\p{N}']+/gu;
  const words: string[] = [];
  for (let match = word.exec(lower); match && words.length < MIN_HEADLINE_WORDS; match = word.exec(lower)) words.push(match[0]);
  return words;
}
