import type { EntityMention } from '../../model/index.ts';
import { endsWithWords, foldText } from '../../shared/words.ts';
import type { FoundMention } from './find-mentions.ts';
import { countryFitsRegion } from './match-region.ts';
import { loadRoleLexicon } from './role-lexicon.ts';
import { countBefore } from '../../shared/count-before.ts';

interface Actor {
  key: string;
  name: string;
  type: EntityMention['type'];
  country: string | null;
  /** Folded name tokens: "nicolas maduro" → ["nicolas", "maduro"]. */
  nameTokens: string[];
  roles: string[];
  /** Offices the gazetteer knows the person by: "president" for Donald Trump. */
  offices: readonly string[];
  firstStart: number;
  /** Named like a person with no evidence yet ("Eric Kirkpatrick Banky" typed other): a surname said as a person's joins it. */
  personShaped: boolean;
}

/**
 * One key per actor within the article: surname-only mentions and spelling variants join the full name
 * ("Maduro", "Nicolas Maduro" → "Nicolás Maduro"); "the Russian leader" joins the last Russian leader named;
 * gazetteer names keep their gazetteer key. Role references that fit nobody are dropped.
 */
export function linkMentions(found: readonly FoundMention[]): EntityMention[] {
  const actors = new Map<string, Actor>();
  const keyOf = new Map<FoundMention, string>();
  const names = found.filter((mention) => mention.kind === 'name');
  // a name is folded and counted once, however often the sort and the matching ask ("Maduro" comes back often)
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = foldText(text)));
    return result;
  };
  const wordCounts = new Map<string, number>();
  const countWords = (text: string) => {
    let count = wordCounts.get(text);
    if (count === undefined) wordCounts.set(text, (count = text.split(/\s+/).length));
    return count;
  };
  // Full names first, so that a surname before its full name ("Maduro ... Nicolás Maduro") still finds it.
  const byLength = names
    .map((mention) => ({ mention, words: countWords(mention.text) }))
    .sort((a, b) => b.words - a.words || a.mention.start - b.mention.start)
    .map(({ mention }) => mention);
  // the actors by the last word of their name: "Maduro" is asked only of the actors whose name ends in "maduro"
  const actorsByLastWord = new Map<string, Actor[]>();
  for (const mention of byLength) {
    const person = mention.known ? null : matchPerson(mention, fold(mention.text).split(' '), actorsByLastWord);
    // "King, 39, said" is Tishana King's surname when she is named, and nothing when no one is
    if (mention.onlyAsSurname && (!person || actors.get(person)!.type !== 'person')) continue;
    const key = mention.known?.key ?? person ?? `${mention.type}:${fold(mention.text)}`;
    keyOf.set(mention, key);
    let actor = actors.get(key);
    if (!actor) {
      actor = createActor(key, mention, fold);
      const lastWord = actor.nameTokens[actor.nameTokens.length - 1]!;
      const sameLastWord = actorsByLastWord.get(lastWord);
      if (sameLastWord) sameLastWord.push(actor);
      else actorsByLastWord.set(lastWord, [actor]);
    }
    actor.firstStart = Math.min(actor.firstStart, mention.start);
    if (mention.role) actor.roles.push(mention.role);
    actor.country ??= mention.roleCountry;
    if (mention.type === 'person' && actor.type !== 'person' && !mention.known) actor.type = 'person';
    if (!mention.known && countWords(mention.text) > countWords(actor.name)) actor.name = mention.text;
    actors.set(key, actor);
  }

  const linked: EntityMention[] = [];
  const around = createNamesAround(found);
  const fittingActors = new Map<string, ReadonlySet<string>>();
  for (const mention of found) {
    const key =
      mention.kind !== 'role-reference' ? keyOf.get(mention)
      : mention.type === 'country' ? resolveCountryReference(mention, around, keyOf, actors)
      : resolveRoleReference(mention, around, keyOf, actors, fittingActors);
    if (!key) continue;
    const actor = actors.get(key)!;
    // A lone word promoted by a person's surname is that person: "Maduro" after "Nicolás Maduro"
    const type = actor.type === 'person' ? 'person' : mention.type === 'other' && actor.type !== 'other' ? actor.type : mention.known ? actor.type : mention.type;
    linked.push({ start: mention.start, end: mention.end, text: mention.text, type, entityKey: key, name: actor.name, role: mention.role, country: actor.country });
  }
  return linked;
}

/** An actor as its first mention names it; later mentions add roles and may lengthen the name. */
function createActor(key: string, mention: FoundMention, fold: (text: string) => string): Actor {
  return {
    key,
    name: mention.known?.name ?? mention.text,
    type: mention.known?.type === 'person' ? 'person' : mention.type,
    country: mention.known?.country ?? null,
    nameTokens: fold(mention.known?.name ?? mention.text).split(' '),
    roles: [],
    offices: mention.known?.offices ?? [],
    firstStart: mention.start,
    personShaped: !!mention.personShaped,
  };
}

