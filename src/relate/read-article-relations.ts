import type { Article, Clause, LinkedEntities, Participant, RelationType } from '../model/index.ts';
import { ClauseActors, type GroupActors, type NamedActor } from './clause-actors.ts';
import { isGroupHead } from './group-heads.ts';
import { ClauseWords } from './clause-words.ts';
import type { PloverLexicon } from './plover-lexicon.ts';
import { objectMode, readActs, type ClauseAct } from './read-acts.ts';
import { readManner, type Manner } from './read-manner.ts';
import { conditionalOn, isDemonym, isPlace, settleByActors, settleByTime } from './settle-act-type.ts';

/** One relation as one sentence of one article tells it, before relations are gathered across articles. */
export interface ReadRelation extends Manner {
  articleId: string;
  sourceId: string;
  targetId: string | null;
  type: RelationType;
  mode: string | null;
  context: string | null;
  /** The sentence, and the words that name the act, as offsets into the article's text. */
  sentence: { start: number; end: number };
  trigger: { start: number; end: number };
  date: string | null;
}

/**
 * Types whose verb, done to a thing, is another sense: "called the operation ...", "released a statement",
 * "approved a deployment". The others name their target in the thing's owner or place ("seized a tanker
 * off the coast of Venezuela") or in what they say ("alleging it exposed Washington's objectives").
 */
const SENSES_NEED_ACTOR = new Set<RelationType>(['consult', 'support', 'retreat', 'cooperate', 'concede', 'sanction']);
/** Modes done to people only: "executed a seizure warrant" is no execution. */
const MODES_DONE_TO_PEOPLE = new Set(['execute', 'assassinate', 'abduct', 'torture', 'arrest', 'deport', 'expel']);
/** Acts whose place after them is where they happen: "protested in Belgrade", "held talks in Geneva". */
const WHERE_NOT_WHOM = new Set<RelationType>(['protest', 'consult']);
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
/** Acts two actors do together: "Jordan and Britain have agreed", "Maduro and Putin spoke", "Gaddafi and Zhivkov signed a treaty of friendship" (not "Russian and Chinese backing"). */
const JOINT_TYPES = new Set<RelationType>(['agree', 'consult', 'cooperate', 'support']);

/** Verbs of agreeing two parties do with each other: "Jordan and Britain have agreed", "the two sides settled". */
const JOINT_AGREE_VERBS = new Set(['agree', 'consent', 'settle', 'reconcile', 'compromise', 'conclude', 'sign']);

/** What two parties sign or conclude together: "signed a treaty of friendship", "concluded an accord". */
const PACT_NOUNS = new Set(['treaty', 'agreement', 'accord', 'pact', 'deal', 'memorandum', 'protocol', 'charter', 'declaration', 'communique', 'convention', 'truce', 'ceasefire', 'armistice']);

/** Pronouns that stand for the last actor named before them: "He also pointed out", "It seized". */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'them', 'its', 'their']);
/** Pronouns that own a group: "their forces", "its troops", "his government". */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** The relations each clause of an English article names, with their actors resolved to entities. */
export function readArticleRelations(article: Article, entities: LinkedEntities, lexicon: PloverLexicon, groups: GroupActors = new Map()): ReadRelation[] {
  if (!article.clauses.length) return [];
  const actors = new ClauseActors(article, entities, groups);
  const relations: ReadRelation[] = [];
  const told: ToldAct[] = [];
  for (let at = 0; at < article.clauses.length; at++) {
    const clause = article.clauses[at]!;
    const words = new ClauseWords(article.tokens, clause, clause.dates.map((index) => article.dates[index]!));
    while (told.length && told[0]!.sentence < clause.sentence - TOLD_SENTENCES_BACK) told.shift();
    for (const act of readActs(words, lexicon)) {
      const ends = resolveEnds(words, actors, act, told, lexicon, { clauses: article.clauses, at });
      if (!ends) continue;
      const keep = settleByActors(act, ends, article.tokens[act.firstToken]!.lemma);
      told.push({ sentence: clause.sentence, word: article.tokens[act.firstToken]!.lemma, sources: ends.sources, firstToken: act.firstToken });
      if (!keep) continue;
      const manner = settleByTime(act, ends, words, readManner(article, words, act, lexicon, entities));
      const sentence = article.sentences[clause.sentence]!;
      const trigger = { start: article.tokens[act.firstToken]!.start, end: article.tokens[act.endToken - 1]!.end };
      const date = clause.dates.map((index) => article.dates[index]!).find((expression) => /^\d{4}/.test(expression.value))?.value ?? null;
      for (const source of ends.sources) {
        const targets = ends.targets.filter((target) => target.entityId !== source.entityId);
        if (ends.targets.length && !targets.length) continue;
        for (const target of targets.length ? targets : [null]) {
          relations.push({
            articleId: article.id, sourceId: source.entityId, targetId: target?.entityId ?? null, type: act.type, mode: act.mode, context: act.context,
            sentence: { start: sentence.start, end: sentence.end }, trigger, date, ...manner,
          });
        }
      }
    }
  }
  return relations;
}

