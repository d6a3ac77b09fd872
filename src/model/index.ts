export type { Span } from './span.ts';
export type { Message, Origin, RawOffset, Severity, Stage, FailedInput } from './message.ts';
export type { ArticleMetadata, PublishedFrom } from './metadata.ts';
export { EMPTY_METADATA } from './metadata.ts';
export type { InputKind, RawArticle } from './raw-article.ts';
export type { OffsetSegment } from './offset-map.ts';
export { toCleanOffset, toRawOffset } from './offset-map.ts';
export type { Article, Dateline, Kinship, TemporalExpression, Quantity } from './article.ts';
export type {
  Dossier, StorySummary, Entity, EntityType, Quote, Evidence, Fact, FactHeadline, Support, SingleSourceClaim, Omission, Conflict, ConflictKind, ConflictValue, QuoteVariant, QuoteVariantWording, TimelineEntry, VoiceShare, FramingTerm, Framing, Relation, RelationType, RelationLevel, RelationEnd, RelationEvidence, ReportManner, AuxiliaryMode,
} from './dossier.ts';
export { SCHEMA_VERSION } from './dossier.ts';
export type { TextSpan, EntityMention, ArticleQuote, Attribution } from './annotation.ts';
export type { Token, Clause, ClauseRoles, Participant } from './clause.ts';
export type { LinkedEntities, Clustering } from './stories.ts';
export type { Options, IngestOptions, CleanOptions, ClusterOptions, AlignOptions, OptionOverrides } from './options.ts';
export { DEFAULT_OPTIONS, createOptions } from './options.ts';
