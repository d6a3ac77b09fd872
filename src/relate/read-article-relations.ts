import type { Article, LinkedEntities, Participant, RelationType } from '../model/index.ts';
import { ClauseActors, type NamedActor } from './clause-actors.ts';
import { ClauseWords } from './clause-words.ts';
import type { PloverLexicon } from './plover-lexicon.ts';
import { readActs, type ClauseAct } from './read-acts.ts';
import { readManner, type Manner } from './read-manner.ts';

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
/** Material cooperation that, told in the future, is a promise: AGREE. */
const PROMISED_IN_FUTURE = new Set<RelationType>(['aid', 'cooperate', 'retreat', 'concede']);
/** Acts two actors do together: "Jordan and Britain have agreed", "Maduro and Putin spoke". */
const JOINT_TYPES = new Set<RelationType>(['agree', 'consult', 'cooperate', 'support', 'reject']);

/** Pronouns that stand for the last actor named before them: "He also pointed out", "It seized". */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'them']);

/** The relations each clause of an English article names, with their actors resolved to entities. */
export function readArticleRelations(article: Article, entities: LinkedEntities, lexicon: PloverLexicon): ReadRelation[] {
  if (!article.clauses.length) return [];
  const actors = new ClauseActors(article, entities);
  const relations: ReadRelation[] = [];
  for (const clause of article.clauses) {
    const words = new ClauseWords(article.tokens, clause, clause.dates.map((index) => article.dates[index]!));
    for (const act of readActs(words, lexicon)) {
      const ends = resolveEnds(words, actors, act);
      if (!ends) continue;
      if (!ends.targets.length && lexicon.requiresRecipient.has(act.type)) continue;
      let manner = readManner(article, words, act, lexicon, entities);
      if (manner.reported === 'planned' && PROMISED_IN_FUTURE.has(act.type)) {
        // "Finland will give Tanzania a grant": a cooperative act told in the future is a commitment, AGREE (PLOVER 0.8, § AGREE)
        act.type = 'agree';
        act.mode = null;
        manner = { ...manner, reported: manner.speaker || manner.speakerId ? 'asserted' : 'fact' };
      }
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
function resolveEnds(words: ClauseWords, actors: ClauseActors, act: ClauseAct): { sources: NamedActor[]; targets: NamedActor[] } | null {
  const widen = (phrase: Participant | null) => actors.widen(phrase, words.from, words.to);
  if (act.between) {
    const both = actors.ofPhrase(widen(act.source));
    return both.length >= 2 ? { sources: [both[0]!], targets: both.slice(1) } : null;
  }
  let sources = actors.ofPhrase(widen(act.source));
  if (!sources.length && act.source) sources = pronounActor(words, actors, act.source);
  if (!sources.length) return null;
  let targets = actors.ofPhrase(widen(act.target));
  if (!targets.length && act.object) targets = actors.ofPhrase(act.object);
  const direct = act.object ?? act.target;
  if (!targets.length && direct && !SENSES_NEED_ACTOR.has(act.type) && !words.isPassive(act.verb)) targets = placeAfter(words, actors, direct.endToken);
  // "called the operation a criminal act", "released a statement": an act on something that is no actor is another sense of the verb
  if (!targets.length && direct && SENSES_NEED_ACTOR.has(act.type) && act.kind === 'verb' && words.tokens[direct.head]!.pos === 'NOUN') return null;
  if (!targets.length && sources.length >= 2 && JOINT_TYPES.has(act.type)) return { sources: [sources[0]!], targets: sources.slice(1) };
  return { sources, targets };
}

/** "He also pointed out": the last person named before the clause (for he, she), or the last country or organisation (it, they). */
function pronounActor(words: ClauseWords, actors: ClauseActors, phrase: Participant): NamedActor[] {
  if (phrase.endToken - phrase.firstToken !== 1) return [];
  const pronoun = words.lower(phrase.firstToken);
  const wanted = PERSON_PRONOUNS.has(pronoun) ? ['person'] : GROUP_PRONOUNS.has(pronoun) ? ['country', 'organization'] : null;
  if (!wanted) return [];
  const sentenceOf = words.tokens[phrase.firstToken]!.sentence;
  for (let index = phrase.firstToken - 1; index >= 0 && words.tokens[index]!.sentence >= sentenceOf - 2; index--) {
    const actor = actors.at(index);
    if (actor && wanted.includes(actor.mention.type)) return [actor];
  }
  return [];
}

/** The first actor after `from` in the clause that a preposition of place or belonging brings in, before another verb. */
function placeAfter(words: ClauseWords, actors: ClauseActors, from: number): NamedActor[] {
  for (let index = from; index < words.to; index++) {
    const token = words.tokens[index]!;
    if (token.pos === 'VERB' && !/ed$/.test(token.text) && !/ing$/.test(token.text)) return [];
    const actor = actors.at(index);
    if (actor) return [actor];
  }
  return [];
}
