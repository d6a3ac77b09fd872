import type { ArticleFacts, StoryRelations } from '../../src/graph/index.ts';
import type { Entity, EntityType, Relation, RelationEnd, RelationEvidence, ReportManner } from '../../src/model/index.ts';

/** One end of a relation: `actor('e-us', 'United States', 'country', 'US')`. */
export function actor(id: string, name: string, type: EntityType = 'country', country: string | null = null): RelationEnd {
  return { id, name, type, country };
}

/** An article as the graph reads it: its id and outlet, with whatever else a test sets. */
export function article(id: string, outlet: string | null, extra: Partial<ArticleFacts> = {}): ArticleFacts {
  return { id, source: `${id}.txt`, outlet, kinship: null, published: '2025-12-11', title: `Title of ${id}`, language: 'en', ...extra };
}

interface RelationParts {
  id?: string;
  level?: Relation['level'];
  source: RelationEnd;
  target: RelationEnd | null;
  type: Relation['type'];
  mode?: string | null;
  reported?: ReportManner;
  articles: string[];
  /** Per article, the day its sentence dates the act to (none: the sentence gives no date). */
  dates?: Record<string, string>;
  text?: string;
  contexts?: string[];
}

/** A relation told once in each of its articles, in a sentence of `text` (by default "<source> <type> <target>."). */
export function relation(parts: RelationParts): Relation {
  const reported = parts.reported ?? 'fact';
  const text = parts.text ?? `${parts.source.name} ${parts.type} ${parts.target?.name ?? ''}.`;
  const evidence: RelationEvidence[] = parts.articles.map((articleId) => ({
    articleId,
    start: 0,
    end: text.length,
    text,
    trigger: { start: parts.source.name.length + 1, end: parts.source.name.length + 1 + parts.type.length, text: parts.type },
    reported,
    auxiliary: reported === 'denied' ? ['negation'] : [],
    speakerId: null,
    speaker: null,
    date: parts.dates?.[articleId] ?? null,
  }));
  return {
    id: parts.id ?? `r-${parts.source.id}-${parts.type}-${parts.target?.id ?? 'none'}-${reported}`,
    level: parts.level ?? 'country',
    source: parts.source.id,
    target: parts.target?.id ?? null,
    sourceActor: parts.source,
    targetActor: parts.target,
    type: parts.type,
    mode: parts.mode ?? null,
    contexts: parts.contexts ?? [],
    reported,
    auxiliary: reported === 'denied' ? ['negation'] : [],
    assertedBy: [],
    date: Object.values(parts.dates ?? {}).sort()[0] ?? null,
    articles: parts.articles,
    support: { articles: parts.articles.length, outlets: parts.articles.length, independent: parts.articles.length },
    evidence,
  };
}

/** An entity of a story, named in the given articles. */
export function entity(end: RelationEnd, articles: string[], aliases: string[] = []): Entity {
  return { id: end.id, name: end.name, type: end.type, aliases, articles, country: end.country };
}

export function story(relations: Relation[], articles: ArticleFacts[], entities: Entity[] = []): StoryRelations {
  return { relations, entities, articles };
}
