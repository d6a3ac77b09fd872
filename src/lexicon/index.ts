export { loadLexicon, type Lexicon } from './load-lexicon.ts';
export type { PartOfSpeech } from './read-data-files.ts';
export { readActorTerms, readClauseTerms, readClauseWords, wordTerm, type ClauseWord, type EntityIdOf, type Term } from './read-clause-terms.ts';
