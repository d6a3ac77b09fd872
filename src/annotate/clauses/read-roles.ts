import type { ClauseRoles, Participant, Span, Token } from '../../model/index.ts';
import { isPhraseWord, isPossessiveMark, phraseAfter, phraseBefore, QUESTION_WORDS, RELATIVE_PRONOUNS } from '../../shared/noun-phrases.ts';
import { spanLookup } from '../../shared/span-lookup.ts';
import { loadReportingLexicon, type CueKind } from '../quotes/reporting-lexicon.ts';

/** "did not", "won't", "never": the act is denied. */
const NEGATORS = new Set(['not', "n't", 'never']);
/** "refused to disclose", "declined to comment", "failed to reach": the act after "to" did not happen. */
const REFUSALS = new Set(['refuse', 'decline', 'fail']);
/** "No one was hurt", "nobody claimed": a doer or target that is nobody denies the act. */
const NEGATIVE_PHRASE_WORDS = new Set(['no', 'nobody', 'nothing', 'none', 'neither']);
/** "who shot two people": the relative pronoun stands for the phrase before the clause. */
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that']);
/** "whom the United States accuses": the phrase before the clause is the act's target. */
const OBJECT_RELATIVES = new Set(['whom']);
/** Openers a clause may start with before its subject: "and", "but", "while", "although". */
const OPENERS = new Set(['CCONJ', 'SCONJ']);
/** Verbs whose act is the verb after "to": "agreed to buy", "plans to acquire", "vowed to retaliate". */
const INFINITIVE_TAKERS = new Set([
  'agree', 'plan', 'want', 'try', 'decide', 'seek', 'vow', 'promise', 'threaten', 'refuse', 'aim', 'intend', 'hope', 'expect', 'begin',
  'start', 'continue', 'attempt', 'offer', 'fail', 'manage', 'move', 'need', 'pledge', 'prepare', 'choose', 'vote', 'wish', 'struggle', 'tend',
  'appear', 'seem', 'decline', 'arrange', 'resolve', 'propose', 'demand', 'ask', 'urge', 'order', 'allow', 'help',
]);

let reporting: { verbs: ReadonlySet<string>; takesObject: ReadonlySet<string> } | undefined;

/** Verbs that report another clause ("said", "believe", "showed"): the quotes stage's lexicon of speech, thought and evidence, read once. */
function reportingVerbs() {
  if (reporting) return reporting;
  const { verbKinds, takesObject } = loadReportingLexicon();
  const reports = new Set<CueKind>(['speech', 'thought', 'evidence']);
  reporting = { verbs: new Set([...verbKinds].filter(([, kinds]) => kinds.some((kind) => reports.has(kind))).map(([verb]) => verb)), takesObject };
  return reporting;
}

/** What the clause reads of the one before it in the same sentence: its doer, and its last noun phrase. */
export interface PreviousClause {
  roles: ClauseRoles;
  lastPhrase: Participant | null;
}

/**
 * The roles of the clause `tokens[from..to)`: its act (the first verb that is not a verb of saying with a
 * clause after it, nor a participle modifying a noun), the noun phrase before it (doer) and after it
 * (target), swapped for a passive with the phrase after "by" as doer. A clause with no subject of its own
 * takes the previous clause's: "... and endorsed Maduro's policies" (its doer), "..., who faces charges"
 * (its last phrase), "..., whom the United States accuses" (its last phrase as target). `dates` are
 * left out of phrases: "On Tuesday police arrested" has the doer "police".
 */
