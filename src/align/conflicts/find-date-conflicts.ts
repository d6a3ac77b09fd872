import { createHash } from 'node:crypto';
import type { Conflict, ConflictValue } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, factOfMembers, joinPairs, openingWords, pairKey, sameActPairs, sameAges, samePeople, withPairs, type AlignedClauses } from './conflict-parts.ts';
import { compatibleValues, isCalendarValue, weekdayOf } from '../timeline/date-values.ts';
import { parseCalendarDay, toDayNumber } from '../../shared/calendar/index.ts';
import { foldText } from '../../shared/words.ts';

/** "2007-04-05": a day, as against a month or a year. */
const DAY_LENGTH = 10;
/**
 * Least similarity of two clauses whose days are set against each other: a story tells of many days,
 * and two clauses that share an event and a name ("LaCalamita was fired … April 5" and "LaCalamita …
 * had been arrested … April 2") date two things; a month or a year is set against another on a link.
 */
const DAY_SIMILARITY = 0.35;

/**
 * Aligned clauses that put the same event on different dates ("approved a massive deployment … last
 * August" against "Since September, Trump has deployed"; "on Tuesday" in an article of Wednesday
 * against "Monday"). The pairs the aligner linked in one statement group are set against each other
 * (a link across groups dates too many other things), and each clause must carry one calendar date only, so
 * that the date is the statement's, given as precisely as the other's (a day against a day, a year
 * against a year: "July 13, 2009" against "2000" dates two things); the two must name the same kind of event: a clause linked
 * for its actors ("Cheeks was fired March 2" beside "the Trail Blazers hired him on June 27, 2001")
 * does not date the other's event, nor does a clause whose people are all others ("Jackman host the
 * show … 2005" beside "Stewart … hosted the 2007 Oscars"). Times of day count as their day ("Updated
 * 4:08 p.m."), and a difference of precision ("in 2025" and "in May 2025") is not a conflict.
 */
export function findDateConflicts(aligned: AlignedClauses, pairs: ReadonlyArray<readonly [number, number]>, persons: ReadonlySet<string>): Conflict[] {
  const { features, scoreOf, texts, groupOf } = aligned;
  // each clause's date, read when a pair first asks for it
  const dates = new Map<number, string | null>();
  const dateOf = (index: number) => {
    let date = dates.get(index);
    if (date === undefined) dates.set(index, (date = soleCalendarDate(features[index]!, texts.get(features[index]!.clause.articleId)!)));
    return date;
  };
  // one deed ("had sunk Thai trawler … on November 18") the aligner did not link is compared too
  // (days only: "hosting the Oscars this year" and "hosted the Oscars in 2007" are a yearly deed done twice)
  const oneDeed = new Set(sameActPairs(features, (index) => dateOf(index)?.length === DAY_LENGTH).map(([a, b]) => pairKey(a, b)));
  const disagreeing = withPairs(pairs, [...oneDeed].map((key) => key.split(' ').map(Number) as [number, number])).filter(([a, b]) => {
    const [dateA, dateB] = [dateOf(a), dateOf(b)];
    if (!dateA || !dateB || dateA.length !== dateB.length || sameTime(dateA, dateB)) return false;
    if (groupOf[a] !== groupOf[b] && !oneDeed.has(pairKey(a, b))) return false;
    if (oneWordingReadTwice(features[a]!, features[b]!, texts) || !sameThingDated(features[a]!, features[b]!, texts) || !sameInstance(features[a]!, features[b]!)) return false;
    const score = scoreOf(a, b);
    const oneStatement = oneDeed.has(pairKey(a, b)) || score.roles.sameStatement;
    if (dateA.length === DAY_LENGTH && ((score.similarity < DAY_SIMILARITY && !oneStatement) || sameWeekdayWeeksApart(features[a]!, features[b]!, dateA, dateB))) return false;
    return (score.sharedEvents >= 1 || score.roles.sameAct || oneDeed.has(pairKey(a, b))) && samePeople(features[a]!, features[b]!, persons) && sameAges(features[a]!, features[b]!, texts);
  });
  return joinPairs(disagreeing, (index) => dateOf(index)!).map((members) => {
    const values = new Map<string, ConflictValue>();
    for (const index of members) addToValue(values, dateOf(index)!, features[index]!, texts);
    const distinct = [...values.values()];
    return {
      id: `c${createHash('sha1').update(`date ${distinct.flatMap((value) => value.evidence.map((item) => `${item.articleId}:${item.start}`)).join(' ')}`).digest('hex').slice(0, 10)}`,
      kind: 'date' as const,
      about: `when: ${openingWords(distinct[0]!.evidence[0]!.text)}`,
      factId: factOfMembers(aligned, members),
      values: distinct,
    };
  });
}

/**
 * The one calendar date a clause gives (a time of day counts as its day), or the one that opens it followed
 * by a comma, or null when it gives none or several. In an article without a date of its own, a month and day with no year ("On November 19")
 * counts as "XXXX-11-19": set against another month and day, the year does not matter; so does a month alone ("in December", "XXXX-12").
 */
