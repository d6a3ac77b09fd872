import type { Article, Entity, EntityMention, LinkedEntities, Participant } from '../model/index.ts';
import { entityId } from '../shared/entity-id.ts';
import { PEOPLE_OF_PLACE } from './clause-words.ts';
import { isGroupHead, isNonStateHead } from './group-heads.ts';

/** An actor named in a clause: the entity it links to, and where the article names it. */
export interface NamedActor {
  entityId: string;
  mention: EntityMention;
  /** The mention's first and end token. */
  firstToken: number;
  endToken: number;
  /** Named by a modifier of a phrase whose head is no actor: "Darfur" in "Darfur rebels", "US" in "US forces". */
  modifier?: boolean;
  /** Named as the place or people a group belongs to: "Darfur rebels", "inhabitants of the Golan Heights" (such a place acts). */
  groupOf?: boolean;
  /** A group of people that is not its country's state: "French farmers", "Ivory Coast rebels", "Palestinian youths". */
  nonState?: boolean;
}

/** The groups of people the relations name, by entity id, made as the articles are read (see `ClauseActors`). */
export type GroupActors = Map<string, Entity>;

/** Mention types that can act: "Putin", "the Kremlin", "NATO", "Venezuelan" (a country by its demonym), and names not typed further ("Hezbollah"). */
const ACTING_TYPES = new Set(['person', 'organization', 'country', 'other', 'place']);
/** Types a modifier before a head that is no actor may name the actor by: "Venezuelan crude", "Kremlin officials", "Putin's envoy". */
const MODIFIER_TYPES = new Set(['person', 'organization', 'country', 'place']);
/** "European Community foreign ministers", "NATO troops": a name of several words or an acronym, untyped, can be a body; "Oreshnik missiles" not. */
function isBodyName(text: string): boolean {
  return /\s/.test(text.trim()) || /^[A-Z]{2,}$/.test(text);
}


/** Where the words of a group's name start before its head: "university students", not "Tens of thousands of". */
function nounStart(tokens: Article['tokens'], first: number, head: number): number {
  let start = head;
  while (start - 1 >= first && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[start - 1]!.pos)) start--;
  return start;
}

/** Words that join actors of one phrase: "Russia and China", "Russia, China and Iran", "Russia or China". */
const JOINERS = new Set(['and', 'or', ',', '&']);

/** The actors of one article, found by token: which mention covers a token. */
export class ClauseActors {
  private readonly byToken = new Map<number, NamedActor>();

  constructor(private readonly article: Article, entities: LinkedEntities, private readonly groups: GroupActors = new Map()) {
    let token = 0;
    const { tokens } = article;
    for (const mention of [...article.mentions].sort((a, b) => a.start - b.start)) {
      if (!ACTING_TYPES.has(mention.type) && !mention.entityKey.startsWith('country:')) continue; // "Moscow" as a place of Russia
      const entityId = entities.idOf(article.id, mention.entityKey);
      if (!entityId) continue;
      while (token < tokens.length && tokens[token]!.end <= mention.start) token++;
      let end = token;
      while (end < tokens.length && tokens[end]!.start < mention.end) end++;
      if (end === token) continue;
      const actor: NamedActor = { entityId, mention, firstToken: token, endToken: end };
      for (let index = token; index < end; index++) this.byToken.set(index, actor);
    }
  }

  at(token: number): NamedActor | undefined {
    return this.byToken.get(token);
  }

  /**
   * The actors a noun phrase names, one per conjunct: "Russia and China" → both; "Venezuela's ambassador
   * to Russia" → Venezuela (the possessor, as the head names no actor); "the government of Venezuela" →
   * Venezuela (after "of"); "US forces" → United States (the modifier).
   */
  ofPhrase(phrase: Participant | null): NamedActor[] {
    if (!phrase) return [];
    const { tokens } = this.article;
    const actors: NamedActor[] = [];
    let start = phrase.firstToken;
    for (let index = phrase.firstToken; index <= phrase.endToken; index++) {
      const joiner = index < phrase.endToken && JOINERS.has(tokens[index]!.text.toLowerCase()) && !this.at(index);
      if (index < phrase.endToken && !joiner) continue;
      const actor = this.ofConjunct(start, index, index === phrase.endToken ? phrase.head : -1);
      if (actor && !actors.some((known) => known.entityId === actor.entityId)) actors.push(actor);
      start = index + 1;
    }
    return actors;
  }

