import { baseFormsOf } from './base-forms.ts';
import { findSortedLine } from './find-sorted-line.ts';
import {
  entryOf, readDataFile, type BackgroundDfFile, type EventClassesFile, type PartOfSpeech, type WordnetConceptsFile,
} from './read-data-files.ts';

/** What the aligner asks of a word: what it can meet in another article's word, its event, its rarity. */
export interface Lexicon {
  /**
   * The concepts a lemma stands for: the lemma itself ("w:telephone") and its WordNet concepts (the
   * first sense's synset, the verb or noun it derives from or to, an adjective's head). Two words meet
   * when they share one: "telephone" (noun) and "phone" (verb) share v00791110, "seizure" and "seize"
   * share w:seize. With a part of speech, only that part's concepts count; with `null`, all parts' do.
   */
  conceptsOf(lemma: string, pos: PartOfSpeech | null): readonly string[];
  /** The news event class a lemma names ("seize" → "coerce.seize"), or null. */
  eventClassOf(lemma: string): string | null;
  /** ln((N+1)/(df+1)) + 1 over the background news documents; an unseen word (or '') gets the highest. */
  idf(lemma: string): number;
}

const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

let lexicon: Lexicon | undefined;

/** The lexicon of data/wordnet-concepts.json, event-classes.json and background-df.json, read once per process. */
export function loadLexicon(): Lexicon {
  lexicon ??= createLexicon(
    readDataFile<WordnetConceptsFile>('wordnet-concepts.json'),
    readDataFile<EventClassesFile>('event-classes.json'),
    readDataFile<BackgroundDfFile>('background-df.json'),
  );
  return lexicon;
}

function createLexicon(wordnet: WordnetConceptsFile, events: EventClassesFile, background: BackgroundDfFile): Lexicon {
  const classOf = new Map<string, string>();
  for (const [eventClass, lemmas] of Object.entries(events.classes)) for (const lemma of lemmas) if (!classOf.has(lemma)) classOf.set(lemma, eventClass);
  const conceptLines = new Map<string, string | undefined>();
  /** "seize" as a verb → "v01215136 n00813935 w:seizing", read once. */
  const conceptLineOf = (form: string, part: PartOfSpeech) => {
    const key = `${part}:${form}`;
    if (!conceptLines.has(key)) conceptLines.set(key, findSortedLine(wordnet[part], form));
    return conceptLines.get(key);
  };
  /** The form a lemma is known under ("Deaths" → "death"), or the lemma itself, lower-cased. */
  const knownForm = (lemma: string, parts: readonly PartOfSpeech[]) => {
    const forms = baseFormsOf(lemma.toLowerCase());
    return forms.find((form) => classOf.has(form) || parts.some((part) => conceptLineOf(form, part) !== undefined)) ?? forms[0]!;
  };

  // by part of speech, then lemma: a key joined from the two was a new string to hash at each of a long story's 300,000 asks
  const conceptCache = new Map<PartOfSpeech | null, Map<string, readonly string[]>>();
  const conceptsOf = (lemma: string, pos: PartOfSpeech | null): readonly string[] => {
    let byLemma = conceptCache.get(pos);
    if (!byLemma) conceptCache.set(pos, (byLemma = new Map()));
    let concepts = byLemma.get(lemma);
    if (concepts) return concepts;
    const parts = pos ? [pos] : PARTS;
    const form = knownForm(lemma, parts);
    const lines = parts.map((part) => conceptLineOf(form, part)).filter((line) => line !== undefined);
    concepts = Object.freeze([...new Set([`w:${form}`, ...lines.flatMap((line) => line.split(' '))])]);
    byLemma.set(lemma, concepts);
    return concepts;
  };

  const maxIdf = Math.log(background.documents + 1) + 1;
  // each lemma's rarity and class are worked out once: a long story asks of "said" and "police" thousands of times
  const idfCache = new Map<string, number>();
  const idf = (lemma: string): number => {
    let value = idfCache.get(lemma);
    if (value !== undefined) return value;
    const forms = baseFormsOf(lemma.toLowerCase());
    const count = forms.map((form) => entryOf(background.df, form)).find((found) => found !== undefined);
    value = count === undefined ? maxIdf : Math.log((background.documents + 1) / (count + 1)) + 1;
    idfCache.set(lemma, value);
    return value;
  };
  const classCache = new Map<string, string | null>();
  const eventClassOf = (lemma: string): string | null => {
    let eventClass = classCache.get(lemma);
    if (eventClass !== undefined) return eventClass;
    // "Talks" → "talk": a plural WordNet also lists ("talks", "sales") still finds its singular's class
    eventClass = baseFormsOf(lemma.toLowerCase()).map((form) => classOf.get(form)).find(Boolean) ?? null;
    classCache.set(lemma, eventClass);
    return eventClass;
  };

  return Object.freeze({ conceptsOf, eventClassOf, idf });
}
