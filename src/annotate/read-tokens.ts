import type { Span, Token } from '../model/index.ts';
import { loadWink } from '../shared/wink.ts';
import { readLemma, type LemmaSource } from './read-lemma.ts';

export type { Token } from '../model/index.ts';

export interface TokenizedText {
  sentences: Span[];
  tokens: Token[];
}

/**
 * The offset of the first line break at or after a position (Infinity when none), for positions asked in
 * rising order: each search starts where the last one's answer still holds, so the text is read once.
 */
function createLineBreakFinder(text: string): (position: number) => number {
  let searchedFrom = Infinity;
  let found = Infinity;
  return (position) => {
    if (searchedFrom > position || found < position) {
      searchedFrom = position;
      const at = text.indexOf('\n', position);
      found = at === -1 ? Infinity : at;
    }
    return found;
  };
}

/**
 * One wink-nlp pass over the article: tokens with offsets into the text, and sentences. wink does not
 * break sentences at line breaks, so a sentence is cut wherever a line break lies between two of its
 * tokens: a heading, a byline or a caption never runs into the next sentence.
 */
export function readTokens(text: string): TokenizedText {
  const nlp = loadWink();
  const its = nlp.its;
  const document = nlp.readDoc(text);
  const winkTokens = document.tokens();
  const values = winkTokens.out() as string[];
  const tags = winkTokens.out(its.pos) as string[];
  const spaces = winkTokens.out(its.precedingSpaces) as string[];
  const lemmaSource: LemmaSource = { tokens: winkTokens, contractions: winkTokens.out(its.contractionFlag) as unknown as boolean[] };
  const tokens: Token[] = [];
  /** wink's token index → ours: wink gives line breaks tokens of their own ("\n\n"), which we drop. */
  const ours = new Int32Array(values.length);
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    offset += spaces[index]!.length;
    ours[index] = tokens.length;
    if (!value.trim()) {
      offset += value.length;
      continue;
    }
    // wink keeps no line breaks in its spacing: find the token by its characters when it is not where spacing says
    const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const at = start < 0 ? offset : start;
    // plain data, the lemma read now: every stage after reads lemmas, and the article keeps no wink document
    const pos = pluralAfterPastVerb(tokens[tokens.length - 1], value, tags[index]!) ? 'NOUN' : tags[index]!;
    tokens.push({ start: at, end: at + value.length, text: value, pos, lemma: readLemma(lemmaSource, index, value, pos), sentence: -1 });
    offset = at + value.length;
  }
  const sentences: Span[] = [];
  const lineBreakAfter = createLineBreakFinder(text);
  // every sentence's token span in one call, instead of an item object per sentence
  for (const [winkFrom, winkTo] of joinLostCharacterBreaks(document.sentences().out(its.span) as unknown as [number, number][], tokens, ours)) {
    const from = ours[winkFrom]!;
    const to = (winkTo + 1 < ours.length ? ours[winkTo + 1]! : tokens.length) - 1;
    if (to < from) continue;
    let first = from;
    for (let index = from; index <= to; index++) {
      const next = tokens[index + 1];
      const breaksHere = index === to || !next || lineBreakAfter(tokens[index]!.end) < next.start;
      if (!breaksHere) continue;
      for (let member = first; member <= index; member++) tokens[member]!.sentence = sentences.length;
      sentences.push({ start: tokens[first]!.start, end: tokens[index]!.end });
      first = index + 1;
    }
  }
  retagModifiers(tokens);
  return { sentences, tokens };
}

/**
 * Words wink tags as verbs that describe the noun after them: the parts of a hyphenated compound ("war-torn
 * Mozambique", "long-threatened invasion", "Syrian-backed militia"), a capitalised word inside a sentence
 * after "to" or a determiner ("opposed to French mediation"), and a name's last word before its verb ("Human Rights
 * Watch condemned").
 */
function retagModifiers(tokens: Token[]): void {
  for (let index = 1; index + 2 < tokens.length; index++) {
    const [before, hyphen, after, next] = [tokens[index - 1]!, tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (hyphen.text !== '-' || before.end !== hyphen.start || hyphen.end !== after.start || next.sentence !== after.sentence) continue;
    if (!['NOUN', 'PROPN', 'ADJ'].includes(next.pos) || (before.pos !== 'VERB' && after.pos !== 'VERB')) continue;
    if (before.pos === 'VERB') before.pos = 'ADJ';
    if (after.pos === 'VERB') after.pos = 'ADJ';
  }
  for (let index = 1; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const next = tokens[index + 1]!;
    if (token.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || previous.sentence !== token.sentence) continue;
    if ((previous.pos === 'DET' || previous.text.toLowerCase() === 'to') && next.pos === 'NOUN') token.pos = 'PROPN';
    // "Human Rights Watch condemned", "the Red Cross said": the last word of a name before the verb of its sentence
    else if (previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && next.pos === 'VERB' && /^\p{Ll}/u.test(next.text)) token.pos = 'PROPN';
  }
}

/** Words after which a "?" stands for a lost character, not a question: "agreeing a? 110-billion … bailout". */
const DETERMINERS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'by', 'about', 'some']);

/**
 * wink's sentences, with a break at a "?" that stands for a character lost in decoding joined again:
 * "since agreeing a? 110-billion ($143 - billion) EU and IMF debt bailout" (a euro sign turned into "?")
 * is one sentence. The "?" must follow a determiner or preposition and a figure must follow it.
 */
function joinLostCharacterBreaks(spans: readonly [number, number][], tokens: readonly Token[], ours: Int32Array): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const previous = joined.at(-1);
    const mark = previous ? tokens[ours[previous[1]]!] : undefined;
    const before = previous && previous[1] > previous[0] ? tokens[ours[previous[1] - 1]!] : undefined;
    const first = tokens[ours[from]!];
    if (previous && mark?.text === '?' && before && DETERMINERS.has(before.text.toLowerCase()) && mark.start === before.end && first && /^\d/.test(first.text)) previous[1] = to;
    else joined.push([from, to]);
  }
  return joined;
}

/**
 * "rejected calls by Kofi Annan", "denied reports that", "ignored warnings": a word in -s right after a verb in
 * the past is the plural noun it takes, not a second verb (wink tags it a verb).
 */
function pluralAfterPastVerb(before: Token | undefined, value: string, tag: string): boolean {
  return tag === 'VERB' && before?.pos === 'VERB' && /^[a-z]{3,}[^s]s$/.test(value) && /[a-z]ed$/.test(before.text);
}
