import type { Participant, RelationType, Token } from '../model/index.ts';
import { ClauseWords, POSSESSIVE_PRONOUNS } from './clause-words.ts';
import { isLooseParticiple } from './loose-participles.ts';
import { matchPhrase } from './match-phrase.ts';
import type { NounEntry, PloverLexicon, VerbEntry } from './plover-lexicon.ts';
import { settleActs } from './settle-acts.ts';

/** One act a clause names, with the phrases of its actors, before they are resolved to entities. */
export interface ClauseAct {
  type: RelationType;
  mode: string | null;
  context: string | null;
  /** The words that name it: `tokens[firstToken..endToken)`. */
  firstToken: number;
  endToken: number;
  /** The verb whose group tells how it is reported ("did not call", "could supply"), or the noun itself. */
  verb: number;
  source: Participant | null;
  /** A possessive pronoun stands for the source: "its support for Caracas". */
  sourceIsPossessive: boolean;
  target: Participant | null;
  /** What the act is done to when that is no actor: "an oil tanker"; its modifiers or place may name the target. */
  object: Participant | null;
  /** "talks between Maduro and Putin": the source phrase names both sides. */
  between: boolean;
  kind: 'verb' | 'noun' | 'phrase';
  /** "demanded that Israel ease restrictions": where the clause it governs starts; acts in it are its content. */
  complementFrom?: number;
}

/** Types whose verb governs an infinitive as its content: "agreed to supply", "refused to meet", "threatened to strike", "asked to leave". */
const INTENTS = new Set<RelationType>(['agree', 'reject', 'threaten', 'request']);

/** Types two actors do together, named with no one after the verb: "they met", "the two sides agreed". */
const TOGETHER = new Set<RelationType>(['agree', 'consult', 'cooperate']);

/** Types whose verb is the act whatever its object: asking, turning down, accusing, threatening. */
const SAID_ACTS = new Set<RelationType>(['request', 'reject', 'accuse', 'threaten']);

/** Types whose verb may govern a that-clause naming the target: "demanded that the DPRK forsake", "warned that police will" (not "assured that Maduro has little time"). */
const TAKES_THAT_CLAUSE = new Set<RelationType>(['request', 'accuse', 'threaten', 'reject']);

/** Marks after which a capitalised word opens a quote or a headline, not a name: '"Seize', '“Sanctions'. */
const QUOTE_OPENERS = new Set(['"', '“', "'", '‘', ':', '—', '(']);
/** Nouns that head a compound without adding an act: "mediation effort", "aid programme", "ceasefire deal", "peace mission". */
const LIGHT_HEADS = new Set(['effort', 'mission', 'bid', 'attempt', 'plan', 'program', 'programme', 'campaign', 'operation', 'process', 'deal', 'package', 'initiative', 'talk', 'agreement', 'offer', 'request', 'order']);
/** Act nouns whose owner is the one they are done to: "his rape trial", "her arrest", "their deportation". */
const PATIENT_OWNED_NOUNS = new Set(['trial', 'prosecution', 'indictment', 'arrest', 'detention', 'conviction', 'extradition', 'execution', 'deportation', 'imprisonment', 'sentencing', 'release', 'expulsion', 'capture', 'kidnapping', 'abduction', 'assassination', 'murder', 'killing', 'death']);
/** What a body issues that says something in its name: "a statement condemning", "a declaration demanding". */
const DOCUMENT_NOUNS = new Set(['statement', 'declaration', 'communique', 'communiqué', 'letter', 'resolution', 'decree', 'message', 'note', 'appeal', 'petition', 'report', 'bulletin', 'memo', 'ultimatum']);
/** Nouns that name an act by their ending: "violations", "decision", "treatment", "interference", "closure", "refusal". */
const NOMINAL_ACT = /(?:tions?|sions?|ments?|ances?|ences?|ures?|als?)$/i;
/** "phone call", "telephone conversation": a consultation by phone. */
const PHONE_WORDS = new Set(['phone', 'telephone', 'telephonic']);

