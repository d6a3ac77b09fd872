import type { TextSpan } from '../../model/index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { loadReportingLexicon } from './reporting-lexicon.ts';
import { extendNounPhraseLeft } from './extend-noun-phrase.ts';
import { readArticleGenders } from './read-article-genders.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import type { PersonMention, SpeakerPhrase } from './types.ts';

/** A speaker as the output gives it: the span that names it, and the key of the actor it is. */
export interface ResolvedSpeaker {
  span: TextSpan | null;
  key: string | null;
}

interface Spoken {
  at: number;
  span: TextSpan;
  key: string | null;
  /** Names a person ("Caddell") or a body ("the Kremlin"); null for "officials". */
  named: 'person' | 'body' | null;
  gender: 'male' | 'female' | null;
}

/** How many sentences back a pronoun or role noun looks for its person. */
const SENTENCES_BACK = 5;
/** A quote with no cue of its own continues the previous speaker within this many paragraph breaks. */
const PARAGRAPHS_BACK = 1;

/** Which named speaker a pronoun can stand for: "he"/"she" a person ("Caddell", not "the Kremlin"), "it" a body. */
function fitsPronoun(pronoun: string, named: 'person' | 'body' | null): boolean {
  if (named === null) return false;
  if (pronoun === 'he' || pronoun === 'she') return named === 'person';
  if (pronoun === 'it') return named === 'body';
  return true;
}

/** Which mention a pronoun or role noun can stand for: "he", "she" and "the minister" a person, "it" a body, "they" either. */
function fitsMention(word: string, standsFor: SpeakerPhrase['standsFor'], mention: PersonMention): boolean {
  if (standsFor === 'role' || word === 'he' || word === 'she') return mention.type === 'person';
  if (word === 'it') return mention.type !== 'person';
  return true;
}

/**
 * "officials", "Officials": one plural role noun with nothing that says whose. It names no one, and the
 * officials of one article are not those of another; the attribution keeps the word as written.
 */
function isBareGroup(name: TextSpan): boolean {
  if (!/^\p{L}+s$/u.test(name.text)) return false;
  const singular = name.text.toLowerCase().slice(0, -1);
  return loadReportingLexicon().roles.has(singular);
}

/**
 * Where a name's head ends: before a phrase that tells where the person works ("Dan McLaughlin at the
 * National Review" → after "McLaughlin"), a party and state in brackets ("Sen. Claire McCaskill (D-Mo.)")
 * and a lower-case part after a hyphen, which a mention may leave out ("Ban Ki-moon" → after "Ki").
 */
