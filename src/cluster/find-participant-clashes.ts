import type { Lexicon } from '../lexicon/index.ts';
import type { Article, LinkedEntities, Participant } from '../model/index.ts';
import { readDataFile } from '../shared/data-files.ts';
import { spanLookup } from '../shared/span-lookup.ts';
import { nameWords } from './anchor-names.ts';
import { readPhraseActs } from './read-phrase-acts.ts';
import { lowerBound } from '../shared/count-before.ts';
import type { ClusterReading } from './read-for-clustering.ts';

/**
 * Sentences an article's lead, which tells its own event, runs over at most: the first ("Chargers' Jamal
 * Williams arrested on DUI suspicion"), and the next when the first names no one (see leadSentences).
 * Later sentences may retell another event ("fellow Charger Vincent Jackson was arrested last month").
 */
const MAX_LEAD_SENTENCES = 2;
/** Articles of one act and role an article's lead is compared with: a big batch of one kind of event stays near linear. */
const MAX_POSTINGS = 64;
/** Acts that tell nothing of what happened: being, having, doing. Acts of saying are read from data/reporting-verbs.json. */
const EMPTY_ACTS = ['be', 'have', 'do', 'get', 'make', 'go', 'come', 'take', 'give', 'continue'];
/** Name words this short ("Jr", "de") are shared by chance. */
const MIN_NAME_WORD = 3;

/**
 * One act of a clause or a phrase and the people named in one of its roles, as the article reads it on
 * its own: each person by the article's key for them, with their name.
 */
export interface ActPeople {
  concepts: readonly string[];
  role: 'doer' | 'target';
  people: ReadonlyArray<{ key: string; name: string }>;
  lead: boolean;
}

/** One act of a clause or a phrase and the people in one of its roles: "Williams was arrested" → arrest, target, [Williams]. */
interface ActParticipants {
  concepts: readonly string[];
  role: 'doer' | 'target';
  /** The people's anchor ids (see anchorNames) and the words of their names. */
  people: readonly string[];
  words: ReadonlySet<string>;
  lead: boolean;
}

/**
 * Which articles tell another event by who took part in it: an article whose lead names a person as
 * the doer or the target of an act ("Chargers defensive tackle Jamal Williams was arrested"), beside an
 * article that never names that person and tells the same act of someone else, no word of whose name
 * is shared ("Vincent Jackson was arrested on suspicion of drunken driving"). The later arrest's reports
 * may retell the earlier one ("fellow Charger Vincent Jackson was arrested last month"); the earlier
 * one's reports never name the later man. People only: a team or a place takes part in both events
 * of one kind. "Betty Page" and "Bettie Page", "Raj Chohan" and "Chohan" share a name word and do not
 * clash; the people of an act of saying ("announced", "said") are its sources, not its participants.
 * Acts are read from clauses and from phrases ("arrested in the murder of Deputy Juan Abel Escalante",
 * see readPhraseActs), and meet by concept or by kind of event: "the murder of Escalante" and "charged
 * with killing Jerry Ortiz" tell one act of two people.
 * `sameName` gives each entity id the id its anchor is counted under (see anchorNames).
 * Returns, per article id, the ids of the articles it clashes with (both ways). Acts are met through an
 * index of act concepts and roles (postings capped at MAX_POSTINGS around the article): near linear.
 */
export function findParticipantClashes(articles: readonly ClusterReading[], entities: LinkedEntities, sameName: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const acts = articles.map((article) => resolveActs(article, entities, sameName));
  const named = articles.map((article) => peopleNamed(article, entities, sameName));
  // act concept and role → the articles telling it, each once, in input order
  const postings = new Map<string, number[]>();
  acts.forEach((list, index) => {
    for (const key of new Set(list.flatMap((act) => act.concepts.map((concept) => `${concept}|${act.role}`)))) {
      const posting = postings.get(key) ?? [];
      posting.push(index);
      postings.set(key, posting);
    }
  });
  const clashes = new Map(articles.map((article) => [article.id, new Set<string>()]));
  acts.forEach((list, index) => {
    for (const lead of list) {
      if (!lead.lead) continue;
      for (const concept of lead.concepts) {
        const posting = postings.get(`${concept}|${lead.role}`)!;
        const at = lowerBound(posting, index);
        for (const other of posting.slice(Math.max(0, at - MAX_POSTINGS / 2), at + MAX_POSTINGS / 2 + 1)) {
          if (other === index || !tellsItOfOthers(lead, acts[other]!, named[other]!)) continue;
          clashes.get(articles[index]!.id)!.add(articles[other]!.id);
          clashes.get(articles[other]!.id)!.add(articles[index]!.id);
        }
      }
    }
  });
  return clashes;
}

/**
 * Whether another article tells the lead's act of other people only: it never names the lead's people
 * and gives the act, in the same role, to people none of whose name words the lead's people share.
 */
function tellsItOfOthers(lead: ActParticipants, others: readonly ActParticipants[], namedThere: ReadonlySet<string>): boolean {
  if (lead.people.some((person) => namedThere.has(person))) return false;
  return others.some(
    (act) => act.role === lead.role && act.concepts.some((concept) => lead.concepts.includes(concept)) && ![...act.words].some((word) => lead.words.has(word)),
  );
}

/**
 * Each clause's act (not one of saying, being or having, not denied) with the people of its doer and of
 * its target, and each act told in a phrase with the people of its target (see readPhraseActs); an act
 * whose role names no person is left out.
 */