/** The acts the clause names by a phrase of the lexicon, a verb, or a noun (a nominalisation: "the seizure of the tanker by ..."). */
export function readActs(words: ClauseWords, lexicon: PloverLexicon): ClauseAct[] {
  const { tokens, from, to } = words;
  const acts: ClauseAct[] = [];
  const covered = new Set<number>();
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    const entries = [...(lexicon.phrases.get(token.lemma) ?? []), ...(token.lemma !== words.lower(index) ? lexicon.phrases.get(words.lower(index)) ?? [] : [])];
    let best: ClauseAct | null = null;
    for (const entry of entries) {
      const match = matchPhrase(words, index, entry.words);
      if (!match || (best && best.endToken >= match.end)) continue;
      const mode = entry.objectDecides && match.slots.object ? objectMode(words, lexicon, entry.type, entry.mode, match.slots.object) : entry.mode;
      if (mode === undefined) continue;
      const passive = token.pos === 'VERB' && words.isPassive(index);
      best = {
        type: entry.type, mode, context: entry.context ?? null, firstToken: index, endToken: match.end, verb: index, kind: 'phrase', between: false, sourceIsPossessive: false,
        source: match.slots.source ?? (passive ? words.agentAfter(match.end) : words.subjectOf(index)),
        target: match.slots.target ?? (passive ? words.subjectOf(index) : null),
        object: match.slots.object ?? null,
      };
    }
    if (best) {
      acts.push(best);
      for (let at = best.firstToken; at < best.endToken; at++) covered.add(at);
    }
  }
  for (let index = from; index < to; index++) {
    if (covered.has(index)) continue;
    const token = tokens[index]!;
    // "checked into Promises Treatment Center": a capitalised word inside a sentence is part of a name
    if (index !== words.sentenceFrom && /^\p{Lu}/u.test(token.text) && !QUOTE_OPENERS.has(words.tokens[index - 1]?.text ?? '')) continue;
    if ((token.pos === 'VERB' || index === words.clause.roles.act) && !isLooseParticiple(words, index)) {
      const act = readVerbAct(words, lexicon, index) ?? readDemandBySaying(words, lexicon, index);
      if (act) acts.push(act);
    } else if ((token.pos === 'NOUN' || (token.pos === 'PROPN' && index === words.sentenceFrom)) && (tokens[index + 1]?.pos !== 'NOUN' || LIGHT_HEADS.has(tokens[index + 1]!.lemma) || words.inDate(index + 1))) {
      // "Talks resume": a headline's capitalised noun; not "border patrol agents", whose head is the last noun, but
      // "a mediation mission between", whose head says nothing of its own
      const act = readNounAct(words, lexicon, index);
      if (act) acts.push(act);
    }
  }
  for (const act of acts) {
    // "issued a declaration demanding that ...", "released a statement condemning ...": the document's author demands
    if (act.kind === 'verb' && act.source && DOCUMENT_NOUNS.has(tokens[act.source.head]!.lemma) && /ing$/.test(tokens[act.verb]!.text)) {
      const issued = words.previousVerb(act.source.firstToken);
      act.source = issued === -1 ? null : words.subjectOf(issued);
    }
    if (act.type === 'consult' && act.mode === null && byPhone(words, act.endToken)) act.mode = 'phone';
    // "delivered weapons to", "a grant of 580 million shillings": the object tells the context (military, economic, humanitarian)
    if (act.context === null && act.object) act.context = objectContext(words, lexicon, act.type, act.object);
  }
  return settleActs(words, acts);
}

/** "spoke by telephone", "talked on the phone", "met over a video call": the consultation's words after it say by phone. */
function byPhone(words: ClauseWords, from: number): boolean {
  for (let index = from; index < Math.min(words.to, from + 8); index++) {
    if (!PHONE_WORDS.has(words.lower(index))) continue;
    const before = words.lower(index - 1);
    if (['by', 'on', 'over', 'the', 'a'].includes(before)) return true;
  }
  return false;
}

