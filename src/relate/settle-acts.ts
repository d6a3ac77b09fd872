import type { Participant, RelationType, Token } from '../model/index.ts';
import type { ClauseWords } from './clause-words.ts';
import type { ClauseAct } from './read-acts.ts';

/**
 * Verbs that lend their subject to the noun after them and name no act of their own: "expressed
 * solidarity with", "reaffirmed its support for", "imposed sanctions on", "held talks with".
 */
const LIGHT_VERBS = new Set([
  'express', 'voice', 'reaffirm', 'reiterate', 'restate', 'renew', 'affirm', 'declare', 'announce', 'offer', 'extend', 'give', 'lend', 'pledge', 'show',
  'hold', 'have', 'make', 'conduct', 'impose', 'issue', 'launch', 'sign', 'confirm', 'stress', 'underline', 'emphasize', 'emphasise', 'signal',
  'carry', 'stage', 'begin', 'start', 'continue', 'resume', 'open', 'step', 'level', 'lodge', 'file', 'deliver', 'send', 'place', 'slap',
  'speed', 'complete', 'mount', 'order', 'intensify', 'escalate', 'expand', 'finish', 'undertake', 'insist', 'reiterate', 'repeat',
]);
/** A light verb by its lemma, or by its -ed form where wink's lemma lost an "e" ("staged" → "stag"). */
export function isLightVerb(token: Token): boolean {
  return LIGHT_VERBS.has(token.lemma) || (token.text.toLowerCase() === `${token.lemma}ed` && LIGHT_VERBS.has(`${token.lemma}e`));
}

/** Verbs whose subject undergoes the act noun after them: "drew criticism", "faces sanctions", "came under attack". */
const UNDERGO_VERBS = new Set(['draw', 'face', 'receive', 'attract', 'suffer', 'endure', 'undergo', 'incur', 'come', 'risk', 'escape', 'survive']);

/**
 * Acts that name one event once: a light verb gives its subject to the noun after it and names nothing
 * itself ("expressed solidarity with"); an act after "to" that another act governs is that act's
 * content ("agreed to supply weapons to Venezuela" is AGREE, "threatened to strike" THREATEN).
 */
