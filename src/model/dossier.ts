import type { Article } from './article.ts';
import type { FailedInput, Message } from './message.ts';

export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'other';

/** One actor, canonical across the articles: its surface forms are aliases. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  articles: string[];
  /** ISO 3166-1 alpha-2 of the country the actor is or acts for ("RU" for Vladimir Putin and for "the Kremlin"), when known. */
  country: string | null;
}

/** One unbroken piece of quoted speech; pieces of a quote broken by "she said" share a `group`. */
export interface Quote {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  group: string;
  speakerId: string | null;
  speaker: string | null;
}

export interface Evidence {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** Support of a fact in sources: syndicated and near-duplicate copies count once in `independent`. */
export interface Support {
  articles: number;
  outlets: number;
  independent: number;
}

/**
 * How a fact reads: the statement its evidence shares, as a reader can take it alone. When the shared
 * clause cannot stand alone ("is to combat drug trafficking"), `text` is its whole sentence and `clause`
 * the offsets of the clause inside `text`, for a report to mark it.
 */
export interface FactHeadline {
  text: string;
  clause?: { start: number; end: number };
}

/** One statement the outlets make, aligned across articles, with the clause or sentence from each. */
export interface Fact extends FactHeadline {
  id: string;
  articles: string[];
  evidence: Evidence[];
  support: Support;
}

/** What one outlet reports that no other article of the story carries. */
export interface SingleSourceClaim {
  id: string;
  articleId: string;
  text: string;
  evidence: Evidence;
}

/**
 * A widely reported fact this article leaves out: one that two or more other independent sources, and at
 * least a third of the story's, report (see findOmissions). The fact's `articles` say who reports it.
 */
export interface Omission {
  articleId: string;
  factId: string;
}

export interface ConflictValue {
  value: string;
  articles: string[];
  evidence: Evidence[];
}

export type ConflictKind = 'number' | 'date' | 'place' | 'actor' | 'speaker';

/** Aligned statements that disagree: each value with the articles and evidence that give it. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  about: string;
  /** The fact the disagreeing statements belong to, when they were aligned into one. */
  factId: string | null;
  values: ConflictValue[];
}

/** One outlet's wording of a quote shared with other outlets. */
export interface QuoteVariantWording {
  quoteId: string;
  articleId: string;
  text: string;
  speakerId: string | null;
  speaker: string | null;
  /** Stretches of `text` (offsets into it) that the other wordings do not share. */
  differences: Array<{ start: number; end: number; text: string }>;
}

/** The same quote as each outlet words it. */
export interface QuoteVariant {
  id: string;
  text: string;
  wordings: QuoteVariantWording[];
}