/**
 * The actors of an act: each conjunct of its source and target phrases ("Russia and China condemned");
 * "talks between Maduro and Putin" as the first and the second; a thing acted on names its owner or
 * place when no actor is its target ("seized a Venezuelan tanker", "a tanker off the coast of Venezuela").
 */
function resolveEnds(words: ClauseWords, actors: ClauseActors, act: ClauseAct, told: readonly ToldAct[], lexicon: PloverLexicon, place: ClausePlace): { sources: NamedActor[]; targets: NamedActor[] } | null {
  const widen = (phrase: Participant | null) => actors.widen(phrase, words.from, words.to);
  if (act.between) {
    const both = actors.ofPhrase(widen(act.source));
    return both.length >= 2 ? { sources: [both[0]!], targets: both.slice(1) } : null;
  }
  // a place is done to ("shelled Kirkuk", "deployed warships to the Caribbean"), it does not act
  let sources = actors.ofPhrase(widen(act.source)).filter((actor) => !isPlace(actor) || actor.groupOf);
  if (!sources.length && act.source) sources = pronounActor(words, actors, act.source, place);
  // "The pro-Iranian Hizbollah (Party of God) group declared": the name before the bracketed aside
  if (!sources.length && act.source) sources = actors.ofPhrase(words.phraseBeforeAside(act.source.firstToken)).filter((actor) => !isPlace(actor));
  if (!sources.length) return null;
  let targets = actors.ofPhrase(widen(act.target));
  if (!targets.length && act.object) targets = actors.ofPhrase(act.object);
  const direct = act.object ?? act.target;
  // "Merkel called the Greek bailout critical", "phoned the Venezuelan embassy": a nationality said of a thing is not
  // whom a consultation, support or concession is with
  if (SENSES_NEED_ACTOR.has(act.type) && act.kind === 'verb' && direct && words.tokens[direct.head]!.pos === 'NOUN' && !isGroupHead(words.tokens[direct.head]!.lemma)) {
    targets = targets.filter((target) => !(target.modifier && isDemonym(target.mention.text, target.mention.entityKey)));
  }
  // "Poland pledged aid to Ukraine, and Russia condemned the pledge": the act named again stands for its doers
  if (!targets.length && direct) targets = doersOfActNamed(words, direct, told, act.firstToken);
  // a phrase names its sense whole ("lifted a state of emergency in West Darfur"): only a verb alone may mean something else
  const needsActor = (SENSES_NEED_ACTOR.has(act.type) && act.kind !== 'phrase') || (act.mode !== null && MODES_DONE_TO_PEOPLE.has(act.mode));
  // "released the soldiers" is a release, "released a statement" is not: the type's own objects tell them apart
  const ownObject = direct !== null && objectMode(words, lexicon, act.type, null, direct) !== undefined && (lexicon.objects.get(act.type)?.size ?? 0) > 0;
  // "kidnapped 80 schoolgirls in northeastern Nigeria": people done to, named by where they are
  if (!targets.length && direct && isGroupHead(words.tokens[words.groupHeadOf(direct)]!.lemma)) targets = actors.ofPhrase(words.withPlaceAfter(direct));
  // "Gaddafi and Zhivkov signed a treaty of friendship": a pact two sign binds them to each other
  if (!targets.length && direct && sources.length >= 2 && JOINT_TYPES.has(act.type) && PACT_NOUNS.has(words.tokens[direct.head]!.lemma)) return { sources: [sources[0]!], targets: sources.slice(1) };
  if (!targets.length && direct && needsActor && !ownObject && act.kind === 'verb' && words.tokens[direct.head]!.pos === 'NOUN') return null;
  // "rejected calls by Kofi Annan", "dismissed an appeal from President Gbagbo": the doer of the thing is the one answered
  if (!targets.length && direct && ['by', 'from'].includes(words.lower(direct.endToken))) targets = actors.ofPhrase(words.phraseAt(direct.endToken + 1));
  // "threatened to strike unless Israel rescinded its annexation": the one the condition is put to
  const unless = conditionalOn(words, act.endToken);
  if (!targets.length && unless !== -1) targets = actors.ofPhrase(words.phraseAt(unless + 1)).filter((actor) => !isPlace(actor));
  if (!targets.length && (!needsActor || ownObject) && !words.isPassive(act.verb)) targets = placeAfter(words, actors, direct ? direct.endToken : act.endToken, WHERE_NOT_WHOM.has(act.type), !direct, REACTIONS.has(act.type));
  // "called the operation a criminal act", "released a statement": an act on something that is no actor is another sense of the verb
  // ("the ATF and FBI are offering a reward": an offer two make together is to someone else)
  const together = act.type !== 'agree' || JOINT_AGREE_VERBS.has(words.tokens[act.firstToken]!.lemma);
  if (!targets.length && sources.length >= 2 && JOINT_TYPES.has(act.type) && act.kind !== 'noun' && together) return { sources: [sources[0]!], targets: sources.slice(1) };
  return { sources, targets };
}

