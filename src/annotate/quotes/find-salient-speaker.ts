import type { TextSpan } from '../../model/index.ts';
import type { PeopleIndex } from './people-index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { fitsGender, fitsMention, fitsPronoun, headEnd, overlap, SENTENCES_BACK, type Spoken } from './speaker-fit.ts';
import type { PersonMention, SpeakerPhrase } from './types.ts';

/** What the salience walk reads: the article's people, its sentences, the speakers met so far and the resolver's readings. */
export interface SalienceContext {
  /** The article's people and the speakers met so far. */
  index: PeopleIndex;
  reader: SentenceReader;
  /** The subject of a sentence outside quotes, as read. */
  fullSubjectOf(sentence: number): SpeakerPhrase | null;
  /** The mention a role noun or pronoun refers to by the nearest fitting mention. */
  findMention(phrase: TextSpan, standsFor: SpeakerPhrase['standsFor'], gender: 'male' | 'female' | null): PersonMention | null;
  /** The key of the last full name that ends with a surname. */
  keyOfSurname(name: TextSpan): string | null;
}

/** A name no mention covers: not a phrase whose only capital is the sentence's first letter ("Houses in two villages were reported damaged"). */
const looksNamed = (reader: SentenceReader, span: TextSpan) => reader.sentences[reader.indexAt(span.start)]!.start !== span.start || /\s\p{Lu}/u.test(span.text) || !/\s/u.test(span.text);

/**
 * A pronoun's person by salience, walking back sentence by sentence: a fitting speaker of the
 * sentence ("“...,” said David Gorski."), else its subject when it names a fitting person
 * ("On The Steve Harvey Morning Show, Clinton criticized ..."). A subject that is the same pronoun
 * goes on with the chain ("Trump has also commented. On Wednesday, he told a crowd ... “...,” he
 * said"); a role noun as subject stands for its person, as written ("The Republican presidential
 * nominee noted ..."). A name no person mention covers counts, with no key ("Lynch rose to
 * prominence"); one that a place or body covers does not stand for "he" or "she".
 */
export function findSalientSpeaker(context: SalienceContext, phrase: TextSpan, gender: 'male' | 'female' | null): Spoken | null {
  const { index: people, reader, fullSubjectOf, findMention, keyOfSurname } = context;
  const pronoun = phrase.text.toLowerCase();
  // "CNA asked Msgr. Farmer": a name in capitals is an acronym, no "he" or "she"
  const fits = (mention: PersonMention) => fitsMention(pronoun, 'pronoun', mention) && fitsGender(gender, mention.gender) && !(gender !== null && /^\p{Lu}{2,6}$/u.test(mention.text));
  const fromMention = (mention: PersonMention, at: number, span: TextSpan): Spoken => ({ at, span, key: mention.key, named: mention.type === 'person' ? 'person' : 'body', gender: mention.gender ?? gender });
  const sentence = reader.indexAt(phrase.start);
  for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
    const index = sentence - back;
    const spokenHere = people.spokenIn(index);
    for (let order = spokenHere.length - 1; order >= 0; order--) {
      const spoken = spokenHere[order]!;
      if (spoken.at >= phrase.start || !fitsGender(gender, spoken.gender) || !fitsPronoun(pronoun, spoken.named)) continue;
      if (!spoken.key) {
        if (looksNamed(reader, spoken.span) && !people.spans.overlapping(spoken.span.start, spoken.span.end).some((mention) => overlap(mention, spoken.span) > 0)) return spoken;
        continue;
      }
      const mention = people.withKey(spoken.key).find(fits);
      if (mention) return fromMention(mention, spoken.at, spoken.span);
      // "said 76-year-old Constantinos Doganis": a named speaker the entity finder could not type
      if (spoken.named === 'person' && people.withKey(spoken.key).some((candidate) => candidate.type === 'other')) return spoken;
    }
    const subject = fullSubjectOf(index);
    const span = reader.sentences[index]!;
    // "What Mr. Obama has seen instead are the charts ...": no subject read, the sentence's first fitting person
    const first = () => people.spans.within(span.start, Math.min(span.end, phrase.start)).find((mention) => mention.type === 'person' && !reader.isQuoted(mention.start) && fits(mention));
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
        const named = people.people.find(
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
    const covering = people.spans.overlapping(subject.name.start, subject.name.end).filter((candidate) => overlap(candidate, subject.name) > 0);
    // the mention must reach the head: "Maduro" does not stand for "the Maduro government"
    const mention = covering.find((candidate) => candidate.end >= headEnd(subject.name) && fits(candidate));
    if (mention) return fromMention(mention, subject.name.start, subject.name);
    // "Lynch said ... Lynch rose to prominence ... “...,” she said": a name no mention covers, of someone the article
    // quotes (not "Bombs" in "Bombs may not be falling"), or any name when there are no mentions at all
    const quoted = people.people.length === 0 || people.spokenAs(subject.name.text).some((spoken) => looksNamed(reader, spoken.span));
    if (covering.length === 0 && quoted && fitsPronoun(pronoun, subject.named)) return { at: subject.name.start, span: subject.name, key: keyOfSurname(subject.name), named: subject.named, gender: null };
    // "Jo-Renee Formicola, political science professor ..., described": a name the entity finder could not type reads as the subject does
    const untyped = covering.find((candidate) => candidate.type === 'other' && candidate.end >= headEnd(subject.name));
    if (untyped && !covering.some((candidate) => candidate.type === 'person') && fitsPronoun(pronoun, subject.named)) return { at: subject.name.start, span: subject.name, key: untyped.key, named: subject.named, gender: null };
  }
  return null;
}