/**
 * A verb of the lexicon with its actors, by the entry whose frame the clause fits best: the one whose
 * preposition is there ("meet with"), whose object decides it ("deploy warships"), that is not ambiguous.
 */
function readVerbAct(words: ClauseWords, lexicon: PloverLexicon, verb: number): ClauseAct | null {
  const token = words.tokens[verb]!;
  const entries = lexicon.verbs.get(token.lemma) ?? lexicon.verbs.get(words.lower(verb));
  if (!entries) return null;
  const passive = words.isPassive(verb);
  // "announced that he will extend the curfew": a clause about the speaker itself is its own act, not the target of this one
  const said = passive ? null : thatClause(words, verb);
  const complement = said && !(said.subject.endToken - said.subject.firstToken === 1 && words.tokens[said.subject.firstToken]!.pos === 'PRON') ? said : null;
  let best: { act: ClauseAct; score: number } | null = null;
  if (complement) {
    const entry = entries.find((candidate) => TAKES_THAT_CLAUSE.has(candidate.type));
    if (entry) {
      // "warned Taiwan that independence means war", "told Iran that": the one spoken to stands before "that"
      const told = words.phraseAt(verb + 1);
      const addressee = told && told.endToken === complement.from && !words.inDate(told.head) ? told : null;
      return {
        type: entry.type, mode: entry.objectDecides ? null : entry.mode, context: entry.context ?? null, firstToken: verb, endToken: verb + 1, verb,
        source: words.subjectOf(verb), target: addressee ?? complement.subject, object: null, between: false, sourceIsPossessive: false, kind: 'verb', complementFrom: complement.from,
      };
    }
  }
  for (const entry of entries) {
    const read = readFrame(words, lexicon, entry, verb, passive);
    if (!read) continue;
    if (!best || read.score > best.score) best = read;
  }
  if (best) return best.act;
  // no frame fits ("agreed to undertake joint exercises", "rejected an ultimatum"): the verb's first plain sense, on the phrase
  // after it; an infinitive after the verb is an act of its own but for intents ("agreed to", not "began trying to coax"),
  // and a verb with no phrase after it ("admitted killing", "returned like a grim reaper") is read by its frames only
  const infinitive = words.lower(verb + 1) === 'to' && words.tokens[verb + 2]?.pos === 'VERB';
  const plain = entries.find((entry) => !entry.ambiguous && !entry.particle && !entry.objectDecides);
  if (!plain) return null;
  // not "flies an Ethiopian flag" for "fly to", "ruled Turkmenistan" for "rule against": a frame's preposition is its sense
  // when something else follows the verb ("Erdogan and Putin spoke by telephone" has nothing after it)
  const prepositional = plain.frame === 'source-verb-prep-target' || plain.frame === 'source-verb-prep-object';
  if (prepositional && !passive && !infinitive && words.phraseAt(verb + 1)) return null;
  if (infinitive && !INTENTS.has(plain.type)) return null;
  const direct = passive ? words.subjectOf(verb) : words.phraseAt(verb + 1);
  // "will be hosting the Academy Awards": an event hosted or attended is no one met
  if (plain.type === 'consult' && direct && EVENT_NAME.test(words.wordsOf(direct).join(' '))) return null;
  // "Erdogan and Putin spoke by telephone": with no phrase after it, only an act two do together
  if (!direct && !infinitive && !TOGETHER.has(plain.type)) return null;
  return {
    type: plain.type, mode: plain.objectDecides ? null : plain.mode, context: plain.context ?? null, firstToken: verb, endToken: verb + 1, verb,
    source: passive ? words.agentAfter(verb + 1) : words.subjectOf(verb), target: direct, object: direct, between: false, sourceIsPossessive: false, kind: 'verb',
  };
}