export function readRoles(tokens: readonly Token[], from: number, to: number, dates: readonly Span[], previous: PreviousClause | null): ClauseRoles {
  const inDate = (index: number) => spanLookup(dates).anyContaining(tokens[index]!.start, tokens[index]!.end);
  const phraseWord = (index: number) => index >= from && index < to && isPhraseWord(tokens[index]!) && !inDate(index);
  let start = from;
  while (start < to && (tokens[start]!.pos === 'PUNCT' || OPENERS.has(tokens[start]!.pos))) start++;
  const relative = start < to ? tokens[start]!.text.toLowerCase() : '';
  const opensRelative = start < to && tokens[start]!.pos === 'PRON' && (SUBJECT_RELATIVES.has(relative) || OBJECT_RELATIVES.has(relative));
  const act = findAct(tokens, opensRelative ? start + 1 : start, to, phraseWord);
  const empty: ClauseRoles = { act: null, doer: null, target: null, negated: false, passive: false };
  if (!act) return empty;
  const { verb, groupStart, clauseStart, inserted } = act;
  const passive = isPassive(tokens, groupStart, verb);
  // "The suspect, who was arrested on Monday, has been charged": the subject is before the inserted clause
  const subjectEnd = inserted.find(([, end]) => end === groupStart)?.[0] ?? groupStart;
  let subject = phraseBefore(tokens, clauseStart, subjectEnd, phraseWord);
  let target = phraseAfter(tokens, verb + 1, to, phraseWord);
  let doer = subject;
  if (opensRelative && clauseStart <= start + 1) {
    const antecedent = previous?.lastPhrase ?? null;
    // "..., whom the United States accuses" (or "which the army seized"): the antecedent is the target
    if (subject && (OBJECT_RELATIVES.has(relative) || relative === 'which' || relative === 'that')) target = antecedent;
    else subject = antecedent;
    doer = subject;
  } else if (!subject && previous) {
    // "Putin expressed solidarity ... and endorsed Maduro's policies": the coordinated verb shares the subject
    subject = previous.roles.passive ? previous.roles.target : previous.roles.doer;
    doer = subject;
  }
  if (passive) {
    const byAt = findWord(tokens, verb + 1, to, 'by');
    doer = byAt === -1 ? null : phraseAfter(tokens, byAt + 1, to, phraseWord);
    target = subject;
  }
  const negated = isNegated(tokens, groupStart, verb) || [doer, target].some((phrase) => phrase && isNegativePhrase(tokens, phrase));
  return { act: verb, doer, target, negated, passive };
}

/** The last noun phrase of `tokens[from..to)`: what a relative clause after it stands for. */
export function lastPhraseOf(tokens: readonly Token[], from: number, to: number, dates: readonly Span[]): Participant | null {
  const inDate = (index: number) => spanLookup(dates).anyContaining(tokens[index]!.start, tokens[index]!.end);
  let end = to;
  while (end > from && tokens[end - 1]!.pos === 'PUNCT') end--;
  return phraseBefore(tokens, from, end, (index) => index >= from && index < to && isPhraseWord(tokens[index]!) && !inDate(index));
}

interface Act {
  verb: number;
  /** Where its verb group starts: the auxiliaries and adverbs before it ("has not been" seized). */
  groupStart: number;
  /** Where the clause of the act starts: after "Officials said (that)" for a reported act. */
  clauseStart: number;
  /** Relative clauses set off by commas, skipped between a subject and its verb. */
  inserted: Array<[number, number]>;
}

/**
 * The main verb of `tokens[from..to)`. "Officials said police arrested three men": a verb of saying with a
 * subject and verb after it reports that clause, whose act is the act. "agreed to buy the firm": the verb
 * after "to" is the act. "the wounded", "a man named", ", killing three": not the main verb while another is.
 */