/** The article's clauses, and the index of the one being read (pronouns look back from it). */
interface ClausePlace {
  clauses: readonly Clause[];
  at: number;
}

/** An act read a moment before: the word that named it and its doers, for "condemned the seizure" after "seized". */
interface ToldAct {
  sentence: number;
  word: string;
  sources: NamedActor[];
  firstToken: number;
}
/** How far back an act may be named again: its sentence and the two before. */
const TOLD_SENTENCES_BACK = 2;

/** The doers of the act the phrase's head names again ("the pledge", "the seizure", "the strikes"), the latest first. */
function doersOfActNamed(words: ClauseWords, phrase: Participant, told: readonly ToldAct[], before: number): NamedActor[] {
  const head = words.tokens[phrase.head]!;
  if (head.pos !== 'NOUN') return [];
  for (let index = told.length - 1; index >= 0; index--) {
    const act = told[index]!;
    if (act.firstToken < before && sameStem(act.word, head.lemma)) return act.sources;
  }
  return [];
}

/** "seize" and "seizure", "invade" and "invasion", "pledge" and "pledge": a shared start of four letters or more, most of the shorter word. */
function sameStem(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= 4 && shared >= 0.6 * Math.min(a.length, b.length);
}

/** "He also pointed out": the last person named before the clause (for he, she), or the last country or organisation (it, they). */
function pronounActor(words: ClauseWords, actors: ClauseActors, phrase: Participant, { clauses, at }: ClausePlace): NamedActor[] {
  const pronoun = words.lower(phrase.firstToken);
  // "Bosnian Serbs said their forces had completed their withdrawal", "Syria offered its troops": the owner's forces act for it
  const owned = phrase.endToken - phrase.firstToken > 1 && OWNER_PRONOUNS.has(pronoun) && isGroupHead(words.tokens[phrase.head]!.lemma);
  if (phrase.endToken - phrase.firstToken !== 1 && !owned) return [];
  const wanted = PERSON_PRONOUNS.has(pronoun) ? ['person'] : GROUP_PRONOUNS.has(pronoun) ? ['country', 'organization', 'other'] : null;
  if (!wanted) return [];
  // the doer of a clause before, in this sentence or the two before: "Nichols overpowered a guard. He shot ...", not the victim last named
  const sentenceOf = words.tokens[phrase.firstToken]!.sentence;
  for (let index = at; index >= 0 && clauses[index]!.sentence >= sentenceOf - 2; index--) {
    const roles = clauses[index]!.roles;
    const doer = roles.passive ? roles.target : roles.doer;
    // "Iran denied that it had attacked": the clause's own subject when it stands before the pronoun
    if (!doer || doer.firstToken >= phrase.firstToken) continue;
    // "Kurdish rebels in northern Iraq said they would": the doer read back to the group it is the place of
    const whole = new ClauseWords(words.tokens, clauses[index]!, []).ofChain(doer);
    const actor = actors.ofPhrase(whole).find((candidate) => wanted.includes(candidate.mention.type));
    if (actor) return [actor];
  }
  // "Kurdish rebels in northern Iraq said they would stop": the subject of the verb the pronoun's clause hangs on
  const saying = words.previousVerb(phrase.firstToken);
  const sayer = saying === -1 ? null : words.subjectOf(saying);
  const subject = sayer && sayer.endToken <= phrase.firstToken ? actors.ofPhrase(sayer).find((candidate) => wanted.includes(candidate.mention.type)) : undefined;
  if (subject) return [subject];
  // "Iran denied that it had attacked": the speaker of the sentence, the last actor named before the pronoun in it
  for (let index = phrase.firstToken - 1; index >= words.sentenceFrom; index--) {
    const named = actors.at(index);
    if (!named) continue;
    // "French farmers said they would": the phrase the name opens, a group of people rather than its country
    const opened = words.phraseAt(named.firstToken);
    const actor = (opened && opened.endToken <= phrase.firstToken ? actors.ofPhrase(opened)[0] : undefined) ?? named;
    if (wanted.includes(actor.mention.type)) return [actor];
  }
  return [];
}

