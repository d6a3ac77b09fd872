import type { Participant, Token } from '../model/index.ts';

/**
 * Noun phrases read from parts of speech (no parse): the doer and target of a clause (annotate), the
 * actors of a relation (relate). "the leader of the gang", "Iran's Qeshm island", "Jerry Ortiz, 35,".
 */

/** Words a noun phrase is made of: "the 6.1 magnitude quake", "Iran's Qeshm island". */
export const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** Words a phrase is named by. */
export const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
export const QUESTION_WORDS = new Set(['what', 'whether', 'why', 'how', 'where', 'when', 'who', 'if']);
/** Pronouns that open a relative clause, never part of a noun phrase: "a man who shot two people". */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose']);

/** A word of a noun phrase: not a relative or question pronoun ("a man who shot", "reveal what"). */
export function isPhraseWord(token: Token): boolean {
  if (!PHRASE_POS.has(token.pos) || isPossessiveMark(token)) return false;
  const lower = token.text.toLowerCase();
  return !((RELATIVE_PRONOUNS.has(lower) || QUESTION_WORDS.has(lower)) && token.pos !== 'DET');
}

/**
 * The noun phrase that ends right before `end` (within `from`), with the phrases it is "of": "the leader
 * of the gang", "Most of its oil". Its head is the first of those phrases' nouns, or the next one's
 * when the first has none ("Most of its oil" → "oil").
 */
export function phraseBefore(tokens: readonly Token[], from: number, end: number, phraseWord: (index: number) => boolean): Participant | null {
  let last = end - 1;
  // "HP will not", "Maduro, 63, said": adverbs, particles and commas between the phrase and its verb
  while (last >= from && !phraseWord(last)) {
    const token = tokens[last]!;
    if (!(token.pos === 'ADV' || (token.pos === 'PART' && !isPossessiveMark(token)) || token.text === ',')) return null;
    last--;
  }
  if (last < from) return null;
  let first = last;
  for (;;) {
    while (first - 1 >= from && (phraseWord(first - 1) || isPossessiveMark(tokens[first - 1]!) || (first - 2 >= from && isCompoundHyphen(tokens, first - 1) && phraseWord(first - 2)))) first--;
    // "the leader of the gang": the phrase before "of" is the one named
    if (first - 2 >= from && tokens[first - 1]!.text.toLowerCase() === 'of' && phraseWord(first - 2)) first -= 1;
    else break;
    first--;
  }
  if (isAgeAfterName(tokens, from, first, last)) return agedNamesBefore(tokens, from, first - 1, phraseWord) ?? toParticipant(tokens, first, last + 1);
  return toParticipant(tokens, first, last + 1);
}