function findAct(tokens: readonly Token[], from: number, to: number, phraseWord: (index: number) => boolean): Act | null {
  const inserted = insertedRelatives(tokens, from, to);
  const openingEnd = openingPhraseEnd(tokens, from, to);
  const verbs: number[] = [];
  for (let index = from; index < to; index++) if (tokens[index]!.pos === 'VERB') verbs.push(index);
  if (!verbs.length) {
    const headlineVerb = findHeadlineVerb(tokens, from, to);
    return headlineVerb === -1 ? null : { verb: headlineVerb, groupStart: headlineVerb, clauseStart: from, inserted: [] };
  }
  const secondary = (index: number) => {
    if (index < openingEnd) return true; // "Taking the lead in the fight against piracy, the Indian Navy arrested 23 pirates"
    if (inserted.some(([first, end]) => index >= first && index < end)) return true; // "The suspect, who was arrested on Monday, has been charged"
    if (tokens[index]!.text.toLowerCase() === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to') return true; // "According to police, ..."
    if (tokens[index - 2]?.text.toLowerCase() === 'according' && tokens[index - 1]?.text.toLowerCase() === 'to') return true; // "according to police" read as a verb
    // "The actor, known to film audiences as a singer, will host": a participle set off by a comma, and the verb of its "to"
    if (tokens[index - 1]?.text === ',' && /(?:ed|en|wn)$/i.test(tokens[index]!.text)) return true;
    if (tokens[index - 1]?.text.toLowerCase() === 'to' && tokens[index - 2]?.pos === 'VERB' && !INFINITIVE_TAKERS.has(tokens[index - 2]!.lemma)) return true;
    const before = tokens[index - 1];
    if (!before || index === from) return false;
    if (before.pos === 'DET' || before.pos === 'ADJ') return true; // "the wounded", "the injured"
    if (/ing$/i.test(tokens[index]!.text) && before.pos !== 'AUX') return true; // ", killing three people"
    return false;
  };
  const main = verbs.find((index) => !secondary(index)) ?? verbs[0]!;
  let clauseStart = from;
  let verb = main;
  const { verbs: reportingSet, takesObject } = reportingVerbs();
  if (reportingSet.has(tokens[main]!.lemma)) {
    // "Officials said (on Tuesday) (that) police arrested ...": the reported clause right after the verb of saying
    let next = main + 1;
    if (takesObject.has(tokens[main]!.lemma)) while (next < to && phraseWord(next)) next++; // "told reporters"
    const skippable = (index: number) => !QUESTION_WORDS.has(tokens[index]!.text.toLowerCase()) && !phraseWord(index) && tokens[index]!.pos !== 'VERB' && tokens[index]!.pos !== 'AUX';
    while (next < to && (tokens[next]!.text.toLowerCase() === 'that' || skippable(next))) next++; // "on Tuesday that"
    // "would not reveal what Reid is treated for", "asked whether ...": a question, not a reported act
    const subject = next < to && QUESTION_WORDS.has(tokens[next]!.text.toLowerCase()) ? null : phraseAfter(tokens, next, to, phraseWord);
    const reported = subject ? verbs.find((index) => index > subject.endToken - 1 && !secondary(index)) : undefined;
    if (subject && reported !== undefined && groupStartOf(tokens, reported, next) === subject.endToken) {
      verb = reported;
      clauseStart = next;
    }
  }
  // "agreed to buy the firm", "plans to acquire": the act is what is agreed to (not "known to film audiences")
  while (verb + 2 < to && INFINITIVE_TAKERS.has(tokens[verb]!.lemma) && tokens[verb + 1]!.text.toLowerCase() === 'to' && tokens[verb + 2]!.pos === 'VERB') verb += 2;
  return { verb, groupStart: groupStartOf(tokens, verb, clauseStart), clauseStart, inserted };
}

/** Words that may open a participle phrase before the subject: "After telling People …, Reid checked into". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'since', 'while', 'when', 'upon', 'on', 'by', 'despite', 'without']);

/**
 * Where a participle phrase that opens the clause ends, at its comma: "Taking the lead in the fight
 * against piracy, the Indian Navy arrested", "After telling People in October that she didn't \"need
 * to do any of that anymore,\" Reid checked into". Its verbs are not the clause's act while a verb
 * follows the comma. `from` when the clause opens otherwise.
 */
function openingPhraseEnd(tokens: readonly Token[], from: number, to: number): number {
  let index = from;
  while (index < to && tokens[index]!.pos === 'PUNCT') index++;
  if (index < to && PARTICIPLE_OPENERS.has(tokens[index]!.text.toLowerCase())) index++;
  const opener = tokens[index];
  if (!opener || opener.pos !== 'VERB' || !/(?:ing|ed|en)$/i.test(opener.text)) return from;
  for (let comma = index + 1; comma < to; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    for (let after = comma + 1; after < to; after++) if (tokens[after]!.pos === 'VERB') return comma + 1;
    return from;
  }
  return from;
}

/**
 * "Russia backs Venezuela": wink-nlp tags a present-tense verb between two names as a plural noun when the
 * clause has no other verb. A word in "-s" between a name and a name or determiner is read as the act.
 */
function findHeadlineVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let index = from + 1; index + 1 < to; index++) {
    const word = tokens[index]!;
    if (word.pos !== 'NOUN' || !/[^s]s$/.test(word.text)) continue;
    if (tokens[index - 1]!.pos === 'PROPN' && ['PROPN', 'DET', 'PRON'].includes(tokens[index + 1]!.pos)) return index;
  }
  return -1;
}

