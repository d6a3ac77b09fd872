import type { Clause, Participant, Span, Token } from '../model/index.ts';
import { nounPhraseAt, nounPhraseBefore } from '../shared/noun-phrases.ts';
import { isGroupHead } from './group-heads.ts';

/** The mark that closes an aside, and the one that opens it: dashes, brackets, and the commas of an apposition ("Pakistan, a key U.S. ally, has refused"). */
const ASIDE_MARKS = new Map([['—', '—'], ['–', '–'], [')', '('], ['--', '--'], [',', ',']]);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** Pronouns that open a relative clause: "which", "who", "that", "whom". */
/** Nouns of quantity before "of": "hundreds of protesters", "thousands of Kurds", "scores of villagers". */
const QUANTITY_NOUNS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'score', 'scores', 'million', 'millions', 'ten', 'tens', 'group', 'number', 'crowd']);
/** Prepositions that say where a group of people is: "rebels in the Ivory Coast", "students throughout Indonesia". */
export const PEOPLE_OF_PLACE = new Set(['in', 'throughout', 'across', 'from']);
const RELATIVES = new Set(['which', 'who', 'that', 'whom']);

/** Pronouns that stand for the clause's doer when they own a noun: "its support for Caracas", "his call with Putin". */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/** Words that open a count before a noun phrase: "more than 100 Palestinians". */
const QUANTIFIERS: ReadonlyArray<[string, string]> = [['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['up', 'to'], ['as', 'many']];

/** The words of one clause, with the readings every rule of relate needs: verb groups, subjects, phrases after a word. */
export class ClauseWords {
  readonly from: number;
  readonly to: number;

  /** The clause's dates: "today", "on Thursday" between a subject and its verb. */
  private readonly dates: readonly Span[];

  /** The first token of the clause's sentence. */
  readonly sentenceFrom: number;

  constructor(readonly tokens: readonly Token[], readonly clause: Clause, dates: readonly Span[]) {
    this.from = clause.firstToken;
    this.to = clause.endToken;
    this.dates = dates;
    let first = clause.firstToken;
    while (first > 0 && tokens[first - 1]!.sentence === clause.sentence) first--;
    this.sentenceFrom = first;
  }

  lower(index: number): string {
    return this.tokens[index]?.text.toLowerCase() ?? '';
  }

  /** Where the verb group of `verb` starts: "has not been" in "has not been seized", "did not" in "did not call". */
  groupStart(verb: number): number {
    let start = verb;
    for (;;) {
      const before = this.tokens[start - 1];
      if (start <= this.from || !before) break;
      if (['AUX', 'PART', 'ADV'].includes(before.pos) && this.lower(start - 1) !== 'to') start--;
      // "“firmly and categorically confirmed”": quote marks and "and" between adverbs
      else if (QUOTE_MARKS.has(before.text) || (this.lower(start - 1) === 'and' && this.tokens[start - 2]?.pos === 'ADV')) start--;
      else break;
    }
    return start;
  }

  /** "was seized", "has been arrested": a form of "be" or "get" in the verb group of a verb that is no "-ing". */
  isPassive(verb: number): boolean {
    if (/ing$/i.test(this.tokens[verb]!.text)) return false;
    for (let index = this.groupStart(verb); index < verb; index++) {
      const token = this.tokens[index]!;
      if (token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'get')) return true;
    }
    return false;
  }

  /**
   * The grammatical subject of `verb`: the noun phrase right before its verb group ("Russian President
   * Vladimir Putin has declared"); for "agreed to supply" the subject of "agreed"; for a verb joined by
   * "and" the subject of the verb before; otherwise the clause's own (which roles read from a relative
   * pronoun's antecedent or the clause before).
   */
  subjectOf(verb: number, depth = 0): Participant | null {
    const roles = this.clause.roles;
    const given = roles.passive ? roles.target : roles.doer;
    if (verb === roles.act && given) return this.wholeSubject(given);
    let start = this.groupStart(verb);
    // "Mugabe today accused", "The United States on Thursday demanded": the date between subject and verb
    for (;;) {
      if (start > this.from && this.inDate(start - 1)) start--;
      else if (start > this.from && this.tokens[start - 1]!.pos === 'ADP' && this.inDate(start)) start--; // "on" of "on Thursday"
      else break;
    }
    if (depth < 3 && this.lower(start - 1) === 'to') {
      const before = this.previousVerb(start - 1);
      if (before !== -1) return this.subjectOf(before, depth + 1);
    }
    // "Alexander Lukashenko—a key Putin ally—met with": the subject is before the aside between dashes or brackets,
    // in the clause before when the aside cut the sentence there
    const beforeAside = this.phraseBeforeAside(start);
    if (beforeAside) return beforeAside;
    const phrase = nounPhraseBefore(this.tokens, this.from, start);
    if (phrase && phrase.endToken === start) return this.wholeSubject(phrase);
    // "a tanker, the export of which was sanctioned", "a man who was arrested": the phrase the relative pronoun stands for
    if (RELATIVES.has(this.lower(start - 1))) {
      const end = this.lower(start - 2) === 'of' ? start - 2 : start - 1;
      let last = end;
      while (last > this.from && this.tokens[last - 1]!.text === ',') last--;
      return nounPhraseBefore(this.tokens, this.from, last);
    }
    if (depth < 3 && ['and', ',', 'or', 'but'].includes(this.lower(start - 1))) {
      const before = this.previousVerb(start - 1);
      if (before !== -1) return this.subjectOf(before, depth + 1);
    }
    return given;
  }

  /** The noun phrase before an aside that closes right before `start`: "Hizbollah" in "The pro-Iranian Hizbollah (Party of God) group". */
  phraseBeforeAside(start: number): Participant | null {
    const aside = this.asideEndingAt(start);
    if (aside === -1) return null;
    const phrase = nounPhraseBefore(this.tokens, this.sentenceFrom, aside);
    return phrase && phrase.endToken === aside ? phrase : null;
  }

  /** Where an aside that closes right before `end` opens ("—a key Putin ally—", "(DPRK)"), or -1. */
  private asideEndingAt(end: number): number {
    const close = this.tokens[end - 1]?.text ?? '';
    const open = ASIDE_MARKS.get(close);
    if (!open || end - 1 <= this.sentenceFrom) return -1;
    for (let index = end - 2; index > this.sentenceFrom; index--) if (this.tokens[index]!.text === open) return index;
    return -1;
  }

  /** The phrase found before a verb read back to the subject it is part of: past a participle, an "including", an of-chain. */
  private wholeSubject(phrase: Participant): Participant {
    return this.beforeReducedRelative(phrase) ?? this.beforeIncluding(phrase) ?? this.ofChain(phrase);
  }

  /** "The Red Cross operating in Iraq said", "the Indian Navy patrolling the Gulf of Aden apprehended": the phrase a participle and its place or object describe. */
  private beforeReducedRelative(phrase: Participant): Participant | null {
    // "operating in Iraq", "patrolling the Gulf of Aden": the participle, with or without its preposition
    const preposition = phrase.firstToken - 1;
    if (preposition <= this.from) return null;
    const participle = this.tokens[preposition]!.pos === 'ADP' ? preposition - 1 : preposition;
    if (participle <= this.from || this.tokens[participle]!.pos !== 'VERB' || !/(?:ing|ed)$/.test(this.tokens[participle]!.text)) return null;
    const described = nounPhraseBefore(this.tokens, this.from, participle);
    return described && described.endToken === participle ? described : null;
  }

  /**
   * "Rebels in the Ivory Coast blocked", "The Turkish and Greek sides of the divided Mediterranean island of Cyprus have agreed": the phrase whose of-phrase
   * the subject found is, back to the head it belongs to.
   */
  ofChain(phrase: Participant): Participant {
    let first = phrase.firstToken;
    let head = phrase.head;
    for (;;) {
      let before = first - 1;
      while (before > this.from && ['DET', 'ADJ'].includes(this.tokens[before]!.pos)) before--;
      if (before > this.from && this.tokens[before]!.pos === 'VERB' && /ed$/.test(this.tokens[before]!.text) && this.tokens[before - 1]!.pos === 'DET') before -= 2;
      const preposition = this.lower(before);
      if (before <= this.from || !(preposition === 'of' || PEOPLE_OF_PLACE.has(preposition))) break;
      const owner = nounPhraseBefore(this.tokens, this.from, before);
      if (!owner || owner.endToken !== before) break;
      // "Rebels in the Ivory Coast blocked", "students throughout Indonesia staged": a group of people and where they are
      if (preposition !== 'of' && !isGroupHead(this.tokens[before - 1]!.lemma)) break;
      first = owner.firstToken;
      // "Tens of thousands of university students throughout Indonesia": the group is the head
      head = preposition === 'of' ? owner.head : before - 1;
    }
    return first === phrase.firstToken ? phrase : { firstToken: first, endToken: phrase.endToken, head };
  }

  /** "hundreds of protesters", "dozens of members": the noun a quantity is of, else the phrase's head. */
  groupHeadOf(phrase: Participant): number {
    if (!QUANTITY_NOUNS.has(this.tokens[phrase.head]!.lemma) || this.lower(phrase.head + 1) !== 'of') return phrase.head;
    const counted = this.phraseAt(phrase.head + 2);
    return counted ? counted.head : phrase.head;
  }

  /** "80 schoolgirls in northeastern Nigeria": the phrase with the place after it that says where its people are. */
  withPlaceAfter(phrase: Participant): Participant {
    if (!PEOPLE_OF_PLACE.has(this.lower(phrase.endToken))) return phrase;
    const place = this.phraseAt(phrase.endToken + 1);
    return place ? { firstToken: phrase.firstToken, endToken: place.endToken, head: this.groupHeadOf(phrase) } : phrase;
  }

  /** "Russian aircraft including helicopter gunships killed": the phrase the examples after "including" belong to. */
  private beforeIncluding(phrase: Participant): Participant | null {
    const including = phrase.firstToken - 1;
    if (including <= this.from || !['including', 'notably', 'especially'].includes(this.lower(including))) return null;
    const whole = nounPhraseBefore(this.tokens, this.from, including);
    return whole && whole.endToken === including ? whole : null;
  }

  inDate(index: number): boolean {
    const token = this.tokens[index]!;
    return this.dates.some((date) => token.start >= date.start && token.end <= date.end);
  }

  /** The verb before `index` in the clause, or -1. */
  previousVerb(index: number): number {
    for (let at = index - 1; at >= this.from; at--) if (this.tokens[at]!.pos === 'VERB') return at;
    return -1;
  }

  /** The noun phrase starting at `index` in the clause. */
  phraseAt(index: number): Participant | null {
    let start = index;
    // "more than 100 Palestinians", "at least eight leaders", "up to 4,000 troops"
    for (const [first, second] of QUANTIFIERS) if (this.lower(start) === first && this.lower(start + 1) === second) start += 2;
    return start < this.to ? nounPhraseAt(this.tokens, start, this.to) : null;
  }

  /**
   * The phrase after the first of `prepositions` that follows `after`, before another verb: "met with
   * Putin", "sent troops to the border", "asked Russia for weapons". Null when none follows.
   */
  phraseAfterPreposition(after: number, prepositions: readonly string[], namesAct?: (index: number) => boolean): { preposition: number; phrase: Participant } | null {
    for (let index = after; index < this.to && index < after + 14; index++) {
      const token = this.tokens[index]!;
      if (token.pos === 'VERB' || token.text === ';') return null;
      // "agreed to US mediation in the final status talks with the Palestinians": past a noun that names an act of its own,
      // the preposition is that noun's
      if (namesAct?.(index)) return null;
      if (!prepositions.includes(token.text.toLowerCase())) continue;
      const phrase = this.phraseAt(index + 1);
      if (phrase) return { preposition: index, phrase };
    }
    return null;
  }

  /** The agent of a passive: "by US forces" after `after`. */
  agentAfter(after: number): Participant | null {
    return this.phraseAfterPreposition(after, ['by'])?.phrase ?? null;
  }

  /** The words of a phrase in lower case, and their lemmas, to test against object lists ("fighter jets", "missiles"). */
  wordsOf(phrase: Participant): string[] {
    const words: string[] = [];
    for (let index = phrase.firstToken; index < phrase.endToken; index++) words.push(this.lower(index), this.tokens[index]!.lemma);
    return words;
  }
}