/** Acts that answer another's act, whose "when" clause names it: "protested when", "condemned ... when". */
const REACTIONS = new Set<RelationType>(['accuse', 'protest', 'reject']);
/** Words that open a clause of another event: "when it received", "while the Americans detained", "after the talks failed". */
const CLAUSE_OPENERS = new Set(['when', 'while', 'whereas', 'because', 'since', 'although', 'though', 'unless', 'until', 'where']);

/** The first actor after `from` in the clause that a preposition of place or belonging brings in, before another verb. */
function placeAfter(words: ClauseWords, actors: ClauseActors, from: number, skipWhere: boolean, intoInfinitive: boolean, reaction: boolean): NamedActor[] {
  // "demonstrated in the northern city of Kirkuk": still where it happened, past "the city of"
  let where = false;
  for (let index = from; index < words.to; index++) {
    const token = words.tokens[index]!;
    if (token.pos === 'ADP' && words.lower(index) !== 'of') where = LOCATIVES.has(words.lower(index));
    // "threatened to impose restrictions against German goods": the infinitive right after the act is read on (not the
    // one after someone asked: "urged the international community to condemn ... the United States")
    const infinitive = intoInfinitive && words.lower(index - 1) === 'to' && index - 1 < from + 4;
    if (token.pos === 'VERB' && !infinitive && !/ed$/.test(token.text) && !/ing$/.test(token.text)) return [];
    // "assured that in his opinion Maduro has ...": what follows "that" is said, not done to; "patrolling the waters when it
    // received a call from an Ethiopian-flagged ship": what follows "when" is another event
    // ("the Kremlin protested when the United States confiscated a ship": a reaction's "when" tells what it answers)
    if (reaction && words.lower(index) === 'when') continue;
    if (token.pos === 'SCONJ' || words.lower(index) === 'that' || CLAUSE_OPENERS.has(words.lower(index))) return [];
    // "have agreed to undertake joint exercises this month, a Jordanian official confirmed": a comma ends the act's words
    if (token.text === ',' || token.text === ';') return [];
    // "captured 23 pirates who threatened a vessel in the Gulf of Aden": a relative clause tells of something else
    if (['who', 'which', 'whom', 'whose'].includes(words.lower(index))) return [];
    const actor = actors.at(index);
    // "filed suit along with Greenpeace", "together with France": a partner in the act, not its recipient
    if (actor && words.lower(actor.firstToken - 1) === 'with' && ['along', 'together'].includes(words.lower(actor.firstToken - 2))) return [];
    // "filed a lawsuit in U.S. District Court": a court after "in" is where a case is heard
    if (actor && /\bCourt\b/.test(actor.mention.text) && LOCATIVES.has(words.lower(actor.firstToken - 1))) return [];
    // "protested in Belgrade", "met in Geneva": where it happened, not whom it is done to
    if (actor && skipWhere && (where || LOCATIVES.has(words.lower(actor.firstToken - 1)))) return [];
    if (actor) return [actor];
  }
  return [];
}
