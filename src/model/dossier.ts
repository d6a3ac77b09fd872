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

export interface Fact {
  id: string;
  text: string;
  articles: string[];
  evidence: Evidence[];
}

export interface ConflictValue {
  value: string;
  articles: string[];
  evidence: Evidence[];
}

export interface Conflict {
  id: string;
  about: string;
  values: ConflictValue[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  articles: string[];
}

/** PLOVER event types, lower case. */
export type RelationType =
  | 'agree' | 'consult' | 'support' | 'concede' | 'cooperate' | 'aid' | 'retreat' | 'request'
  | 'accuse' | 'reject' | 'threaten' | 'protest' | 'sanction' | 'mobilize' | 'coerce' | 'assault';

export interface Relation {
  source: string;
  target: string;
  type: RelationType;
  articles: string[];
  evidence: Evidence[];
}

/** What the dossier says of the batch as a whole. */
export interface StorySummary {
  title: string | null;
  articles: number;
  /** Distinct outlets among the articles that name one. */
  outlets: number;
  /** Articles that are not copies of another: syndicated and near-duplicate texts count once. */
  independent: number;
  languages: string[];
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
  conflicts: Conflict[];
  timeline: TimelineEntry[];
  relations: Relation[];
}

/** Bumped when a field of the dossier changes meaning. */
export const SCHEMA_VERSION = '1.0.0';