/** The person a partial name belongs to: "Maduro" → "Nicolás Maduro"; "Reyes Matta" → "Fernando Reyes Matta". */
function matchPerson(mention: FoundMention, tokens: readonly string[], actorsByLastWord: ReadonlyMap<string, readonly Actor[]>): string | null {
  if (mention.type !== 'person' && mention.type !== 'other') return null;
  // a name that ends with the mention's words ends with its last word; a second fitting person makes it ambiguous
  let match: string | null = null;
  for (const actor of actorsByLastWord.get(tokens[tokens.length - 1]!) ?? []) {
    if ((actor.type !== 'person' && !actor.personShaped) || actor.nameTokens.length <= tokens.length || !endsWithWords(actor.nameTokens, tokens)) continue;
    if (match !== null) return null;
    match = actor.key;
  }
  return match;
}

/** "the South American nation" → the last country named before it that lies in South America. */
function resolveCountryReference(mention: FoundMention, around: NamesAround, keyOf: ReadonlyMap<FoundMention, string>, actors: ReadonlyMap<string, Actor>): string | null {
  for (const other of around.before(mention)) {
    const actor = actors.get(keyOf.get(other) ?? '');
    if (actor?.type === 'country' && actor.country && countryFitsRegion(actor.country, mention.role!)) return actor.key;
  }
  return null;
}

/** "the Russian leader" → the last person before it with a Russian role; if none, the first after it. */
function resolveRoleReference(
  mention: FoundMention,
  around: NamesAround,
  keyOf: ReadonlyMap<FoundMention, string>,
  actors: ReadonlyMap<string, Actor>,
  fittingActors: Map<string, ReadonlySet<string>>,
): string | null {
  const noun = mention.role!.split(/\s+/).pop()!.toLowerCase();
  // the actors do not change while references are resolved: those a noun and a country fit are listed once
  const reading = mention.roleCountry === null ? noun : `${noun}\u0000${mention.roleCountry}`;
  let fitting = fittingActors.get(reading);
  if (!fitting) fittingActors.set(reading, (fitting = listFittingActors(noun, mention.roleCountry, actors)));
  // "the president" with no country: only when one person of the article holds that role
  if (mention.roleCountry === null && fitting.size !== 1) return null;
  if (!fitting.size) return null;
  for (const side of [around.before(mention), around.after(mention)]) {
    for (const other of side) {
      const key = keyOf.get(other);
      if (key !== undefined && fitting.has(key)) return key;
    }
  }
  return null;
}

/**
 * The keys of the persons a role reference's noun and country fit: "the Russian leader" fits a head of
 * state or government, or anyone of that country when no role is known; "the US president" also fits a
 * known holder of the office named without a title here ("Trump").
 */
function listFittingActors(noun: string, roleCountry: string | null, actors: ReadonlyMap<string, Actor>): ReadonlySet<string> {
  const rolesOf = (actor: Actor) => [...actor.roles, ...actor.offices];
  const isLeader = (actor: Actor) => rolesOf(actor).some((role) => /^head-of-(state|government)$/.test(roleKind(role) ?? '')) || (roleCountry !== null && !actor.roles.length);
  const fits = (actor: Actor) =>
    actor.type === 'person' &&
    (roleCountry === null || actor.country === roleCountry) &&
    (rolesOf(actor).some((role) => role.toLowerCase().includes(noun)) || (noun === 'leader' && isLeader(actor)));
  return new Set([...actors.values()].filter(fits).map((actor) => actor.key));
}

/** The kind of the title a role ends with: "Russian President" → head-of-state. */
function roleKind(role: string): string | null {
  const { titles, maxTitleWords } = loadRoleLexicon();
  const words = role.toLowerCase().split(/\s+/);
  for (let length = Math.min(maxTitleWords, words.length); length > 0; length--) {
    const kind = titles.get(words.slice(-length).join(' '));
    if (kind) return kind;
  }
  return null;
}

/** The names of an article before a mention (nearest first) and after it (in order), as a walk over all of them would list them. */
interface NamesAround {
  before(mention: FoundMention): Iterable<FoundMention>;
  after(mention: FoundMention): Iterable<FoundMention>;
}

/**
 * Names found in text order are walked from the mention outwards, found by a binary search, so that the
 * references of a long article ("the president", "the South American nation") do not each walk every
 * name; in any other order, by a filter over all of them.
 */
function createNamesAround(found: readonly FoundMention[]): NamesAround {
  const inTextOrder = found.every((mention, index) => index === 0 || found[index - 1]!.start <= mention.start);
  const isName = (other: FoundMention) => other.kind === 'name';
  if (!inTextOrder) {
    return {
      before: (mention) => found.filter((other) => isName(other) && other.end <= mention.start).reverse(),
      after: (mention) => found.filter((other) => isName(other) && other.start >= mention.end),
    };
  }
  /** How many mentions start before `position` (or at it, with `orAt`). */
  const countStarting = (position: number, orAt: boolean) =>
    countBefore(found.length, (index) => found[index]!.start < position || (orAt && found[index]!.start === position));
  return {
    *before(mention) {
      // a name that ends before the mention starts at or before its start
      for (let at = countStarting(mention.start, true) - 1; at >= 0; at--) {
        const other = found[at]!;
        if (isName(other) && other.end <= mention.start) yield other;
      }
    },
    *after(mention) {
      for (let at = countStarting(mention.end, false); at < found.length; at++) {
        const other = found[at]!;
        if (isName(other)) yield other;
      }
    },
  };
}