export function readActParticipants(article: Article, lexicon: Lexicon): ActPeople[] {
  const found: ActPeople[] = [];
  const leadEnd = leadSentences(article);
  for (const clause of article.clauses) {
    const { act, doer, target, negated } = clause.roles;
    if (act === null || negated) continue;
    const lemma = article.tokens[act]!.lemma;
    if (emptyActs().has(lemma)) continue;
    const concepts = actConcepts(lemma, 'verb', lexicon);
    for (const [role, phrase] of [['doer', doer], ['target', target]] as const) {
      const people = phrase ? peopleIn(article, phrase) : [];
      if (people.length) found.push({ concepts, role, people, lead: clause.sentence < leadEnd });
    }
  }
  // "arrested in the murder of Deputy Juan Abel Escalante", "charged with killing Juan Abel Escalante"
  for (const { act, partOfSpeech, target, sentence } of readPhraseActs(article, lexicon)) {
    const people = peopleIn(article, target);
    if (people.length) found.push({ concepts: actConcepts(article.tokens[act]!.lemma, partOfSpeech, lexicon), role: 'target', people, lead: sentence < leadEnd });
  }
  return found;
}

/** An article's acts with their people as the batch's actors (anchor ids, see anchorNames): an act none of whose people is an actor of the batch is left out. */
function resolveActs(reading: ClusterReading, entities: LinkedEntities, sameName: ReadonlyMap<string, string>): ActParticipants[] {
  const found: ActParticipants[] = [];
  for (const act of reading.acts) {
    const people = new Map<string, string>();
    for (const { key, name } of act.people) {
      const id = entities.idOf(reading.id, key);
      if (id) people.set(sameName.get(id) ?? id, name);
    }
    if (!people.size) continue;
    const words = new Set([...people.values()].flatMap((name) => nameWords(name).filter((word) => word.length >= MIN_NAME_WORD)));
    found.push({ concepts: act.concepts, role: act.role, people: [...people.keys()], words, lead: act.lead });
  }
  return found;
}

/** The people named inside a participant's words, by the article's key, with their names. */
function peopleIn(article: Article, phrase: Participant): Array<{ key: string; name: string }> {
  const start = article.tokens[phrase.firstToken]!.start;
  const end = article.tokens[phrase.endToken - 1]!.end;
  const people: Array<{ key: string; name: string }> = [];
  for (const mention of spanLookup(article.mentions).within(start, end)) {
    if (mention.type !== 'person') continue;
    // "the arrest of Smith's brother": the one whose it is takes no part
    if (isPossessor(article, mention.end)) continue;
    people.push({ key: mention.entityKey, name: mention.name });
  }
  return people;
}

/**
 * How many sentences an article's lead runs over: up to the first that names a person, at most
 * MAX_LEAD_SENTENCES. "A 35-year-old sheriff's deputy was killed Friday ..." leaves the name to the
 * next sentence ("Deputy Jerry Ortiz had gone to the home ..."), a delayed-identification lead.
 */
function leadSentences(article: Article): number {
  const firstNamed = article.mentions.find((mention) => mention.type === 'person');
  const sentence = firstNamed ? article.tokens.find((token) => token.start >= firstNamed.start)?.sentence ?? 0 : 0;
  return Math.min(sentence + 1, MAX_LEAD_SENTENCES);
}

/** Whether a possessive mark follows a name ending at `end`: "Smith's", "Jones'". */
function isPossessor(article: Article, end: number): boolean {
  return /^['’]s?(?![\p{L}\d])/u.test(article.text.slice(end, end + 3));
}

/** Every person an article names anywhere, as anchor ids. */
function peopleNamed(reading: ClusterReading, entities: LinkedEntities, sameName: ReadonlyMap<string, string>): Set<string> {
  const people = new Set<string>();
  for (const mention of reading.mentions) {
    if (mention.type !== 'person') continue;
    const id = entities.idOf(reading.id, mention.entityKey);
    if (id) people.add(sameName.get(id) ?? id);
  }
  return people;
}

let emptyActSet: Set<string> | undefined;

/** Acts whose people are not the event's: being, having, and the one-word verbs of saying and thinking of data/reporting-verbs.json. */
function emptyActs(): ReadonlySet<string> {
  if (!emptyActSet) {
    const reporting = readDataFile<{ speech: string[]; thought: string[] }>('reporting-verbs.json');
    emptyActSet = new Set([...EMPTY_ACTS, ...reporting.speech, ...reporting.thought].filter((verb) => !verb.includes(' ')));
  }
  return emptyActSet;
}

/**
 * What an act is compared by: its concepts (see Lexicon.conceptsOf) and its kind of event (see
 * data/event-classes.json), for a verb or a noun: "murdered", "killing", "the slaying of" are one kind of act.
 */
function actConcepts(lemma: string, partOfSpeech: 'verb' | 'noun', lexicon: Lexicon): readonly string[] {
  const concepts = lexicon.conceptsOf(lemma, partOfSpeech);
  // "slaying" has no kind of its own: the verb it derives from ("w:slay") has
  const kind = lexicon.eventClassOf(lemma) ?? concepts.filter((concept) => concept.startsWith('w:')).map((concept) => lexicon.eventClassOf(concept.slice(2))).find(Boolean);
  return kind ? [...concepts, `kind:${kind}`] : concepts;
}