function readFrame(words: ClauseWords, lexicon: PloverLexicon, entry: VerbEntry, verb: number, passive: boolean): { act: ClauseAct; score: number } | null {
  let after = verb + 1;
  if (entry.particle) {
    if (words.lower(after) !== entry.particle) return null;
    after++;
  }
  const subject = words.subjectOf(verb);
  const direct = passive ? subject : words.phraseAt(after);
  const afterDirect = passive ? after : direct ? direct.endToken : after;
  let source = passive ? words.agentAfter(after) : subject;
  let target: Participant | null = null;
  let object: Participant | null = null;
  let score = 0;
  // a noun of another act ends the verb's words ("agreed to ... talks with"); one of its own type is its object ("provide $200 million in aid to")
  const namesAct = (index: number) => {
    if (words.tokens[index]!.pos !== 'NOUN') return false;
    const nouns = lexicon.nouns.get(words.tokens[index]!.lemma) ?? lexicon.nouns.get(words.lower(index));
    return nouns !== undefined && !nouns.some((noun) => noun.type === entry.type);
  };
  const prepositional = (prepositions: readonly string[] | undefined, from: number) => words.phraseAfterPreposition(from, prepositions ?? [], namesAct)?.phrase ?? null;
  switch (entry.frame) {
    case 'source-verb-target': target = direct; if (!target) return null; break;
    case 'source-verb-object': object = direct; break;
    // "her work demonstrates that ...", "struck a deal", "rallied support": a protest verb with an object is another sense
    case 'source-verb': if (entry.type === 'protest' && !passive && (words.lower(after) === 'that' || (direct && !words.inDate(direct.head) && words.tokens[direct.head]!.pos !== 'PRON'))) return null; break;
    case 'source-verb-prep-target': target = prepositional(entry.prepositions, after); if (!target) return null; score += 2; break;
    case 'source-verb-prep-object': object = prepositional(entry.objectPrepositions, after); if (!object) return null; score += 2; break;
    case 'source-verb-object-prep-target': object = direct; target = prepositional(entry.prepositions ?? ['to'], afterDirect); if (target) score += 2; break;
    case 'source-verb-target-prep-object': target = direct; object = prepositional(entry.objectPrepositions, afterDirect); if (object) score += 2; break;
    case 'source-verb-target-object': target = direct; object = words.phraseAt(afterDirect); break;
    // not "will be hosting the Academy Awards", "received the National Caring Award": a visitor is no event or prize
    case 'target-verb-source': if (direct && EVENT_NAME.test(words.wordsOf(direct).join(' '))) return null; source = direct; target = subject; break;
  }
  let mode = entry.mode;
  if (entry.objectDecides) {
    const decided = object ? objectMode(words, lexicon, entry.type, entry.mode, object) : undefined;
    // An object the list lacks still reads: "delivered several anti-aircraft systems to Venezuela" (a recipient, and a verb
    // of one sense: "sent a letter to Moscow" is no aid, as "send" also mobilizes); "called for sanctions against Nigeria",
    // "rejected calls by Kofi Annan", "asked Germany for air defence systems" (the words themselves request or reject, the
    // object only picks the mode). "Deployed a new app" is no mobilization.
    const oneSense = new Set(lexicon.verbs.get(entry.lemma)!.map((other) => other.type)).size === 1;
    if (decided === undefined && !((target && entry.frame === 'source-verb-object-prep-target' && oneSense) || SAID_ACTS.has(entry.type))) return null;
    // "are seeking to lessen Russia's control": with nothing asked for and no one asked, no request
    if (decided === undefined && !object && !target && entry.type === 'request') return null;
    mode = decided === undefined ? null : decided;
    score += decided === undefined ? -1 : 2;
  }
  if (entry.ambiguous) score -= 1;
  // a frame that finds whom the act is done to reads the clause better than one that finds only what: "asked Germany for ..."
  if (target) score += 2;
  else if (object) score += 1;
  return {
    act: { type: entry.type, mode, context: entry.context ?? null, firstToken: verb, endToken: entry.particle ? verb + 2 : verb + 1, verb, source, target, object, between: false, sourceIsPossessive: false, kind: 'verb' },
    score,
  };
}

