import { MONTH_NAMES, WEEKDAY_NAMES } from '../../shared/calendar/index.ts';
import type { Word } from './types.ts';

/** Personal pronouns a speaker can be given by, with the gender they imply. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', null],
  ['it', null],
  ['we', null],
  ['i', null],
  ['you', null],
]);

/** "X, who said ..." */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words of time that follow a cue and are no speaker: "said Thursday", "said on Monday". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES, 'today', 'yesterday', 'tonight', 'tomorrow',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day', 'days', 'weeks', 'months', 'years',
  ...MONTH_NAMES,
  'earlier', 'later', 'then', 'now', 'recently', 'previously', 'again', 'last', 'ago', 'time',
]);

/** Where and how something was said: "said in a statement", "told reporters at a briefing". */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'speech', 'conference', 'briefing', 'tweet', 'post', 'call', 'letter', 'email', 'message', 'video',
  'rally', 'hearing', 'meeting', 'event', 'appearance', 'address', 'remarks', 'broadcast', 'show', 'program', 'programme',
  'podcast', 'testimony', 'op-ed', 'column', 'release', 'session', 'debate', 'summit', 'visit', 'trip', 'twitter', 'facebook',
  'instagram', 'x', 'telegram', 'television', 'radio', 'tv', 'phone', 'telephone', 'report', 'filing', 'note', 'memo',
]);

/** Prepositions that attach a phrase to a noun inside a speaker: "the director of the institute", "a poll from Gallup". */
export const ATTACHING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to', 'by']);

export const isCapitalized = (word: Word) => /^\p{Lu}/u.test(word.text);
export const isPossessiveMarker = (word: Word) => word.lower === "'s" || word.lower === '’s' || word.lower === "'" || word.lower === '’';
