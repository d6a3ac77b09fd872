import type { TextSpan } from '../../model/index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { countBefore } from '../../shared/count-before.ts';
import { countLineBreakRuns } from './count-line-break-runs.ts';
import { extendNounPhraseLeft } from './extend-noun-phrase.ts';
import { loadReportingLexicon } from './reporting-lexicon.ts';
import { findSalientSpeaker, type SalienceContext } from './find-salient-speaker.ts';
import { indexPeople, lastWordOf } from './people-index.ts';
import { readArticleGenders } from './read-article-genders.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import { fitsGender, fitsMention, fitsPronoun, headEnd, isBareGroup, overlap, SENTENCES_BACK } from './speaker-fit.ts';
import type { PersonMention, SpeakerPhrase, Word } from './types.ts';

/** A speaker as the output gives it: the span that names it, and the key of the actor it is. */
export interface ResolvedSpeaker {
  span: TextSpan | null;
  key: string | null;
}

/** A quote with no cue of its own continues the previous speaker within this many paragraph breaks. */
const PARAGRAPHS_BACK = 1;


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
  const known = indexPeople(people, reader);
  const { history } = known;
  /** The mention a span names: the one that reaches its head ("Yván Gil" in "Venezuelan Foreign Minister Yván Gil", not "Venezuelan"), else the most overlapping. */
  const keyOf = (span: TextSpan): string | null => {
    let best: PersonMention | null = null;
    const reachesHead = (mention: PersonMention) => mention.end >= headEnd(span);
    for (const mention of known.spans.overlapping(span.start, span.end)) {
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
  // the first mention of a key that a word fits: a person named a thousand times is not walked at each "he said"
  const firstFitting = new Map<string, PersonMention | null>();
  const findMention = (phrase: TextSpan, standsFor: SpeakerPhrase['standsFor'], gender: 'male' | 'female' | null): PersonMention | null => {
    const at = phrase.start;
    const word = phrase.text.toLowerCase();
    const fits = (mention: PersonMention) => fitsMention(word, standsFor, mention) && fitsGender(gender, mention.gender);
    const sentence = reader.indexAt(at);
    const previous = history.at(-1);
    if (previous?.key && reader.indexAt(previous.at) >= sentence - 2) {
      const asked = `${previous.key}\u0000${word}\u0000${standsFor}\u0000${gender}`;
      let mention = firstFitting.get(asked);
      if (mention === undefined) firstFitting.set(asked, (mention = known.withKey(previous.key).find(fits) ?? null));
      if (mention) return mention;
    }
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const span = reader.sentences[sentence - back]!;
      const found = known.spans.within(span.start, Math.min(span.end, at)).find((mention) => !reader.isQuoted(mention.start) && fits(mention));
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
  const salience: SalienceContext = { index: known, reader, fullSubjectOf, findMention, keyOfSurname: (name) => keyOfSurname(name) };
  const findSalient = (phrase: TextSpan, gender: 'male' | 'female' | null) => findSalientSpeaker(salience, phrase, gender);
  // a speaker remembered with its key carries the gender of that key's mentions, so that "she" later passes over "Tom Baker"
  const genders = new Map<string, 'male' | 'female' | null>();
  const genderOfKey = (key: string | null) => {
    if (key === null) return null;
    let gender = genders.get(key);
    if (gender === undefined) genders.set(key, (gender = known.withKey(key).find((mention) => mention.gender)?.gender ?? null));
    return gender;
  };
  const remember = (at: number, span: TextSpan, key: string | null, gender: 'male' | 'female' | null, named: 'person' | 'body' | null): ResolvedSpeaker => {
    known.remember({ at, span, key, named, gender: gender ?? genderOfKey(key) });
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
      const mentionGender = subject ? known.spans.overlapping(subject.span.start, subject.span.end).find((mention) => overlap(mention, subject.span) > 0)?.gender : null;
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
    // the mentions that end with the name end with its last word
    const candidates = known.endingWith(lastWordOf(name.text));
    for (let at = candidates.length - 1; at >= 0; at--) {
      const mention = candidates[at]!;
      if (mention.type === 'person' && mention.end <= name.start && mention.text !== name.text && surname.test(mention.text)) return mention.key;
    }
    return null;
  };
  /**
   * Per head word ("officials"), each word it could end a fuller phrase as: outside quotes, after a noun, a
   * name or an adjective ("Alaska officials"); in the order fullerGroup reads them, the last sentence first
   * and the last word of each first. Listed in one pass for every plural role noun on the first question:
   * "officials said" asked again walked back to the top of a long article each time.
   */
  let groupEnds: Map<string, Array<{ sentence: number; words: readonly Word[]; index: number }>> | null = null;
  const listGroupEnds = () => {
    const roles = loadReportingLexicon().roles;
    const ends = new Map<string, Array<{ sentence: number; words: readonly Word[]; index: number }>>();
    for (let sentence = reader.sentences.length - 1; sentence >= 0; sentence--) {
      const words = reader.wordsOf(sentence);
      for (let index = words.length - 1; index > 0; index--) {
        const word = words[index]!;
        // a bare group's head is a role noun's plural (see isBareGroup)
        if (!word.lower.endsWith('s') || !roles.has(word.lower.slice(0, -1)) || reader.isQuoted(word.start)) continue;
        const modifier = words[index - 1]!;
        if (!(modifier.pos === 'PROPN' || modifier.pos === 'NOUN' || modifier.pos === 'ADJ')) continue;
        const list = ends.get(word.lower);
        if (list) list.push({ sentence, words, index });
        else ends.set(word.lower, [{ sentence, words, index }]);
      }
    }
    return ends;
  };
  const groupEndsOf = (head: string) => (groupEnds ??= listGroupEnds()).get(head) ?? [];
  /** "officials said" after "Alaska officials ...": the fuller phrase the article gave them last, or null when it gave none. */
  const fullerGroup = (name: TextSpan): TextSpan | null => {
    const ends = groupEndsOf(name.text.toLowerCase());
    // the first that lies in the name's sentence or before it (the sentences come last first), then before the name
    const sentence = reader.indexAt(name.start);
    let at = countBefore(ends.length, (position) => ends[position]!.sentence > sentence);
    for (; at < ends.length; at++) {
      const { words, index } = ends[at]!;
      const word = words[index]!;
      if (word.start >= name.start) continue;
      const first = extendNounPhraseLeft(words, index);
      const start = words[first]!.start;
      return { start, end: word.end, text: text.slice(start, word.end) };
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
      // "an analyst said", "a senior official said": an indefinite role brings in someone new, never a person named before
      if (standsFor === 'role' && /^(?:a|an|one|another)\s/i.test(phrase.text)) return remember(at, phrase, null, gender, 'person');
      const salient = standsFor === 'pronoun' ? findSalient(phrase, gender) : null;
      if (salient) return remember(at, salient.span, salient.key, salient.gender, salient.named);
      const mention = findMention(phrase, standsFor, gender);
      if (mention) {
        const named = mention.type === 'person' ? 'person' : 'body';
        // "the minister said" stays as written; "she said" is given by the name it stands for
        const span = standsFor === 'role' ? phrase : { start: mention.start, end: mention.end, text: mention.text };
        known.remember({ at, span, key: mention.key, named, gender: mention.gender ?? gender });
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
      const breaksSince = (from: number) => countLineBreakRuns(text, from, at, PARAGRAPHS_BACK + 1);
      if (subject && breaksSince(subject.span.start) <= PARAGRAPHS_BACK && (!previous || previous.at < subject.span.start)) {
        return remember(subject.span.start, subject.span, keyOf(subject.span), null, subject.named);
      }
      if (!previous || breaksSince(previous.at) > PARAGRAPHS_BACK) return { span: null, key: null };
      return { span: previous.span, key: previous.key };
    },
  };
}
