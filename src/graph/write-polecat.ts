import { SCHEMA_VERSION, type Entity, type Relation, type RelationEnd, type RelationLevel } from '../model/index.ts';
import type { ArticleFacts, StoryRelations } from './actor-graph.ts';
import { relationsAt } from './batch-articles.ts';
import { alpha3Of } from './country-codes.ts';
import { ploverScoreOf } from './plover-scores.ts';
import { POLECAT_COLUMNS, TRIANGULATE_COLUMNS, type PolecatColumn } from './polecat-columns.ts';

/** POLECAT's word for a value it does not have. */
const MISSING = 'None';

/**
 * Relations of one level in POLECAT's tab-separated layout, so they load beside POLECAT data: one row per
 * relation and article that tells it (POLECAT codes each event from one story), POLECAT's columns first and
 * ours after them. Several values in one field are joined by ";", a missing value is "None"; a tab or line
 * break inside a value becomes a space. Countries are ISO alpha-3. What we do not know (COW codes, sectors,
 * titles, Wikipedia ids, the place of the event) is "None".
 */
export function* writePolecat(stories: readonly StoryRelations[], level: RelationLevel): Generator<string> {
  const columns: readonly PolecatColumn[] = [...POLECAT_COLUMNS, ...TRIANGULATE_COLUMNS];
  yield `${columns.join('\t')}\n`;
  const articlesOf = stories.map((story) => new Map(story.articles.map((article) => [article.id, article])));
  for (const { story, relation } of relationsAt(stories, level)) {
    const entities = stories[story - 1]!.entities;
    const articleIds = [...new Set([...relation.evidence.map((item) => item.articleId), ...relation.articles])];
    for (const articleId of articleIds) {
      const row = polecatRow(relation, story, articleId, articlesOf[story - 1]!.get(articleId) ?? null, entities);
      yield `${columns.map((column) => row[column]).join('\t')}\n`;
    }
  }
}

function polecatRow(relation: Relation, story: number, articleId: string, article: ArticleFacts | null, entities: readonly Entity[]): Record<PolecatColumn, string> {
  const evidence = relation.evidence.filter((item) => item.articleId === articleId);
  const score = ploverScoreOf(relation.type);
  const named = entities.filter((entity) => entity.articles.includes(articleId));
  const namesOf = (...types: Entity['type'][]) => named.filter((entity) => types.includes(entity.type)).map((entity) => entity.name);
  const actor = (end: RelationEnd | null) => ({ name: end?.name ?? null, country: alpha3Of(end?.country ?? null) });
  const source = actor(relation.sourceActor);
  const target = actor(relation.targetActor);
  const values: Record<PolecatColumn, string | number | readonly string[] | null> = {
    'Event ID': `${story}-${relation.id}-${articleId}`,
    // the day this article's sentence dates the act to, else the day another article does, else the day it came out
    'Event Date': evidence.find((item) => item.date)?.date ?? relation.date ?? article?.published ?? null,
    'Event Type': relation.type.toUpperCase(),
    'Event Mode': relation.mode,
    Intensity: score?.intensity ?? null,
    'Quad Code': score?.quadCode ?? null,
    Contexts: relation.contexts,
    'Actor Name': source.name,
    'Actor Country': source.country,
    'Actor COW': null,
    'Primary Actor Sector': null,
    'Actor Sectors': null,
    'Actor Title': null,
    'Actor Name Raw': null,
    'Wikipedia Actor ID': null,
    'Recipient Name': target.name,
    'Recipient Country': target.country,
    'Recipient COW': null,
    'Primary Recipient Sector': null,
    'Recipient Sectors': null,
    'Recipient Title': null,
    'Recipient Name Raw': null,
    'Wikipedia Recipient ID': null,
    Placename: null,
    City: null,
    District: null,
    Province: null,
    Country: null,
    Latitude: null,
    Longitude: null,
    'GeoNames ID': null,
    'Raw Placename': null,
    'Feature Type': null,
    Source: article?.outlet ?? null,
    'Publication Date': article?.published ?? null,
    'Story People': namesOf('person'),
    'Story Organizations': namesOf('organization'),
    'Story Locations': namesOf('place', 'country'),
    Language: article?.language ?? null,
    Version: `triangulate-${SCHEMA_VERSION}`,
    Headline: article?.title ?? null,
    'Event Text': evidence.map((item) => item.text).join(' ') || null,
    'Relation ID': relation.id,
    Level: relation.level,
    'Article ID': articleId,
    'Copy Of': article?.kinship?.copyOf ?? null,
    'Evidence Spans': evidence.map((item) => `${item.start}-${item.end}`),
    Triggers: evidence.map((item) => item.trigger.text),
    Reported: relation.reported,
    Auxiliary: relation.auxiliary,
    'Asserted By': relation.assertedBy,
    'Independent Sources': relation.support.independent,
  };
  return Object.fromEntries(Object.entries(values).map(([column, value]) => [column, tsvValue(value)])) as Record<PolecatColumn, string>;
}

/** One field: a list joined by ";" (a ";" inside an item becomes ","), "None" for nothing, no tab or line break inside. */
function tsvValue(value: string | number | readonly string[] | null): string {
  const items = value === null ? [] : typeof value === 'object' ? value.map((item) => item.replace(/;/g, ',')) : [String(value)];
  const text = items
    .map((item) => item.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim())
    .filter(Boolean)
    .join(';');
  return text || MISSING;
}