/** "must drop", "should hand over", "has to explain", "needs to withdraw": what someone is told to do. */
const OBLIGATIONS: ReadonlyArray<readonly string[]> = [['must'], ['should'], ['has', 'to'], ['have', 'to'], ['need', 'to'], ['needs', 'to'], ['ought', 'to']];

/**
 * "The Bush administration declared Tuesday that China must drop barriers", "The Red Cross said US and
 * British forces must ensure security": a speaker saying what another must do demands it (PLOVER REQUEST,
 * the CAMEO DEMAND examples).
 */
function readDemandBySaying(words: ClauseWords, lexicon: PloverLexicon, verb: number): ClauseAct | null {
  if (!lexicon.speechVerbs.has(words.tokens[verb]!.lemma)) return null;
  const complement = thatClause(words, verb, true);
  if (!complement) return null;
  const after = complement.verbAt;
  if (!OBLIGATIONS.some((cue) => cue.every((word, offset) => words.lower(after + offset) === word))) return null;
  return {
    type: 'request', mode: null, context: null, firstToken: verb, endToken: verb + 1, verb,
    source: words.subjectOf(verb), target: complement.subject, object: null, between: false, sourceIsPossessive: false, kind: 'verb', complementFrom: complement.from,
  };
}

/** Words that may stand between a that-clause's first noun phrase and its verb: brackets, other conjuncts, a place ("the rebels in Darfur"). */
const SUBJECT_CONTINUES = new Set(['PUNCT', 'PROPN', 'NOUN', 'CCONJ', 'DET', 'ADJ', 'ADP', 'NUM']);

/** "demanded (on Friday) that the United States match ...": the that-clause after the verb, its subject, and where its verb group starts; without "that" when `bare`. */
function thatClause(words: ClauseWords, verb: number, bare = false): { from: number; subject: Participant; verbAt: number } | null {
  let index = verb + 1;
  // "demanded on Friday that", "declared Tuesday that"
  while (index < words.to && ['ADV', 'ADP', 'PROPN', 'NOUN'].includes(words.tokens[index]!.pos) && index < verb + 4 && words.lower(index) !== 'that') index++;
  if (words.lower(index) !== 'that') {
    if (!bare) return null;
    // "said US and British forces must": the clause starts right after the verb and its adverbs
    index = verb + 1;
    while (index < words.to && words.tokens[index]!.pos === 'ADV') index++;
    index--;
  }
  const subject = words.phraseAt(index + 1);
  if (!subject) return null;
  // "that the DPRK (North Korea) forsake", "that the Sudanese government and the rebels in Darfur must": its verb within a
  // few words, after an aside in brackets or the subject's other conjuncts
  for (let at = subject.endToken; at < Math.min(words.to, subject.endToken + 8); at++) {
    const pos = words.tokens[at]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return { from: index, subject, verbAt: at };
    if (!SUBJECT_CONTINUES.has(pos) || words.lower(at) === 'that') break;
  }
  // "that Iran release the tanker", its verb read as a noun: the name alone, then a word to do
  let end = index + 1;
  while (end < words.to && (words.tokens[end]!.pos === 'PROPN' || (end === index + 1 && words.tokens[end]!.pos === 'DET'))) end++;
  const named = words.tokens[end - 1]!.pos === 'PROPN' && ['NOUN', 'VERB'].includes(words.tokens[end]?.pos ?? '');
  return named ? { from: index, subject: { firstToken: index + 1, endToken: end, head: end - 1 }, verbAt: end } : null;
}

