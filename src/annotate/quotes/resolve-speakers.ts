import type { TextSpan } from '../../model/index.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import { readSentenceSubject } from './read-sentence-subject.ts';
import type { ReportingLexicon } from './reporting-lexicon.ts';
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
  /** Holds a capitalised word: "Caddell", "the Kremlin", not "officials". */
  named: boolean;
  gender: 'male' | 'female' | null;
}

/** How many sentences back a pronoun or role noun looks for its person. */
const SENTENCES_BACK = 5;
/** A quote with no cue of its own continues the previous speaker within this many paragraph breaks. */
const PARAGRAPHS_BACK = 1;

const ORGANIZATION_ARTICLE = /^(?:the|a|an)\s/i;

/**
 * Which named speaker a pronoun can stand for: "he"/"she" a person ("Caddell", "the GOP candidate",
 * not "the Kremlin"), "it" a body.
 */
function fitsPronoun(pronoun: string, name: TextSpan, lexicon: ReportingLexicon): boolean {
  const head = name.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  const body = ORGANIZATION_ARTICLE.test(name.text) && !lexicon.roles.has(head);
  if (pronoun === 'he' || pronoun === 'she') return !body;
  if (pronoun === 'it') return body;
  return true;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const fitsGender = (wanted: 'male' | 'female' | null, found: 'male' | 'female' | null | undefined) => wanted === null || found == null || wanted === found;

/**
 * Resolves speakers in document order. A name is kept as written, with the key of the mention it
 * covers; a pronoun or role noun ("she added", "the minister said") gets the person mention it refers
 * to (the previous speaker when it fits, else the first fitting person of the nearest sentence before,
 * outside quotes) or, without one, the last named speaker; a nameless statement ("the text continued")
 * and a quote with no cue continue the previous speaker.
 */
export function createSpeakerResolver(text: string, people: readonly PersonMention[], reader: SentenceReader, lexicon: ReportingLexicon) {
  const history: Spoken[] = [];
  const keyOf = (span: TextSpan): string | null => {
    let best: PersonMention | null = null;
    for (const mention of people) {
      const shared = overlap(mention, span);
      if (shared === 0) continue;
      const better = !best || shared > overlap(best, span) || (shared === overlap(best, span) && mention.type === 'person' && best.type !== 'person');
      if (better) best = mention;
    }
    return best?.key ?? null;
  };
  const findPerson = (at: number, gender: 'male' | 'female' | null): PersonMention | null => {
    const sentence = reader.indexAt(at);
    const previous = history.at(-1);
    if (previous?.key && reader.indexAt(previous.at) >= sentence - 2) {
      const mention = people.find((candidate) => candidate.key === previous.key && candidate.type === 'person');
      if (mention && fitsGender(gender, mention.gender)) return mention;
    }
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const span = reader.sentences[sentence - back]!;
      const found = people.find(
        (mention) => mention.type === 'person' && mention.start >= span.start && mention.end <= Math.min(span.end, at) && !reader.isQuoted(mention.start) && fitsGender(gender, mention.gender),
      );
      if (found) return found;
    }
    return null;
  };
  const remember = (at: number, span: TextSpan, key: string | null, gender: 'male' | 'female' | null): ResolvedSpeaker => {
    history.push({ at, span, key, named: /\p{Lu}/u.test(span.text), gender });
    return { span, key };
  };
  /** The named subject of a sentence outside quotes: "Democratic nominee Hillary Clinton" in "Hillary Clinton was more circumspect". */
  const subjects = new Map<number, TextSpan | null>();
  const subjectOf = (sentence: number): TextSpan | null => {
    if (!subjects.has(sentence)) {
      const view = reader.viewOf(sentence);
      const subject = readSentenceSubject(view);
      const named = subject && subject.speaker.standsFor === null && view.words[subject.last]!.pos === 'PROPN' && !reader.isQuoted(subject.speaker.name.start);
      subjects.set(sentence, named ? subject.speaker.name : null);
    }
    return subjects.get(sentence)!;
  };
  /** Without person mentions: the nearer of the last named speaker and the last named sentence subject that fit the pronoun. */
  const findNamed = (at: number, pronoun: string, gender: 'male' | 'female' | null): { span: TextSpan; key: string | null; gender: 'male' | 'female' | null } | null => {
    let best: { span: TextSpan; key: string | null; gender: 'male' | 'female' | null; at: number } | null = null;
    for (let index = history.length - 1; index >= 0; index--) {
      const spoken = history[index]!;
      if (spoken.named && fitsGender(gender, spoken.gender) && fitsPronoun(pronoun, spoken.span, lexicon)) {
        best = { ...spoken };
        break;
      }
    }
    const sentence = reader.indexAt(at);
    for (let back = 0; back <= SENTENCES_BACK && sentence - back >= 0; back++) {
      const subject = subjectOf(sentence - back);
      if (!subject || subject.start >= at || !fitsPronoun(pronoun, subject, lexicon)) continue;
      if (!best || subject.start > best.at) best = { span: subject, key: keyOf(subject), gender: null, at: subject.start };
      break;
    }
    return best;
  };

  return {
    /** The speaker of a statement whose cue is at `at`. */
    resolve(speaker: SpeakerPhrase | null, at: number): ResolvedSpeaker {
      if (!speaker) return { span: null, key: null };
      const { phrase, name, standsFor, gender } = speaker;
      if (standsFor === null) return remember(at, name, keyOf(name), null);
      if (standsFor === 'relative') return { span: null, key: null };
      if (standsFor === 'statement') {
        const previous = history.at(-1);
        return previous ? remember(at, previous.span, previous.key, previous.gender) : remember(at, phrase, keyOf(phrase), null);
      }
      const person = findPerson(phrase.start, gender);
      if (person) {
        history.push({ at, span: { start: person.start, end: person.end, text: person.text }, key: person.key, named: true, gender: person.gender ?? gender });
        return { span: phrase, key: person.key };
      }
      const named = standsFor === 'pronoun' ? findNamed(phrase.start, phrase.text.toLowerCase(), gender) : null;
      if (named) return remember(at, named.span, named.key, named.gender);
      return remember(at, phrase, null, gender);
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
      if (subject && breaksSince(subject.start) <= PARAGRAPHS_BACK && (!previous || previous.at < subject.start)) return remember(subject.start, subject, keyOf(subject), null);
      if (!previous || breaksSince(previous.at) > PARAGRAPHS_BACK) return { span: null, key: null };
      return { span: previous.span, key: previous.key };
    },
  };
}