/** ", who was arrested on Monday," inside a clause: token ranges from the comma to the closing comma. */
function insertedRelatives(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let index = from; index + 1 < to; index++) {
    // ", who was arrested on Monday,"; ", known to film audiences as a singer,": an aside closed by a comma
    const relative = tokens[index + 1]!.pos === 'PRON' && RELATIVE_PRONOUNS.has(tokens[index + 1]!.text.toLowerCase());
    const participle = tokens[index + 1]!.pos === 'VERB' && /(?:ed|en|wn)$/i.test(tokens[index + 1]!.text);
    if (tokens[index]!.text !== ',' || !(relative || participle)) continue;
    let close = index + 2;
    while (close < to && tokens[close]!.text !== ',') close++;
    if (close < to) ranges.push([index, close + 1]);
  }
  return ranges;
}

/** The auxiliaries, negations and adverbs before a verb: "has not been" in "has not been seized". */
function groupStartOf(tokens: readonly Token[], verb: number, from: number): number {
  let start = verb;
  while (start > from && ['AUX', 'PART', 'ADV'].includes(tokens[start - 1]!.pos) && tokens[start - 1]!.text.toLowerCase() !== 'to') start--;
  // "agreed to buy": the group of the first verb of the chain
  if (start - 2 >= from && tokens[start - 1]!.text.toLowerCase() === 'to' && tokens[start - 2]!.pos === 'VERB') return groupStartOf(tokens, start - 2, from);
  return start;
}

/** "was seized", "has been arrested", "got hit": a form of "be" or "get" before a verb that is no "-ing". */
function isPassive(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  if (/ing$/i.test(tokens[verb]!.text)) return false;
  for (let index = groupStart; index < verb; index++) if (tokens[index]!.pos === 'AUX' && (tokens[index]!.lemma === 'be' || tokens[index]!.lemma === 'get')) return true;
  // "got arrested" reads "got" as a verb
  return verb > 0 && tokens[verb - 1]!.lemma === 'get';
}

/** "did not seize", "never visited", "refused to disclose", "failed to reach": within the verb group or its chain. */
function isNegated(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  for (let index = groupStart; index < verb; index++) {
    if (NEGATORS.has(tokens[index]!.text.toLowerCase())) return true;
    if (tokens[index]!.pos === 'VERB' && REFUSALS.has(tokens[index]!.lemma) && tokens[index + 1]?.text.toLowerCase() === 'to') return true;
  }
  return false;
}

function isNegativePhrase(tokens: readonly Token[], phrase: Participant): boolean {
  const first = tokens[phrase.firstToken]!.text.toLowerCase();
  return NEGATIVE_PHRASE_WORDS.has(first);
}

function findWord(tokens: readonly Token[], from: number, to: number, word: string): number {
  for (let index = from; index < to; index++) if (tokens[index]!.text.toLowerCase() === word) return index;
  return -1;
}