/**
 * A noun that names an act: its source is the possessor or modifier ("Russia's support", "US sanctions
 * on Iran", "its support for"), the phrase after "by", or the subject of a light verb ("expressed
 * solidarity with"); its target the phrase after its preposition or "of" ("the seizure of the tanker").
 */
function readNounAct(words: ClauseWords, lexicon: PloverLexicon, noun: number): ClauseAct | null {
  const token = words.tokens[noun]!;
  const entries = lexicon.nouns.get(words.lower(noun)) ?? lexicon.nouns.get(token.lemma);
  if (!entries) return null;
  const phone = PHONE_WORDS.has(words.lower(noun - 1));
  let best: { act: ClauseAct; score: number } | null = null;
  for (const entry of entries) {
    const read = readNounFrame(words, lexicon, entry, noun, phone);
    if (read && (!best || read.score > best.score)) best = read;
  }
  return best?.act ?? null;
}

function readNounFrame(words: ClauseWords, lexicon: PloverLexicon, entry: NounEntry, noun: number, phone: boolean): { act: ClauseAct; score: number } | null {
  // "a mediation effort between the Emirates and Saudi Arabia": the words after the light head
  let next = LIGHT_HEADS.has(words.tokens[noun + 1]?.lemma ?? '') ? noun + 2 : noun + 1;
  // "a mediation effort on Saturday between the Emirates and Saudi Arabia": a date before the preposition
  if (words.lower(next) === 'on' && words.inDate(next + 1)) next++;
  while (next < words.to && words.inDate(next)) next++;
  let target: Participant | null = null;
  let source: Participant | null = null;
  let object: Participant | null = null;
  let between = false;
  let score = 0;
  const preposition = words.lower(next);
  let complementFrom: number | undefined;
  const said = TAKES_THAT_CLAUSE.has(entry.type) ? thatClause(words, noun) : null;
  if (said) {
    // "reiterated its demand that Israel ease restrictions": the that-clause names whom the demand is to, and is its content
    target = said.subject;
    complementFrom = said.from;
    score += 2;
  } else if (preposition === 'between' && (entry.prepositions?.includes('between') || entry.type === 'consult' || entry.reciprocal)) {
    source = words.phraseAt(next + 1);
    between = source !== null;
  } else if (preposition === 'of' && entry.of) {
    const phrase = words.phraseAt(next + 1);
    if (entry.of === 'target') target = phrase;
    else source = phrase;
    score += 2;
  } else if (entry.prepositions?.includes(preposition)) {
    target = words.phraseAt(next + 1);
    score += 2;
  } else if (entry.objectPrepositions?.includes(preposition)) {
    object = words.phraseAt(next + 1);
    score += 2;
  } else if (preposition === 'of' && !entry.of && entry.prepositions?.length) {
    // "the withdrawal of some invasion forces from Panama": what is withdrawn, then from whom
    const of = words.phraseAt(next + 1);
    if (of && entry.prepositions.includes(words.lower(of.endToken))) {
      object = of;
      target = words.phraseAt(of.endToken + 1);
      if (target) score += 2;
    }
  }
  if (target) next = target.endToken;
  // "demonstrations against the alleged violations by the Israeli military": a by-phrase after a target that names an
  // act of its own is that act's doer ("the seizure of the tanker by US forces" keeps it: the tanker does nothing)
  const agent = words.lower(next) === 'by' && !(target && words.lower(target.firstToken - 1) !== 'of' && NOMINAL_ACT.test(words.tokens[target.head]!.text)) ? words.phraseAt(next + 1) : null;
  source ??= agent;
  if (entry.ambiguous && !score && !between && !(phone && entry.mode === 'phone')) return null;
  let mode = entry.mode;
  if (entry.objectDecides) {
    const decided = object ? objectMode(words, lexicon, entry.type, entry.mode, object) : undefined;
    // "its demand that Israel ease restrictions": what the that-clause says is the content, whatever the list holds
    if (decided === undefined && !said) return null;
    mode = decided ?? null;
  }
  if (entry.type === 'consult' && phone) mode = 'phone';
  // the possessor or modifier before the noun: "Russia's support", "US sanctions", "its support"
  let sourceIsPossessive = false;
  if (!source) {
    let first = noun;
    while (first - 1 >= words.from && ['DET', 'ADJ', 'PROPN', 'NOUN', 'PRON', 'PART', 'NUM'].includes(words.tokens[first - 1]!.pos)) first--;
    // only a name or a pronoun owns the act: "Russia's support", "US sanctions", "its support", not "the night-time curfew"
    const owner = [...range(first, noun)].some((index) => ['PROPN', 'PRON'].includes(words.tokens[index]!.pos));
    if (first < noun && owner && PATIENT_OWNED_NOUNS.has(words.tokens[noun]!.lemma)) {
      // "his rape trial", "Navalny's arrest": the owner is the target; the doer is not named here
      target ??= { firstToken: first, endToken: noun, head: noun - 1 };
    } else if (first < noun && owner) {
      source = { firstToken: first, endToken: noun, head: noun - 1 };
      sourceIsPossessive = POSSESSIVE_PRONOUNS.has(words.lower(noun - 1)) || [...range(first, noun)].some((index) => POSSESSIVE_PRONOUNS.has(words.lower(index)));
    }
  }
  return {
    act: { type: entry.type, mode, context: entry.context ?? null, firstToken: noun, endToken: noun + 1, verb: noun, source, target, object, between, sourceIsPossessive, kind: 'noun', complementFrom },
    score: score + (entry.ambiguous ? -1 : 0),
  };
}

