import { buildSpanLookup, type SpanLookup } from '../../shared/span-lookup.ts';
import type { SentenceReader } from './prepare-sentences.ts';
import type { Spoken } from './speaker-fit.ts';
import type { PersonMention } from './types.ts';
import { groupBy } from '../../shared/group-by.ts';

/**
 * The article's people and the speakers met so far, indexed so that resolving one speaker does not walk
 * every mention or every earlier speaker: a long article (40,000 clauses) resolves in near-linear time.
 * Each answer lists what a walk over the whole list would meet, in the list's order.
 */
export interface PeopleIndex {
  people: readonly PersonMention[];
  /** The people by place in the text ("the mentions that overlap 'Foreign Minister Yván Gil'"). */
  spans: SpanLookup<PersonMention>;
  /** The mentions of one key, in text order. */
  withKey(key: string): readonly PersonMention[];
  /** "King" → the mentions whose last word is "king" in any case ("Billy King", "KING"). */
  endingWith(lastWord: string): readonly PersonMention[];
  /** The speakers met so far, in the order they were met. */
  history: readonly Spoken[];
  /** The speakers met so far whose cue is in one sentence, in the order they were met. */
  spokenIn(sentence: number): readonly Spoken[];
  /** The speakers met so far written exactly so ("Lynch"), in the order they were met. */
  spokenAs(text: string): readonly Spoken[];
  remember(spoken: Spoken): void;
}

const NONE: readonly never[] = Object.freeze([]);

/** The last whitespace-separated word of a name, in lower case: "Billy King" → "king". */
export const lastWordOf = (text: string) => text.split(/\s/u).at(-1)!.toLowerCase();

export function indexPeople(people: readonly PersonMention[], reader: SentenceReader): PeopleIndex {
  const byKey = groupBy(people, (mention) => mention.key);
  const byLastWord = groupBy(people, (mention) => lastWordOf(mention.text));
  const history: Spoken[] = [];
  const bySentence = new Map<number, Spoken[]>();
  const byText = new Map<string, Spoken[]>();
  const add = <K>(map: Map<K, Spoken[]>, key: K, spoken: Spoken) => {
    const list = map.get(key);
    if (list) list.push(spoken);
    else map.set(key, [spoken]);
  };
  return {
    people,
    spans: buildSpanLookup(people),
    withKey: (key) => byKey.get(key) ?? NONE,
    endingWith: (lastWord) => byLastWord.get(lastWord) ?? NONE,
    history,
    spokenIn: (sentence) => bySentence.get(sentence) ?? NONE,
    spokenAs: (text) => byText.get(text) ?? NONE,
    remember(spoken) {
      history.push(spoken);
      add(bySentence, reader.indexAt(spoken.at), spoken);
      add(byText, spoken.span.text, spoken);
    },
  };
}