export interface TimelineEntry {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`: a week or weekend is its first day, a quarter its first month, a season its year, a decade or century its first year. */
  date: string;
  /** How much of the calendar `date` stands for: "the week of 8 Dec 2025" is a `week` from 2025-12-08. */
  precision: 'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'weekend' | 'day' | 'time';
  /** The date as a reader writes it: "11 Dec 2025", "Dec 2025", "2025", "the 1960s", "the week of 8 Dec 2025". */
  label: string;
  /** The event of that date: the clause that holds the date, or its sentence where the clause does not read alone. */
  text: string;
  articles: string[];
  evidence: Evidence[];
}

/** How often an actor (or a country) is quoted in one article. */
export interface VoiceShare {
  /** An entity id, or an ISO 3166-1 alpha-2 code for voices by country; `null` when unknown. */
  id: string | null;
  name: string;
  quotes: number;
  share: number;
}

/** A hedge or a loaded word, where the article uses it. */
export interface FramingTerm extends Evidence {
  /** The lexicon entry it matched ("allegedly", "regime"). */
  term: string;
  /** Lexicon class: `hedge`, or the evaluative class of a loaded word. */
  category: string;
}

/** How one article tells the story. */
export interface Framing {
  articleId: string;
  voices: VoiceShare[];
  voicesByCountry: VoiceShare[];
  /** Statements given to a source (quotes and attributions) vs sentences asserted without one. */
  attributed: number;
  unattributed: number;
  hedges: FramingTerm[];
  loaded: FramingTerm[];
}

/** PLOVER event types, lower case. */
export type RelationType =
  | 'agree' | 'consult' | 'support' | 'concede' | 'cooperate' | 'aid' | 'retreat' | 'request'
  | 'accuse' | 'reject' | 'threaten' | 'protest' | 'sanction' | 'mobilize' | 'coerce' | 'assault';

/**
 * An edge between the actors named (`actor`: Vladimir Putin → Nicolás Maduro) or the countries they act for
 * (`country`: Russia → Venezuela). A relation whose ends are countries already ("Russia condemned the United
 * States") is written once, at the `actor` level: the country view of the relations is the `country` ones
 * and the `actor` ones between two countries.
 */
export type RelationLevel = 'actor' | 'country';

/**
 * How the text tells a relation: `fact` as the writer's own statement; `asserted` by a speaker ("the
 * Kremlin said Putin ..."); `alleged` ("reportedly", "accused of"); `denied` (negated: "did not call", or
 * a party's denial); `requested` ("urged X to withdraw"); `planned` ("will visit", "plans to deploy");
 * `hypothetical` ("could supply", "if ... were to"). Only `fact` and `asserted` say the act happened.
 */
export type ReportManner = 'fact' | 'asserted' | 'alleged' | 'denied' | 'requested' | 'planned' | 'hypothetical';

/** PLOVER's auxiliary modes (manual 0.8, "Special contexts"): why an event is not a plain past fact. */
export type AuxiliaryMode = 'negation' | 'hypothetical' | 'future' | 'historical';

/** One sentence a relation is read from, with the words that name the act and how they tell it. */
export interface RelationEvidence extends Evidence {
  /** The words that name the act, offsets into the article's text: "seized", "the seizure of", "phone call". */
  trigger: { start: number; end: number; text: string };
  reported: ReportManner;
  auxiliary: AuxiliaryMode[];
  /** Who asserts it, when `reported` is `asserted`: an entity id when the speaker is a known actor, and the speaker as written. */
  speakerId: string | null;
  speaker: string | null;
  /** The day (or month, year) the clause dates the act to, resolved against the article's date; null when it gives none. */
  date: string | null;
}

/** One end of a relation: an entity of the dossier (a country entity at the `country` level). */
export interface RelationEnd {
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 of the country it acts for, when known. */
  country: string | null;
}

/**
 * Source actor → PLOVER event type (and mode) → target actor, with every sentence that tells it. One
 * relation per ends, type, mode and manner of report, so a denial never joins the fact it denies.
 */
export interface Relation {
  id: string;
  level: RelationLevel;
  /** Entity ids: the doer, and whom the act is done to (null when the act has no recipient: "protesters rallied"). */
  source: string;
  target: string | null;
  sourceActor: RelationEnd;
  targetActor: RelationEnd | null;
  type: RelationType;
  /** The PLOVER 2.0 mode of the type, where the manual defines one: consult/phone, coerce/seize, mobilize/weapons. */
  mode: string | null;
  /** PLOVER contexts the evidence names: military, economic, diplomatic, ... */
  contexts: string[];
  reported: ReportManner;
  auxiliary: AuxiliaryMode[];
  /** Speakers who assert it (for `asserted`), as entity ids where known, else as written. */
  assertedBy: string[];
  /** The earliest date the evidence gives the act, or null. */
  date: string | null;
  articles: string[];
  /** Articles, outlets and independent sources (syndicated and near-duplicate copies once) that carry it. */
  support: Support;
  evidence: RelationEvidence[];
}

/** What the dossier says of the batch as a whole. */
export interface StorySummary {
  title: string | null;
  articles: number;
  /** Distinct outlets, an article without a known outlet counting as its own (as in each fact's support). */
  outlets: number;
  /** Articles that are not copies of another: syndicated and near-duplicate texts count once. */
  independent: number;
  languages: string[];
  /**
   * The stories the articles tell, as groups of article ids, largest first: one group unless the inputs
   * are clearly several stories, which are then aligned apart (a message says so). Articles with no
   * readable English text belong to no group.
   */
  stories: string[][];
  messages: Message[];
}

export interface Dossier {
  schemaVersion: string;
  story: StorySummary;
  articles: Article[];
  failed: FailedInput[];
  entities: Entity[];
  quotes: Quote[];
  facts: Fact[];
  singleSource: SingleSourceClaim[];
  omissions: Omission[];
  conflicts: Conflict[];
  quoteVariants: QuoteVariant[];
  timeline: TimelineEntry[];
  framing: Framing[];
  relations: Relation[];
}

/** Bumped when a field of the dossier changes meaning. */
export const SCHEMA_VERSION = '1.4.0';
