import type { RelationType } from '../model/index.ts';
import { countriesByCode } from '../shared/countries.ts';
import type { NamedActor } from './clause-actors.ts';
import type { ClauseWords } from './clause-words.ts';
import type { ClauseAct } from './read-acts.ts';
import type { Manner } from './read-manner.ts';

/**
 * An act's type and ends settled by who its actors are and by when it is told: a government's protest is an
 * accusation, people's protests are demonstrations, leaving a body is a sanction; a promise of cooperation
 * is AGREE and coercion announced or made conditional is THREATEN (PLOVER 0.8). Some reads name no relation
 * at all once their actors are known: people going home, one person moving.
 */

/** An act's actors, each side one or more. */
export interface ActEnds {
  sources: NamedActor[];
  targets: NamedActor[];
}

/**
 * Types whose act often has no recipient: "thousands protested in Belgrade", "Russia deployed troops",
 * "the minister resigned". Any other act whose recipient the sentence does not name is left out: "X
 * threatened to impose restrictions" with no one named tells a reader no relation.
 */
const ACTS_WITHOUT_RECIPIENT = new Set<RelationType>(['protest', 'mobilize', 'retreat']);
/** Acts a place can receive: "shelled Kirkuk", "seized the town", "deployed warships to the Caribbean", "blockaded Paris", "lifted the curfew in Darfur", "delivered food to northern Gaza". */
const DONE_TO_PLACES = new Set<RelationType>(['assault', 'coerce', 'mobilize', 'threaten', 'protest', 'concede', 'aid']);
/** The last word of a body's or a treaty's name that the gazetteer may not know: "the Economic Community", "the Paris Agreement". */
const BODY_NAME = /\b(?:Community|Union|Organi[sz]ation|Council|Alliance|Court|Treaty|Agreement|Accord|Pact|Commission|Forum|Bloc|Assembly|Convention)\b/;

/** Material conflict that, announced or made conditional ("will impose", "would blockade", "unless ..."), is a threat. */
const THREATENED_IN_FUTURE = new Set<RelationType>(['coerce', 'assault', 'sanction', 'protest']);
/** Acts that, made conditional on what another does ("will withdraw its force from Chad unless ...", "will boycott the elections unless ..."), are a threat. */
const THREATENED_UNLESS = new Set<RelationType>([...THREATENED_IN_FUTURE, 'retreat', 'mobilize', 'reject']);
/** The THREATEN mode (PLOVER 0.8, table THREATEN modes) of the act threatened. */
const THREAT_MODES = new Map<string, string>([
  ['coerce/restrict', 'restrict'], ['coerce/curfew', 'restrict'], ['coerce/martial-law', 'restrict'], ['coerce/ban', 'ban'], ['coerce/arrest', 'arrest'],
  ['coerce/seize', 'territory'], ['sanction/expel', 'expel'], ['sanction/discontinue', 'relations'], ['sanction/withdraw', 'relations'], ['assault', 'violence'], ['protest', 'restrict'],
]);
/** Material cooperation that, told in the future, is a promise: AGREE. */
const PROMISED_IN_FUTURE = new Set<RelationType>(['aid', 'cooperate', 'retreat', 'concede', 'support']);

/**
 * The act's type by who does it and to whom, and its ends kept as a reader takes them (`ends` and `act` are
 * changed in place); false when, with these actors, the act names no relation. `lemma` is the act's first word's.
 */