function soleCalendarDate(feature: ClauseFeatures, text: string): string | null {
  const values = new Set(openingOrAll(eventDates(feature, text), feature, text).map((date) => date.value.slice(0, 10)));
  if (values.size === 1) {
    const [value] = values;
    return isCalendarValue(value!) ? value! : null;
  }
  if (values.size) return null;
  const unresolved = eventDates({ ...feature, dates: feature.unresolvedDays }, text).filter((date) => /^XXXX-(?:\d{2}-\d{2}|WXX-[1-7])$/.test(date.value));
  const days = new Set(openingOrAll(unresolved, feature, text).map((date) => date.value.slice(0, 10)));
  if (days.size) return days.size === 1 ? [...days][0]! : null;
  // "launched a new fashion line … in December" / "in September": a month without its year
  const months = new Set(openingOrAll(eventDates({ ...feature, dates: feature.unresolvedMonths }, text), feature, text).map((date) => date.value));
  return months.size === 1 ? [...months][0]! : null;
}

/**
 * "On November 19, INS Tabar sunk a fishing trawler … since its deployment on November 2": a date that
 * opens the clause, set off by a comma, dates its deed whatever other dates follow; otherwise every date.
 */
function openingOrAll(dates: ClauseFeatures['dates'], feature: ClauseFeatures, text: string): ClauseFeatures['dates'] {
  const opening = dates.find((date) => /^\W*(?:\p{L}+\W+)?$/u.test(text.slice(feature.clause.start, date.start)) && /^\W*,/.test(text.slice(date.end, date.end + 2)));
  return opening ? [opening] : dates;
}

/**
 * Two dates that can be the same day: "2025" and "2025-05"; "XXXX-11-19" and "2008-11-19" (the month and
 * day alone compared); "Friday" (XXXX-WXX-5) and a Friday, or any day whose weekday is not known.
 */
function sameTime(a: string, b: string): boolean {
  const weekday = (value: string) => (/^XXXX-WXX-[1-7]$/.test(value) ? Number(value.at(-1)) : weekdayOf(value));
  if (a.includes('WXX') || b.includes('WXX')) {
    const [dayA, dayB] = [weekday(a), weekday(b)];
    return dayA === null || dayB === null || dayA === dayB;
  }
  if (a.startsWith('XXXX') || b.startsWith('XXXX')) return a.length === b.length && a.slice(4) === b.slice(4);
  return compatibleValues(a, b);
}

