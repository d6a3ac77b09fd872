import type { Article, AuxiliaryMode, Entity, EntityType, Relation, RelationLevel, RelationType, ReportManner } from '../model/index.ts';

/** What the graph needs of an article: who published it, when, and whether it copies another. */
export type ArticleFacts = Pick<Article, 'id' | 'source' | 'outlet' | 'kinship' | 'published' | 'title' | 'language'>;

/** One story of a batch as the graph reads it: its relations (both levels), its entities and its articles. */
export interface StoryRelations {
  relations: readonly Relation[];
  entities: readonly Entity[];
  articles: readonly ArticleFacts[];
}

/** Independent sources that tell an act as it happened (`weight`) and those that tell it only otherwise (`otherWeight`). */
export interface Weights {
  /** Independent sources that report the act as `fact` or `asserted` by a speaker. */
  weight: number;
  /** Independent sources that report it only as alleged, denied, requested, planned or hypothetical. */
  otherWeight: number;
}

/** An act with no recipient ("protesters rallied"): it makes no edge, and is counted on its actor. */
export interface ActWithoutTarget extends Weights {
  type: RelationType;
  mode: string | null;
}

/** An actor: a person or body named (`actor` level) or the country it acts for (`country` level). */
export interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  aliases: string[];
  /** Articles that name it, over all stories. */
  articles: number;
  stories: number;
  /** Summed `weight` of its outgoing and incoming edges. */
  outWeight: number;
  inWeight: number;
  actsWithoutTarget: ActWithoutTarget[];
}

/** The weights of one day (or month, year) an edge's acts are dated to. */
export interface DatedWeights extends Weights {
  date: string;
}

/** One sentence behind an edge, with the relation and story it came from. */
export interface EdgeEvidence {
  story: number;
  relationId: string;
  articleId: string;
  outlet: string | null;
  start: number;
  end: number;
  text: string;
  trigger: { start: number; end: number; text: string };
  reported: ReportManner;
  auxiliary: AuxiliaryMode[];
  speaker: string | null;
  date: string | null;
}

/** Source → target for one PLOVER type and mode, over every story and manner of report. */
export interface GraphEdge extends Weights {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  mode: string | null;
  /** Independent sources per manner of report; a source that tells it two ways counts in both. */
  reported: Partial<Record<ReportManner, number>>;
  contexts: string[];
  auxiliary: AuxiliaryMode[];
  assertedBy: string[];
  /** Earliest and latest date the edge's acts are dated to (see `overTime`). */
  firstDate: string | null;
  lastDate: string | null;
  /** Weights per date, earliest first: the date a sentence gives the act, else its article's publication date. */
  overTime: DatedWeights[];
  articles: number;
  stories: number;
  relations: Array<{ story: number; id: string }>;
  evidence: EdgeEvidence[];
}

export interface ActorGraph {
  level: RelationLevel;
  stories: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
