import { createHash } from 'node:crypto';
import type { Article, AuxiliaryMode, Entity, Relation, RelationEnd, RelationEvidence, RelationLevel } from '../model/index.ts';
import { countriesByCode } from '../shared/countries.ts';
import { countSupport } from '../shared/count-support.ts';
import { entityId } from '../shared/entity-id.ts';
import type { ReadRelation } from './read-article-relations.ts';

/**
 * One relation per level, ends, type, mode and manner of report across the articles, with every
 * sentence that tells it; and the same at the level of the countries the actors act for (Putin →
 * Maduro is also Russia → Venezuela) where either end is not itself that country. Country entities the
 * story's entities lack are made for them.
 */
export function gatherRelations(read: readonly ReadRelation[], articles: readonly Article[], entities: readonly Entity[]): { relations: Relation[]; countries: Entity[] } {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const countries = new Map<string, Entity>();
  const endOf = (id: string): RelationEnd => {
    const entity = byId.get(id) ?? countries.get(id)!;
    return { id, name: entity.name, type: entity.type, country: entity.country ?? null };
  };
  const countryEntity = (code: string, articleId: string): string | null => {
    const id = entityId(`country:${code}`);
    const known = byId.get(id) ?? countries.get(id);
    if (known) {
      if (!known.articles.includes(articleId) && countries.has(id)) known.articles.push(articleId);
      return id;
    }
    const country = countriesByCode().get(code);
    if (!country) return null;
    countries.set(id, { id, name: country.name.common, type: 'country', aliases: [], articles: [articleId], country: code });
    return id;
  };
  const groups = new Map<string, { level: RelationLevel; items: ReadRelation[]; sourceId: string; targetId: string | null }>();
  const add = (level: RelationLevel, item: ReadRelation, sourceId: string, targetId: string | null) => {
    const key = [level, sourceId, targetId, item.type, item.mode, item.reported].join('|');
    const group = groups.get(key) ?? { level, items: [], sourceId, targetId };
    group.items.push(item);
    groups.set(key, group);
  };
  for (const item of read) {
    add('actor', item, item.sourceId, item.targetId);
    const sourceCountry = byId.get(item.sourceId)?.country ?? null;
    const targetCountry = item.targetId ? byId.get(item.targetId)?.country ?? null : null;
    const sourceId = sourceCountry ? countryEntity(sourceCountry, item.articleId) : null;
    const targetId = targetCountry ? countryEntity(targetCountry, item.articleId) : null;
    if (!sourceId || (item.targetId && !targetId) || sourceId === targetId) continue;
    if (sourceId === item.sourceId && targetId === item.targetId) continue; // the actors are the countries already
    add('country', item, sourceId, targetId);
  }
  // "Norway mediated between Colombia and the ELN": the roll-up Norway → Colombia of Norway → ELN, told by a sentence that
  // already gives Norway → Colombia between the countries themselves, is that relation again
  for (const [key, group] of groups) {
    if (group.level !== 'country') continue;
    const between = groups.get(`actor${key.slice('country'.length)}`);
    if (!between) continue;
    const told = new Set(between.items.map((item) => `${item.articleId}:${item.sentence.start}`));
    group.items = group.items.filter((item) => !told.has(`${item.articleId}:${item.sentence.start}`));
    if (!group.items.length) groups.delete(key);
  }
  const relations = [...groups.values()].map(({ level, items, sourceId, targetId }): Relation => {
    const first = items[0]!;
    const evidence = evidenceOf(items, articleById);
    const ids = [...new Set(items.map((item) => item.articleId))];
    const dates = items.map((item) => item.date).filter((date): date is string => date !== null).sort();
    return {
      id: `r${createHash('sha1').update([level, sourceId, targetId, first.type, first.mode, first.reported].join('|')).digest('hex').slice(0, 10)}`,
      level,
      source: sourceId,
      target: targetId,
      sourceActor: endOf(sourceId),
      targetActor: targetId ? endOf(targetId) : null,
      type: first.type,
      mode: first.mode,
      contexts: [...new Set(items.map((item) => item.context).filter((context): context is string => context !== null))],
      reported: first.reported,
      auxiliary: [...new Set(items.flatMap((item) => item.auxiliary))].sort() as AuxiliaryMode[],
      assertedBy: [...new Set(items.map((item) => item.speakerId ?? item.speaker).filter((speaker): speaker is string => speaker !== null))],
      date: dates[0] ?? null,
      articles: ids,
      support: countSupport(ids, articleById),
      evidence,
    };
  });
  const happened = (relation: Relation) => (relation.reported === 'fact' || relation.reported === 'asserted' ? 0 : 1);
  relations.sort((a, b) => (a.level === b.level ? 0 : a.level === 'actor' ? -1 : 1) || happened(a) - happened(b) || b.support.independent - a.support.independent || a.id.localeCompare(b.id));
  return { relations, countries: [...countries.values()] };
}

/** Each sentence once per article, in article order, with the trigger and how it is told there. */
function evidenceOf(items: readonly ReadRelation[], articles: ReadonlyMap<string, Article>): RelationEvidence[] {
  const seen = new Set<string>();
  const evidence: RelationEvidence[] = [];
  for (const item of items) {
    const key = `${item.articleId}:${item.sentence.start}:${item.trigger.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = articles.get(item.articleId)!.text;
    evidence.push({
      articleId: item.articleId,
      start: item.sentence.start,
      end: item.sentence.end,
      text: text.slice(item.sentence.start, item.sentence.end),
      trigger: { start: item.trigger.start, end: item.trigger.end, text: text.slice(item.trigger.start, item.trigger.end) },
      reported: item.reported,
      auxiliary: item.auxiliary,
      speakerId: item.speakerId,
      speaker: item.speaker,
      date: item.date,
    });
  }
  return evidence;
}
