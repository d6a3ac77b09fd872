import { POSSESSIVE_PRONOUNS, type ClauseWords } from './clause-words.ts';

/** Verbs after which an -ing verb goes on as an act: "began shelling", "kept attacking", "resumed talking". */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'finish', 'quit', 'cease', 'go']);
/** Prepositions after which a gerund is a topic: "the decision of sending troops", "calls for boycotting", "talk about invading". */
const TOPIC_PREPOSITIONS = new Set(['of', 'for', 'about', 'over', 'regarding', 'concerning']);

/** "When asked", "if elected", "once approved": words that open a clause with no subject of its own. */
const SUBORDINATORS = new Set(['when', 'if', 'while', 'after', 'before', 'once', 'unless', 'as', 'until', 'though', 'although']);

/** ", given his repeated criticisms", "When asked about", "the occupied West Bank": a participle with no verb group that opens a phrase or describes a noun names no act. */
export function isLooseParticiple(words: ClauseWords, verb: number): boolean {
  // "Talking to People magazine, Jack Ketsoyan confirmed": an -ing form that opens the clause; "Russian and Chinese
  // backing exists": one after a determiner, an adjective or a name is a noun
  if (/ing$/i.test(words.tokens[verb]!.text) && words.groupStart(verb) === verb) {
    if (verb === words.from) return true;
    if (['DET', 'ADJ', 'PROPN'].includes(words.tokens[verb - 1]!.pos) || POSSESSIVE_PRONOUNS.has(words.lower(verb - 1))) return true;
  }
  // "to protest the decision of sending troops", "a proposal for signing a trade agreement": a gerund after a preposition
  // of topic names what is talked of, not an act done
  if (/ing$/i.test(words.tokens[verb]!.text) && TOPIC_PREPOSITIONS.has(words.lower(verb - 1))) return true;
  // "said attacking Somali ports would not work", "considered sending troops": a gerund a verb takes is what is talked of
  // (not "began shelling", "continued attacking", which go on)
  const governor = words.tokens[verb - 1];
  if (/ing$/i.test(words.tokens[verb]!.text) && governor?.pos === 'VERB' && /^\p{Ll}/u.test(governor.text) && !ASPECT_VERBS.has(governor.lemma)) return true;
  if (!/(?:ed|en|wn)$/i.test(words.tokens[verb]!.text) || words.groupStart(verb) < verb) return false;
  const before = words.tokens[verb - 1];
  // "reject proposed Israeli changes", "condemned planned strikes": a participle right after a verb describes its object
  if (before?.pos === 'VERB' && /^\p{Ll}/u.test(before.text) && ['NOUN', 'PROPN', 'ADJ'].includes(words.tokens[verb + 1]?.pos ?? '')) return true;
  // "the occupied West Bank", "the besieged town": a participle before a noun describes it
  return !before || before.text === ',' || before.pos === 'SCONJ' || before.pos === 'DET' || before.pos === 'ADJ' || SUBORDINATORS.has(words.lower(verb - 1)) || verb === words.from;
}