const headEnd = (span: TextSpan) =>
  span.start +
  span.text
    .replace(/(?<=\p{Lu}[\p{L}.'’-]*)\s+(?:at|of|from|with|for)\s.*$/su, '')
    .replace(/\s*\([^)]*\)[\s,]*$/u, '')
    .replace(/[\s,]+$/u, '')
    .replace(/-\p{Ll}+$/u, '').length;

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const fitsGender = (wanted: 'male' | 'female' | null, found: 'male' | 'female' | null | undefined) => wanted === null || found == null || wanted === found;

/**
 * Resolves speakers in document order. A name is kept as written, with the key of the mention it
 * covers. A pronoun or role noun ("she added", "the minister said") is kept as written with the key of
 * the mention it refers to: the previous speaker when it fits (gender, person or body), else the first
 * fitting mention of the nearest sentence before, outside quotes. Without such a mention a pronoun
 * takes the span of the nearer of the last named speaker and the last named sentence subject. A
 * nameless statement ("the text continued") and a quote with no cue continue the previous speaker.
 */
export function createSpeakerResolver(text: string, mentions: readonly PersonMention[], reader: SentenceReader) {
  const people = readArticleGenders(text, mentions);
  const history: Spoken[] = [];
  /** The mention a span names: the one that reaches its head ("Yván Gil" in "Venezuelan Foreign Minister Yván Gil", not "Venezuelan"), else the most overlapping. */
  const keyOf = (span: TextSpan): string | null => {
    let best: PersonMention | null = null;
    const reachesHead = (mention: PersonMention) => mention.end >= headEnd(span);
    for (const mention of people) {
      const shared = overlap(mention, span);
      if (shared === 0) continue;
      const better =
        !best ||
        (reachesHead(mention) && !reachesHead(best)) ||
        (reachesHead(mention) === reachesHead(best) && (shared > overlap(best, span) || (shared === overlap(best, span) && mention.type === 'person' && best.type !== 'person')));
      if (better) best = mention;
    }
    return best?.key ?? null;
  };
  const findMention = (phrase: TextSpan, standsFor: SpeakerPhrase['standsFor'], gender: 'male' | 'female' | null): PersonMention | null => {
    const at = phrase.start;
    const fits = (mention: PersonMention) => fitsMention(phrase.text.toLowerCase(), standsFor, mention) && fitsGender(gender, mention.gender);
    const sentence = reader.indexAt(at);
    const previous = history.at(-1);
    if (previous?.key && reader.indexAt(previous.at) >= sentence - 2) {
      const mention = people.find((candidate) => candidate.key === previous.key && fits(candidate));
      if (mention) return mention;
    }
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const span = reader.sentences[sentence - back]!;
      const found = people.find((mention) => mention.start >= span.start && mention.end <= Math.min(span.end, at) && !reader.isQuoted(mention.start) && fits(mention));
      if (found) return found;
    }
    return null;
  };
  /** The subject of a sentence outside quotes, as read: "Trump" in "On Wednesday, Trump told a crowd", "he" in "He said". */
  const fullSubjects = new Map<number, SpeakerPhrase | null>();
  const fullSubjectOf = (sentence: number): SpeakerPhrase | null => {
    if (!fullSubjects.has(sentence)) {
      const subject = readSentenceSubject(reader.viewOf(sentence))?.speaker ?? null;
      fullSubjects.set(sentence, subject && !reader.isQuoted(subject.phrase.start) ? subject : null);
    }
    return fullSubjects.get(sentence)!;
  };
  /**
   * A pronoun's person by salience, walking back sentence by sentence: a fitting speaker of the
   * sentence ("“...,” said David Gorski."), else its subject when it names a fitting person
   * ("On The Steve Harvey Morning Show, Clinton criticized ..."). A subject that is the same pronoun
   * goes on with the chain ("Trump has also commented. On Wednesday, he told a crowd ... “...,” he
   * said"); a role noun as subject stands for its person, as written ("The Republican presidential
   * nominee noted ..."). A name no person mention covers counts, with no key ("Lynch rose to
   * prominence"); one that a place or body covers does not stand for "he" or "she".
   */
  /** A name no mention covers: not a phrase whose only capital is the sentence's first letter ("Houses in two villages were reported damaged"). */
  const looksNamed = (span: TextSpan) => reader.sentences[reader.indexAt(span.start)]!.start !== span.start || /\s\p{Lu}/u.test(span.text) || !/\s/u.test(span.text);
  const findSalient = (phrase: TextSpan, gender: 'male' | 'female' | null): Spoken | null => {
    const pronoun = phrase.text.toLowerCase();
    // "CNA asked Msgr. Farmer": a name in capitals is an acronym, no "he" or "she"
    const fits = (mention: PersonMention) => fitsMention(pronoun, 'pronoun', mention) && fitsGender(gender, mention.gender) && !(gender !== null && /^\p{Lu}{2,6}$/u.test(mention.text));
    const fromMention = (mention: PersonMention, at: number, span: TextSpan): Spoken => ({ at, span, key: mention.key, named: mention.type === 'person' ? 'person' : 'body', gender: mention.gender ?? gender });
    const sentence = reader.indexAt(phrase.start);
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const index = sentence - back;
      for (let order = history.length - 1; order >= 0; order--) {
        const spoken = history[order]!;
        if (spoken.at >= phrase.start || reader.indexAt(spoken.at) !== index || !fitsGender(gender, spoken.gender) || !fitsPronoun(pronoun, spoken.named)) continue;
        if (!spoken.key) {
          if (looksNamed(spoken.span) && !people.some((mention) => overlap(mention, spoken.span) > 0)) return spoken;
          continue;
        }
        const mention = people.find((candidate) => candidate.key === spoken.key && fits(candidate));
        if (mention) return fromMention(mention, spoken.at, spoken.span);
        // "said 76-year-old Constantinos Doganis": a named speaker the entity finder could not type
        if (spoken.named === 'person' && people.some((candidate) => candidate.key === spoken.key && candidate.type === 'other')) return spoken;
      }
      const subject = fullSubjectOf(index);
      const span = reader.sentences[index]!;
      // "What Mr. Obama has seen instead are the charts ...": no subject read, the sentence's first fitting person
      const first = () => people.find((mention) => mention.start >= span.start && mention.end <= Math.min(span.end, phrase.start) && mention.type === 'person' && !reader.isQuoted(mention.start) && fits(mention));
      if (!subject || subject.phrase.start >= phrase.start) {
        const mention = subject ? null : first();
        if (mention) return fromMention(mention, mention.start, { start: mention.start, end: mention.end, text: mention.text });
        continue;
      }
      if (subject.standsFor === 'pronoun') {
        // "It’s become a major issue, with Hillary Clinton lambasting Trump’s plan. “...,” she said": a subject that
        // cannot be the pronoun's person ("it" for "she", "he" for "she") leaves the sentence's first fitting person
        const other = subject.phrase.text.toLowerCase();
        const cannotBe = (other === 'it' && gender !== null) || (subject.gender !== null && gender !== null && subject.gender !== gender);
        const mention = cannotBe ? first() : undefined;
        if (mention) return fromMention(mention, mention.start, { start: mention.start, end: mention.end, text: mention.text });
        continue;
      }
      if (subject.standsFor === 'role') {
        if (!fitsGender(gender, subject.gender) || !fitsPronoun(pronoun, 'person')) continue;
        // "His son", "Nichols' mother", "A professor of economics": someone new, not a person named before; as written
        if (/^(?:an?|his|her|their|its)\s/iu.test(subject.phrase.text) || /\p{L}(?:'s?|’s?)\s/u.test(subject.phrase.text)) {
          // the name in the phrase or right after it ("A professor of economics at the University of Athens, Yanis Varoufakis,")
          const named = people.find(
            (mention) =>
              mention.type === 'person' &&
              ((overlap(mention, subject.phrase) > 0 && mention.end >= headEnd(subject.phrase)) || (mention.start >= subject.phrase.end && /^[\s,]*$/u.test(reader.text.slice(subject.phrase.end, mention.start)))),
          );
          return { at: subject.phrase.start, span: subject.phrase, key: named?.key ?? null, named: 'person', gender: subject.gender };
        }
        const person = findMention(subject.phrase, 'role', subject.gender);
        if (person && fits(person)) return fromMention(person, subject.phrase.start, subject.phrase);
        continue;
      }
      if (subject.standsFor !== null) continue;
      const covering = people.filter((candidate) => overlap(candidate, subject.name) > 0);
      // the mention must reach the head: "Maduro" does not stand for "the Maduro government"
      const mention = covering.find((candidate) => candidate.end >= headEnd(subject.name) && fits(candidate));
      if (mention) return fromMention(mention, subject.name.start, subject.name);
      // "Lynch said ... Lynch rose to prominence ... “...,” she said": a name no mention covers, of someone the article
      // quotes (not "Bombs" in "Bombs may not be falling"), or any name when there are no mentions at all
      const quoted = people.length === 0 || history.some((spoken) => spoken.span.text === subject.name.text && looksNamed(spoken.span));
      if (covering.length === 0 && quoted && fitsPronoun(pronoun, subject.named)) return { at: subject.name.start, span: subject.name, key: keyOfSurname(subject.name), named: subject.named, gender: null };
      // "Jo-Renee Formicola, political science professor ..., described": a name the entity finder could not type reads as the subject does
      const untyped = covering.find((candidate) => candidate.type === 'other' && candidate.end >= headEnd(subject.name));
      if (untyped && !covering.some((candidate) => candidate.type === 'person') && fitsPronoun(pronoun, subject.named)) return { at: subject.name.start, span: subject.name, key: untyped.key, named: subject.named, gender: null };
    }
    return null;
  };
  // a speaker remembered with its key carries the gender of that key's mentions, so that "she" later passes over "Tom Baker"
  const genderOfKey = (key: string | null) => (key === null ? null : (people.find((mention) => mention.key === key && mention.gender)?.gender ?? null));
  const remember = (at: number, span: TextSpan, key: string | null, gender: 'male' | 'female' | null, named: 'person' | 'body' | null): ResolvedSpeaker => {
    history.push({ at, span, key, named, gender: gender ?? genderOfKey(key) });
    return { span, key };
  };
  /** The named subject of a sentence outside quotes: "Democratic nominee Hillary Clinton" in "Hillary Clinton was more circumspect". */
  const subjects = new Map<number, { span: TextSpan; named: 'person' | 'body' } | null>();
  const subjectOf = (sentence: number) => {
    if (!subjects.has(sentence)) {
      const subject = readSentenceSubject(reader.viewOf(sentence))?.speaker;
      const named = subject && subject.standsFor === null && subject.named !== null && !reader.isQuoted(subject.name.start);
      subjects.set(sentence, named ? { span: subject.name, named: subject.named! } : null);
    }
    return subjects.get(sentence)!;
  };
  /** Without person mentions: the nearer of the last named speaker and the last named sentence subject that fit the pronoun. */
  const findNamed = (at: number, pronoun: string, gender: 'male' | 'female' | null) => {
    let best: { span: TextSpan; key: string | null; gender: 'male' | 'female' | null; named: 'person' | 'body' | null; at: number } | null = null;
    for (let index = history.length - 1; index >= 0; index--) {
      const spoken = history[index]!;
      if (fitsGender(gender, spoken.gender) && fitsPronoun(pronoun, spoken.named)) {
        best = { ...spoken };
        break;
      }
    }
    const sentence = reader.indexAt(at);
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const subject = subjectOf(sentence - back);
      // "Tara Lind checked in. ... he said": a subject whose mention has the other gender does not fit
      const mentionGender = subject ? people.find((mention) => overlap(mention, subject.span) > 0)?.gender : null;
      if (!subject || subject.span.start >= at || !fitsPronoun(pronoun, subject.named) || !fitsGender(gender, mentionGender)) continue;
      if (!best || subject.span.start > best.at) best = { span: subject.span, key: keyOf(subject.span), gender: null, named: subject.named, at: subject.span.start };
      break;
    }
    return best;
  };

  /** "King said" after "Billy King, the team's president", "DIALLO:" after "Amara Diallo": the last person mention before that ends with the name. */
  const keyOfSurname = (name: TextSpan): string | null => {
    const inCapitals = /^\p{Lu}[\p{Lu}'’-]+$/u.test(name.text);
    const surname = new RegExp(`(?:^|\\s)${name.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, inCapitals ? 'iu' : 'u');
    return people.filter((mention) => mention.type === 'person' && mention.end <= name.start && mention.text !== name.text && surname.test(mention.text)).at(-1)?.key ?? null;
  };
  /** "officials said" after "Alaska officials ...": the fuller phrase the article gave them last, or null when it gave none. */
  const fullerGroup = (name: TextSpan): TextSpan | null => {
    const head = name.text.toLowerCase();
    for (let sentence = reader.indexAt(name.start); sentence >= 0; sentence--) {
      const words = reader.wordsOf(sentence);
      for (let index = words.length - 1; index > 0; index--) {
        const word = words[index]!;
        if (word.start >= name.start || word.lower !== head || reader.isQuoted(word.start)) continue;
        const modifier = words[index - 1]!;
        if (!(modifier.pos === 'PROPN' || modifier.pos === 'NOUN' || modifier.pos === 'ADJ')) continue;
        const first = extendNounPhraseLeft(words, index);
        const start = words[first]!.start;
        return { start, end: word.end, text: text.slice(start, word.end) };
      }
    }
    return null;
  };

  return {
    /** The speaker of a statement whose cue is at `at`. */
    resolve(speaker: SpeakerPhrase | null, at: number): ResolvedSpeaker {
      if (!speaker) return { span: null, key: null };
      const { phrase, name, standsFor, gender, named } = speaker;
      if (standsFor === null && isBareGroup(name)) {
        const fuller = fullerGroup(name);
        return fuller ? remember(at, fuller, keyOf(fuller), null, null) : { span: null, key: null };
      }
      if (standsFor === null) return remember(at, name, keyOf(name) ?? keyOfSurname(name), null, named);
      if (standsFor === 'relative') return { span: null, key: null };
      if (standsFor === 'statement') {
        // "the text continued": the previous speaker's, given as written when it has a key to say whose
        // as written when the previous speaker has no key and no name either ("the ruling said" after "The appeals court ruled")
        const previous = history.at(-1);
        if (!previous) return remember(at, phrase, keyOf(phrase), null, named);
        remember(at, previous.span, previous.key, previous.gender, previous.named);
        return { span: previous.key || previous.named === null ? phrase : previous.span, key: previous.key };
      }
      const salient = standsFor === 'pronoun' ? findSalient(phrase, gender) : null;
      if (salient) return remember(at, salient.span, salient.key, salient.gender, salient.named);
      const mention = findMention(phrase, standsFor, gender);
      if (mention) {
        const named = mention.type === 'person' ? 'person' : 'body';
        // "the minister said" stays as written; "she said" is given by the name it stands for
        const span = standsFor === 'role' ? phrase : { start: mention.start, end: mention.end, text: mention.text };
        history.push({ at, span, key: mention.key, named, gender: mention.gender ?? gender });
        return { span, key: mention.key };
      }
      const antecedent = standsFor === 'pronoun' ? findNamed(phrase.start, phrase.text.toLowerCase(), gender) : null;
      if (antecedent) return remember(at, antecedent.span, antecedent.key, antecedent.gender, antecedent.named);
      // "he said" with no person before it that fits: a pronoun names nobody on its own
      if (standsFor === 'pronoun') return { span: null, key: null };
      // "the minister" with no person to resolve to stands as written, and a later "he" may refer to it
      return remember(at, phrase, null, gender, standsFor === 'role' ? 'person' : null);
    },
    /** A name found outside a speaker phrase ("Interview with Ruth Adler"), kept as written with its key. */
    resolveName(name: TextSpan | null, at: number): ResolvedSpeaker {
      return name ? remember(at, name, keyOf(name) ?? keyOfSurname(name), null, 'person') : { span: null, key: null };
    },
    /**
     * A quote with no cue of its own: the previous speaker when it spoke in this paragraph or the one
     * before, or the named subject of the sentence just before when that is nearer ("Sanders identified
     * exhaustion with bigotry as a reason. “The younger people ...”").
     */
    continuePrevious(at: number): ResolvedSpeaker {
      const previous = history.at(-1);
      const sentence = reader.indexAt(at);
      const subject = sentence > 0 ? subjectOf(sentence - 1) : null;
      const breaksSince = (from: number) => text.slice(from, at).match(/\n+/g)?.length ?? 0;
      if (subject && breaksSince(subject.span.start) <= PARAGRAPHS_BACK && (!previous || previous.at < subject.span.start)) {
        return remember(subject.span.start, subject.span, keyOf(subject.span), null, subject.named);
      }
      if (!previous || breaksSince(previous.at) > PARAGRAPHS_BACK) return { span: null, key: null };
      return { span: previous.span, key: previous.key };
    },
  };
}