function* range(first: number, end: number): Iterable<number> {
  for (let index = first; index < end; index++) yield index;
}

/** The object's words and lemmas, to find one-word items ("missiles", "missile"), and its words as written, to find longer ones ("fighter jets"). */
function objectWords(words: ClauseWords, object: Participant): { said: string[]; phrase: string } {
  const said = words.wordsOf(object);
  return { said, phrase: said.filter((_, position) => position % 2 === 0).join(' ') };
}

/** The PLOVER context the object's words imply for the type, or null. */
function objectContext(words: ClauseWords, lexicon: PloverLexicon, type: RelationType, object: Participant): string | null {
  const contexts = lexicon.objectContexts.get(type);
  if (!contexts?.size) return null;
  const { said, phrase } = objectWords(words, object);
  for (const word of said) if (contexts.has(word)) return contexts.get(word)!;
  for (const [item, context] of contexts) if (item.includes(' ') && phrase.includes(item)) return context;
  return null;
}

/**
 * The mode the object decides ("deploy warships" → mobilize/weapons, "ask for weapons" → request/assist),
 * `entryMode` when the object is one of that mode's, or undefined when no object list holds it.
 */
export function objectMode(words: ClauseWords, lexicon: PloverLexicon, type: RelationType, entryMode: string | null, object: Participant): string | null | undefined {
  const lists = lexicon.objects.get(type);
  if (!lists?.size) return entryMode;
  const { said, phrase } = objectWords(words, object);
  const holds = (list: ReadonlySet<string>) => said.some((word) => list.has(word)) || [...list].some((item) => item.includes(' ') && phrase.includes(item));
  if (entryMode) return lists.get(entryMode) && holds(lists.get(entryMode)!) ? entryMode : undefined;
  for (const [mode, list] of lists) if (holds(list)) return mode === '-' ? null : mode;
  return undefined;
}

/** The last words of an event's or a prize's name (any case): "the Academy Awards", "the Winter Games", "the G20 summit". */
const EVENT_NAME = /\b(?:awards?|prizes?|games|olympics|cup|summit|festival|conference|ceremony|championships?|tournament|election|forum|show)\b/i;