export function settleByActors(act: ClauseAct, ends: ActEnds, lemma: string): boolean {
  // "Putin assured that Russia will ...": an actor and the country it acts for are one side, no recipient
  // (not a movement and the government it opposes: "the Kurdistan Workers' Party demanded that the Turkish government")
  ends.targets = ends.targets.filter((target) => !(target.mention.type === 'country' && ends.sources.some((source) => source.mention.type !== 'organization' && !source.nonState && source.mention.country === target.mention.country)));
  // "Burkina Faso withdrew from the Economic Community of West African States": leaving a body, not ground, is
  // SANCTION/withdraw (PLOVER 0.8, § RETREAT and § SANCTION)
  if (act.type === 'retreat' && act.mode === 'withdraw' && ends.targets.length && ends.targets.every((target) => target.mention.type === 'organization' || (target.mention.type === 'other' && BODY_NAME.test(target.mention.text)))) act.type = 'sanction';
  // "seeking help at a facility in California": a place receives only acts done to ground (strikes, seizures, deployments,
  // blockades), unless it names the people it is said of ("accused Darfur rebels")
  ends.targets = ends.targets.filter((target) => !isPlace(target) || target.modifier || DONE_TO_PLACES.has(act.type) || (act.type === 'retreat' && act.mode === 'withdraw'));
  if (act.type === 'accuse' && lemma === 'protest' && ends.sources.every((source) => source.nonState)) {
    // "Georgian students staged protests against the government": people protesting demonstrate, PROTEST/demo
    act.type = 'protest';
    act.mode = 'demo';
  }
  if (!ends.targets.length && !ACTS_WITHOUT_RECIPIENT.has(act.type)) return false;
  // "she returned in a car": a return, release or opening with nothing returned and no one to receive it is no retreat
  if (!ends.targets.length && act.type === 'retreat' && !act.object && !act.target && ['return', 'release', 'access'].includes(act.mode ?? '')) return false;
  // "Ukrainian refugees said they would return home", "workers from Nepal arrived in Qatar": people going home or
  // abroad on their own make no retreat and no visit
  const people = ends.sources.every((source) => source.nonState);
  if (people && ((act.type === 'retreat' && !ends.targets.length) || (act.type === 'consult' && act.mode === 'visit'))) return false;
  // "she and her children moved to Albany", "he struck out on his own": one person moving is no mobilization, one person
  // striking no labour strike
  const persons = ends.sources.every((source) => source.mention.type === 'person');
  if (persons && ((act.type === 'mobilize' && !act.object && !act.mode) || (act.type === 'protest' && act.mode === 'strike'))) return false;
  if (act.type === 'protest' && ends.sources.every((source) => source.mention.type === 'country' && !source.modifier && !source.groupOf && !isDemonym(source.mention.text, source.mention.entityKey))) {
    // "the Kremlin protested": a government protests diplomatically, ACCUSE/disapprove; people demonstrate
    act.type = 'accuse';
    act.mode = 'disapprove';
    if (!ends.targets.length) return false;
  }
  return true;
}

/**
 * The act's type by when it is told (`act` changed in place), and how it is reported then: "Finland will give
 * Tanzania a grant" is a promise, AGREE; "will extend the curfew", "would blockade Paris", "will withdraw
 * unless ..." a threat, THREATEN — both told as the fact that the promise or threat was made.
 */
export function settleByTime(act: ClauseAct, ends: ActEnds, words: ClauseWords, manner: Manner): Manner {
  const announced = manner.reported === 'planned' || (manner.reported === 'hypothetical' && manner.auxiliary.includes('future'));
  const conditional = conditionalOn(words, act.endToken) !== -1;
  const made: Manner = { ...manner, reported: manner.speaker || manner.speakerId ? 'asserted' : 'fact' };
  // not "will resign", which is no promise to anyone
  if (announced && PROMISED_IN_FUTURE.has(act.type) && ends.targets.length && !conditional) {
    // (PLOVER 0.8, § AGREE)
    act.type = 'agree';
    act.mode = null;
    return made;
  }
  const threatened = ((announced || manner.reported === 'hypothetical') && THREATENED_IN_FUTURE.has(act.type)) || (conditional && THREATENED_UNLESS.has(act.type));
  if (threatened && (act.kind !== 'noun' || act.verb !== act.firstToken)) {
    act.mode = THREAT_MODES.get(`${act.type}/${act.mode}`) ?? THREAT_MODES.get(act.type) ?? null;
    act.type = 'threaten';
    return made;
  }
  return manner;
}

/** "unless the president agrees": where a condition on another's act opens after the act in its sentence, or -1. */
export function conditionalOn(words: ClauseWords, from: number): number {
  for (let index = from; index < words.tokens.length && words.tokens[index]!.sentence === words.tokens[from - 1]!.sentence; index++) {
    if (words.lower(index) === 'unless') return index;
  }
  return -1;
}

/** "Serbians", "Venezuelan": a people named by their country's demonym, not its government. */
export function isDemonym(text: string, key: string): boolean {
  const country = countriesByCode().get(key.replace(/^country:/, ''));
  const demonyms = [country?.demonyms?.eng?.m, country?.demonyms?.eng?.f].filter((demonym): demonym is string => Boolean(demonym)).map((demonym) => demonym.toLowerCase());
  const said = text.toLowerCase();
  return demonyms.some((demonym) => said === demonym || said === `${demonym}s`);
}

/** A place that is no country: "Kirkuk", "the Gaza Strip" (a country's capital stands for its country). */
export function isPlace(actor: NamedActor): boolean {
  return actor.mention.type === 'place' && !actor.mention.entityKey.startsWith('country:');
}