/** A bare weekday: "Friday", "on Friday", "Friday night". */
const WEEKDAY = /^(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * "Friday" in two articles a week apart, read as two Fridays: one weekday read against two publication
 * dates says nothing about which Friday each outlet meant, so days a whole number of weeks apart that
 * both come from a bare weekday are not set against each other.
 */
function sameWeekdayWeeksApart(a: ClauseFeatures, b: ClauseFeatures, dateA: string, dateB: string): boolean {
  const [dayA, dayB] = [parseCalendarDay(dateA), parseCalendarDay(dateB)];
  if (!dayA || !dayB || (toDayNumber(dayA) - toDayNumber(dayB)) % 7 !== 0) return false;
  return [a, b].every((feature) => feature.dates.some((date) => WEEKDAY.test(date.text)));
}

/** "a prosecutor said Friday", "his attorney said on Thursday": the day a statement was made, not the day of its event. */
const SAID_BEFORE = /\b(?:said|says|told (?:\p{L}+ )?\p{L}+|announced|confirmed|reported|added)\s+(?:on\s+)?$/iu;
/** Verbs of saying whose object and hearer may stand between them and the day they were said on. */
const SAYING = /^(?:said|says|told|announced|confirmed|reported|added|stated|disclosed|revealed)$/i;

/**
 * The clause's dates less those that date the saying ("the actress checked into … , a prosecutor said
 * Friday"; "…, the star's rep confirmed to People and Us Weekly on Friday": a verb of saying, then only
 * its hearers, then the day) and those that name a thing ("Sunday's game").
 */
function eventDates(feature: ClauseFeatures, text: string): ClauseFeatures['dates'] {
  const { words } = feature.clause;
  const datesTheSaying = (date: ClauseFeatures['dates'][number]) => {
    if (SAID_BEFORE.test(text.slice(Math.max(0, date.start - 30), date.start))) return true;
    // "for Sunday's playoff game", "for the March 11, 2005, incident": the date names a thing, not the clause's act
    if (/^[’']s\b/.test(text.slice(date.end, date.end + 3)) || (/\bthe\s+$/i.test(text.slice(Math.max(0, date.start - 5), date.start)) && /^,?\s+\p{Ll}/u.test(text.slice(date.end, date.end + 4)) && !/^,?\s+(?:and|or|when|as|after|before|at|in|on)\b/.test(text.slice(date.end, date.end + 9)))) return true;
    const before = words.filter((word) => word.end <= date.start);
    let saying = before.length - 1;
    while (saying >= 0 && !SAYING.test(before[saying]!.text)) saying--;
    return saying >= 0 && before.length - saying <= 8 && before.slice(saying + 1).every((word) => !isVerbWord(word) && word.text !== ',' && word.pos !== 'SCONJ');
  };
  return feature.dates.filter((date) => !datesTheSaying(date));
}

/** A verb, not a name the tagger took for one ("confirmed to People"). */
function isVerbWord(word: { text: string; pos: string }): boolean {
  return (word.pos === 'VERB' || word.pos === 'AUX') && !/^\p{Lu}/u.test(word.text);
}

/**
 * One wording read against two publication dates: "dropped Thompson again in the sixth … on Saturday"
 * word for word in two outlets, the weekday resolved against each one's date. What they say is the same.
 */
function oneWordingReadTwice(a: ClauseFeatures, b: ClauseFeatures, texts: ReadonlyMap<string, string>): boolean {
  const wording = ({ clause }: ClauseFeatures) => foldText(texts.get(clause.articleId)!.slice(clause.start, clause.end)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const said = (feature: ClauseFeatures) => [...feature.dates, ...feature.unresolvedDays].map((date) => foldText(date.text)).join(' ');
  return wording(a) === wording(b) || (said(a) !== '' && said(a) === said(b) && !/\d/.test(said(a)));
}

/** "for a second time", "first hosted", "the 79th Academy Awards", "again", "previously": which time of a deed done more than once. */
const INSTANCE_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|again|previously|\d+(?:st|nd|rd|th))$/i;

/**
 * Whether two clauses may tell the same time of a deed: "DeGeneres … first hosted the Oscars in 2007"
 * and "will host the Oscars for a second time next year", or "hosted the 79th Academy Awards in 2007" and
 * "the 2013 Academy Awards", are two times of one yearly deed. Clauses that both say which time they tell
 * must say the same.
 */
function sameInstance(a: ClauseFeatures, b: ClauseFeatures): boolean {
  const markers = ({ clause }: ClauseFeatures) =>
    new Set(
      clause.words
        // "the 2013 Academy Awards": a year before a name tells which edition
        .filter((word, index) => INSTANCE_WORDS.test(word.text) || (/^\d{4}$/.test(word.text) && clause.words[index - 1]?.text.toLowerCase() === 'the' && /^\p{Lu}/u.test(clause.words[index + 1]?.text ?? '')))
        .map((word) => word.text.toLowerCase()),
    );
  const [markersA, markersB] = [markers(a), markers(b)];
  // "in a third successive strike" beside a clause that says no time: nothing tells them apart
  if (!markersA.size || !markersB.size) return true;
  return markersA.size === markersB.size && [...markersA].every((marker) => markersB.has(marker));
}

/**
 * A year that names a thing ("the 2005 book", "the 2007 Oscars") dates that thing: it is set only against
 * a year naming the same kind of thing ("the 2005 film" against "the 2006 HBO movie"), not against
 * another thing's year or an event's ("In 2005, … released").
 */
function sameThingDated(a: ClauseFeatures, b: ClauseFeatures, texts: ReadonlyMap<string, string>): boolean {
  const [thingA, thingB] = [datedThing(a, texts), datedThing(b, texts)];
  if (!thingA && !thingB) return true;
  // "the 2005 film" against "in 2006 a movie … featured": the other clause names the same kind of thing
  const names = (thing: { lemma: string; concepts: readonly string[] }, feature: ClauseFeatures) =>
    feature.clause.words.some((word) => word.lemma.toLowerCase() === thing.lemma) || feature.terms.some((term) => term.concepts.some((concept) => thing.concepts.includes(concept)));
  if (!thingA || !thingB) return thingA ? names(thingA, b) : names(thingB!, a);
  return thingA.lemma === thingB.lemma || thingA.concepts.some((concept) => thingB.concepts.includes(concept));
}

/** The noun a bare year stands before ("2005 book" → book; "2006 HBO movie" → movie), with its concepts. */
function datedThing(feature: ClauseFeatures, texts: ReadonlyMap<string, string>): { lemma: string; concepts: readonly string[] } | null {
  const text = texts.get(feature.clause.articleId)!;
  const year = feature.dates.find((date) => /^\d{4}$/.test(date.text.trim()) && /\b(?:the|a|an|his|her|its|their)\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start)));
  if (!year) return null;
  const { words } = feature.clause;
  const after = words.findIndex((word) => word.start >= year.end);
  if (after < 0) return null;
  // "the 2006 HBO movie": the noun that ends the name, over names and adjectives
  let head = after;
  while (head + 1 < words.length && head - after < 3 && ['PROPN', 'ADJ', 'NOUN'].includes(words[head]!.pos) && ['NOUN', 'PROPN'].includes(words[head + 1]!.pos)) head++;
  const noun = words[head]!;
  if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return null;
  const term = feature.terms.find((candidate) => candidate.start === noun.start);
  return { lemma: noun.lemma.toLowerCase(), concepts: term?.concepts ?? [] };
}