  /** The actor of one conjunct `tokens[first..end)`: the one at its head, else the last before the head, else the first after "of". */
  private ofConjunct(first: number, end: number, head: number): NamedActor | undefined {
    const { tokens } = this.article;
    let headAt = head >= first && head < end ? head : -1;
    if (headAt === -1) {
      for (let index = first; index < end; index++) {
        if (tokens[index]!.text.toLowerCase() === 'of') break;
        if (['NOUN', 'PROPN', 'PRON'].includes(tokens[index]!.pos)) headAt = index;
      }
    }
    if (headAt === -1) {
      // "Senior Hungarian and Romanian officials": a conjunct of adjectives names its actor anywhere
      for (let index = end - 1; index >= first; index--) if (this.at(index)) return this.at(index);
      return undefined;
    }
    const atHead = this.at(headAt);
    if (atHead) return atHead;
    // "Venezuela's ambassador", "US forces", not "Oreshnik missiles": a modifier names who acts when it is a country, a body or a person
    for (let index = headAt - 1; index >= first; index--) {
      const actor = this.at(index);
      const body = isBodyName(actor?.mention.text ?? '') || isGroupHead(tokens[headAt]!.lemma);
      if (!actor || !(MODIFIER_TYPES.has(actor.mention.type) || actor.mention.entityKey.startsWith('country:') || body)) continue;
      if (actor.mention.entityKey.startsWith('country:') && isNonStateHead(tokens[headAt]!.lemma)) return this.groupActor(actor, actor.firstToken, headAt + 1);
      return { ...actor, modifier: true, groupOf: isGroupHead(tokens[headAt]!.lemma) };
    }
    // "students throughout Indonesia", "rebels in the Ivory Coast": a group of people and where they are
    if (isGroupHead(tokens[headAt]!.lemma) && PEOPLE_OF_PLACE.has(tokens[headAt + 1]?.text.toLowerCase() ?? '') && headAt + 1 < end) {
      // "in northern Iraq", "in the Ivory Coast"
      let at = headAt + 2;
      while (at < end - 1 && at < headAt + 4 && !this.at(at) && ['DET', 'ADJ'].includes(tokens[at]!.pos)) at++;
      const place = this.at(at);
      if (place?.mention.entityKey.startsWith('country:') && isNonStateHead(tokens[headAt]!.lemma)) return this.groupActor(place, nounStart(tokens, first, headAt), place.endToken);
      if (place) return { ...place, groupOf: true };
    }
    // "the government of Venezuela", "the people of Iran"
    for (let index = headAt + 1; index < end; index++) {
      if (tokens[index]!.text.toLowerCase() !== 'of') continue;
      for (let after = index + 1; after < end; after++) {
        const actor = this.at(after);
        if (actor) return isGroupHead(tokens[headAt]!.lemma) ? { ...actor, groupOf: true } : actor;
      }
    }
    return undefined;
  }

  /** "French farmers", "Ivory Coast rebels": the group a country's name and a head of people name, one entity across the articles. */
  private groupActor(country: NamedActor, first: number, end: number): NamedActor {
    const { text, tokens } = this.article;
    const name = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    const code = country.mention.entityKey.slice('country:'.length);
    const key = `group:${code}:${name.toLowerCase().replace(/\s+/g, ' ')}`;
    const id = entityId(key);
    const known = this.groups.get(id);
    if (!known) this.groups.set(id, { id, name, type: 'other', aliases: [], articles: [this.article.id], country: code });
    else if (!known.articles.includes(this.article.id)) known.articles.push(this.article.id);
    const mention: EntityMention = { ...country.mention, start: tokens[first]!.start, end: tokens[end - 1]!.end, text: name, name, type: 'other', entityKey: key, role: null, country: code };
    return { entityId: id, mention, firstToken: first, endToken: end, modifier: true, groupOf: true, nonState: true };
  }

  /**
   * The phrase and the phrases joined to it by "and" or a comma: "Russia and China condemned" reads as
   * "China" before the verb; this widens it back to "Russia and China".
   */
  widen(phrase: Participant | null, from: number, to: number): Participant | null {
    if (!phrase) return null;
    const { tokens } = this.article;
    let first = phrase.firstToken;
    // only a phrase that names an actor is widened: not "joint military exercises" to "Venezuela and joint military exercises"
    let named = false;
    for (let index = phrase.firstToken; index < phrase.endToken; index++) if (this.at(index)) named = true;
    // "Laurent Fabius and a group of deputies held talks": a group of people is widened back to the name before it
    if (!named && !isGroupHead(tokens[phrase.head]!.lemma)) return phrase;
    while (first - 2 >= from && JOINERS.has(tokens[first - 1]!.text.toLowerCase()) && this.at(first - 2)) {
      first = this.at(first - 2)!.firstToken;
      while (first - 1 >= from && ['DET', 'ADJ', 'PROPN'].includes(tokens[first - 1]!.pos) && !JOINERS.has(tokens[first - 1]!.text.toLowerCase())) first--;
    }
    let end = phrase.endToken;
    // "the United States and Israel, a Saudi-owned weekly reports": a list ends with its "and"
    let closed = false;
    while (end + 1 < to && JOINERS.has(tokens[end]!.text.toLowerCase()) && !closed) {
      closed = ['and', 'or'].includes(tokens[end]!.text.toLowerCase()) || ['and', 'or'].includes(tokens[end + 1]!.text.toLowerCase());
      const comma = tokens[end]!.text === ',';
      let next = end + 1;
      if (tokens[next]!.text.toLowerCase() === 'and') next++; // "Russia, China, and Iran"
      while (next < to && tokens[next]!.pos === 'DET') next++;
      const actor = this.at(next);
      // "..., and Russia condemned": after a comma, an actor with its own verb opens the next clause
      if (!actor || (comma && ['VERB', 'AUX'].includes(tokens[actor.endToken]?.pos ?? ''))) break;
      end = actor.endToken;
    }
    return first === phrase.firstToken && end === phrase.endToken ? phrase : { firstToken: first, endToken: end, head: phrase.head };
  }
}