export function settleActs(words: ClauseWords, acts: ClauseAct[]): ClauseAct[] {
  const dropped = new Set<ClauseAct>();
  for (const act of acts) {
    if (act.kind !== 'noun' || (act.source && !isBareDeterminer(words, act.source))) continue;
    // the verb whose object the noun is in
    const verb = words.previousVerb(act.firstToken);
    if (verb === -1) continue;
    const governs = nounsBetween(words, verb + 1, act.firstToken);
    const governing = acts.find((other) => other.kind === 'verb' && other.verb === verb);
    if (!governs) {
      if (act.source && isBareDeterminer(words, act.source)) act.source = null;
      continue;
    }
    // "India's navy drew criticism", "faced sanctions": the subject undergoes the act, whose doer the clause does not name
    if (UNDERGO_VERBS.has(words.tokens[verb]!.lemma)) {
      act.source = null;
      continue;
    }
    // "condemned the seizure", "thwarted an attack": a verb that names an act of its own, or opposes it, has the noun as its
    // content; only a light verb lends its subject ("speeded up the withdrawal", "expressed solidarity")
    const lends = isLightVerb(words.tokens[verb]!);
    if (!lends) {
      act.source = null;
      continue;
    }
    act.source = words.isPassive(verb) ? words.agentAfter(verb + 1) : words.subjectOf(verb);
    act.verb = verb;
    if (governing) dropped.add(governing);
  }
  for (const act of acts) {
    if (act.kind !== 'noun' || !act.sourceIsPossessive) continue;
    const verb = words.previousVerb(act.firstToken);
    // "sanctions on the Taliban for its support of ...": past a preposition the pronoun is not the verb's subject, and
    // is resolved as a pronoun
    if (verb !== -1 && !nounsBetween(words, verb + 1, act.firstToken)) continue;
    act.source = verb === -1 ? (words.clause.roles.passive ? words.clause.roles.target : words.clause.roles.doer) : words.subjectOf(verb);
    if (verb !== -1) act.verb = verb;
    const governing = acts.find((other) => other.kind === 'verb' && other.verb === verb && other !== act);
    if (governing && isLightVerb(words.tokens[verb]!)) dropped.add(governing);
  }
  // "agreed to supply weapons to Venezuela", "promised to continue military aid to Mozambique": what the infinitive names is the outer act's content
  for (const outer of acts) {
    // not "opened fire to disperse the demonstrators", whose purpose is an act of its own
    if (outer.kind === 'noun' || dropped.has(outer) || outer.type === 'assault') continue;
    const to = infinitiveAfter(words, outer.verb);
    if (to === -1) continue;
    // "refused to deploy peacekeepers in Iraq and has urged its citizens to": a verb group of its own after "and" is another act
    const end = nextVerbGroup(words, to + 2);
    // the nearest act first: "to protest against Sweden's decision to send them back" is a protest against Sweden
    const inners = acts.filter((inner) => inner !== outer && !dropped.has(inner) && inner.firstToken > to && inner.firstToken < end).sort((a, b) => a.firstToken - b.firstToken);
    for (const inner of inners) {
      dropped.add(inner);
      // not the outer act's own doer, which "to host" reads as its target ("rejected a US offer to host a summit")
      const innerTarget = inner.target && inner.target.firstToken !== outer.source?.firstToken ? inner.target : null;
      outer.target ??= innerTarget;
      outer.object ??= inner.object ?? innerTarget;
    }
  }
  // "rejected an Indian proposal", "dismissed calls by the opposition": an act named in the object of another is that act's content
  for (const act of acts) {
    if (act.kind !== 'noun' || dropped.has(act)) continue;
    const outer = acts.find((other) => other !== act && other.kind !== 'noun' && !dropped.has(other) && within(act.firstToken, other.object ?? other.target));
    if (!outer) continue;
    if (act.between && isLightVerb(words.tokens[outer.verb]!)) {
      // "Klibi undertook a mediation mission between Syria and Arafat": the one who undertakes it meets both sides
      act.target = act.source;
      act.source = outer.source;
      act.between = false;
      act.verb = outer.verb;
      dropped.add(outer);
    } else dropped.add(act);
  }
  for (const act of acts) {
    if (act.complementFrom === undefined) continue;
    for (const other of acts) if (other !== act && other.firstToken > act.complementFrom) dropped.add(other);
  }
  return acts.filter((act) => !dropped.has(act) && act.source !== null);
}

/** "agreed to", "urged Russia to", "threatened on Tuesday to": the "to" of an infinitive after the verb, with nothing but a noun phrase, dates and adverbs between; -1 when none. */
function infinitiveAfter(words: ClauseWords, verb: number): number {
  for (let index = verb + 1; index < words.to - 1; index++) {
    const token = words.tokens[index]!;
    if (words.lower(index) === 'to' && words.tokens[index + 1]!.pos === 'VERB') return index;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.text === ',' || token.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** Where a coordinated verb group with its own auxiliary or verb starts after `from` ("... and has urged", "but refused"), or the clause's end. */
function nextVerbGroup(words: ClauseWords, from: number): number {
  for (let index = from; index < words.to - 1; index++) {
    if (!['and', 'but', 'while'].includes(words.lower(index))) continue;
    const next = words.tokens[index + 1]!;
    if (next.pos === 'AUX' || (next.pos === 'VERB' && words.lower(index - 1) !== 'to')) return index;
  }
  return words.to;
}

const PARTICLES = new Set(['up', 'out', 'off', 'down']);

/** "extend the night-time curfew": only the words of one noun phrase (hyphens too) between the verb and the noun. */
function nounsBetween(words: ClauseWords, from: number, noun: number): boolean {
  for (let index = from; index < noun; index++) {
    const token = words.tokens[index]!;
    // "speeded up the withdrawal", "stepped up its attacks": the verb's particle
    if (index === from && PARTICLES.has(words.lower(index))) continue;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'PART'].includes(token.pos) && token.text !== '-') return false;
  }
  return true;
}

function within(token: number, phrase: Participant | null): boolean {
  return phrase !== null && token >= phrase.firstToken && token < phrase.endToken;
}

/** "the", "a": a determiner alone before a noun names no one. */
function isBareDeterminer(words: ClauseWords, phrase: Participant): boolean {
  for (let index = phrase.firstToken; index < phrase.endToken; index++) if (!['DET', 'ADJ', 'NUM'].includes(words.tokens[index]!.pos)) return false;
  return true;
}