/** "Jordan's visiting King Abdullah", "the ruling party", "the outgoing president": an -ing word between a determiner or possessive and a noun. */
function isAttributiveParticiple(tokens: readonly Token[], index: number, to: number): boolean {
  const [before, token, after] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  if (token.pos !== 'VERB' || !/ing$/i.test(token.text) || !before || !after || index + 1 >= to) return false;
  return (before.pos === 'DET' || isPossessiveMark(before)) && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/** "Vietnamese-led forces", "rebel-held territory": a hyphen written with no space either side joins the words of one phrase. */
function isCompoundHyphen(tokens: readonly Token[], index: number): boolean {
  const [before, hyphen, after] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  return hyphen.text === '-' && before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
}

/** "Jerry Ortiz, 35, was shot": the phrase `tokens[first..last]` is a number between commas, after the name it tells the age of. */
function isAgeAfterName(tokens: readonly Token[], from: number, first: number, last: number): boolean {
  if (first - 1 <= from || tokens[first - 1]!.text !== ',' || tokens[last + 1]?.text !== ',') return false;
  for (let index = first; index <= last; index++) if (tokens[index]!.pos !== 'NUM') return false;
  return true;
}

/**
 * The names before an age between commas, ending at the comma `comma`: "Carlos Velasquez" in "Carlos
 * Velasquez, 24, were arrested", and with the names before it joined by "and": "Guillermo Hernandez,
 * 20, and Carlos Velasquez, 24, were arrested" → "Guillermo Hernandez, 20, and Carlos Velasquez".
 */
function agedNamesBefore(tokens: readonly Token[], from: number, comma: number, phraseWord: (index: number) => boolean): Participant | null {
  const name = phraseBefore(tokens, from, comma, phraseWord);
  if (!name) return null;
  // ", 20, and" before the name: an earlier name and its age
  const and = name.firstToken - 1;
  if (and - 1 <= from || tokens[and]!.text.toLowerCase() !== 'and' || tokens[and - 1]!.text !== ',') return name;
  let ageStart = and - 1;
  while (ageStart - 1 > from && tokens[ageStart - 1]!.pos === 'NUM') ageStart--;
  if (ageStart === and - 1 || !isAgeAfterName(tokens, from, ageStart, and - 2)) return name;
  const earlier = agedNamesBefore(tokens, from, ageStart - 1, phraseWord);
  return earlier ? { firstToken: earlier.firstToken, endToken: name.endToken, head: name.head } : name;
}

/** The noun phrase that starts at `start` (after adverbs and particles: "picked up the men"), with the phrases it is "of". */
export function phraseAfter(tokens: readonly Token[], start: number, to: number, phraseWord: (index: number) => boolean): Participant | null {
  let first = start;
  while (first < to && tokens[first]!.pos === 'ADV') first++;
  if (first >= to || !phraseWord(first)) return null;
  let end = first;
  for (;;) {
    while (end < to && (phraseWord(end) || isPossessiveMark(tokens[end]!) || (end > first && end + 1 < to && isCompoundHyphen(tokens, end) && (phraseWord(end + 1) || tokens[end + 1]!.pos === 'VERB')) || isAttributiveParticiple(tokens, end, to))) {
      // "the Taliban faction that controls Afghanistan": "that" after a noun opens a relative clause (wink tags it a determiner)
      if (end > first && tokens[end]!.text.toLowerCase() === 'that' && HEAD_POS.has(tokens[end - 1]!.pos)) break;
      // "a fuel-laden ship": the word after a compound's hyphen is read as a verb
      end += tokens[end]!.text === '-' ? 2 : 1;
    }
    if (end + 1 < to && tokens[end]!.text.toLowerCase() === 'of' && phraseWord(end + 1)) end++;
    else break;
  }
  return toParticipant(tokens, first, end);
}

function toParticipant(tokens: readonly Token[], first: number, end: number): Participant | null {
  // the head: the last noun before the first "of", or failing that the last noun of the phrase
  let head = -1;
  for (let index = first; index < end; index++) {
    if (tokens[index]!.text.toLowerCase() === 'of' && head !== -1) break;
    if (HEAD_POS.has(tokens[index]!.pos)) head = index;
  }
  if (head === -1) for (let index = first; index < end; index++) if (HEAD_POS.has(tokens[index]!.pos) || tokens[index]!.pos === 'NUM') head = index;
  if (head === -1) return null;
  return { firstToken: first, endToken: end, head };
}

export function isPossessiveMark(token: Token): boolean {
  return token.pos === 'PART' && /^['’]s?$/.test(token.text);
}


/** The noun phrase that starts at `start` (after adverbs), up to `to`: "the seizure of the tanker", "US forces". */
export function nounPhraseAt(tokens: readonly Token[], start: number, to: number): Participant | null {
  return phraseAfter(tokens, start, to, (index) => index >= start && index < to && isPhraseWord(tokens[index]!));
}

/** The noun phrase that ends right before `end`, not before `from`: "Russia's foreign minister" in "Russia's foreign minister condemned". */
export function nounPhraseBefore(tokens: readonly Token[], from: number, end: number): Participant | null {
  return phraseBefore(tokens, from, end, (index) => index >= from && index < end && isPhraseWord(tokens[index]!));
}
