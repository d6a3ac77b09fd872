import type { Article, LinkedEntities } from '../model/index.ts';

/**
 * What pins an article to one event rather than to its kind: the actors, places and organisations it
 * names (as their entity across the batch), the numbers it gives with what they count ("6.1 magnitude",
 * "10 people"), the years it names, and the year it was published. Names, numbers and dates
 * cross languages, so an article whose clauses were not read (another language) still has anchors.
 * Each anchor with how often the article gives it.
 */
export function readAnchors(article: Article, entities: LinkedEntities): Map<string, number> {
  const anchors = new Map<string, number>();
  const add = (key: string) => anchors.set(key, (anchors.get(key) ?? 0) + 1);
  for (const mention of article.mentions) {
    const id = entities.idOf(article.id, mention.entityKey);
    if (id) add(`entity:${id}`);
  }
  for (const quantity of article.quantities) {
    // "at least 10 people" → number:10 people; a bare "26" says too little to tell two events apart
    if (quantity.value !== null && quantity.value > 1 && quantity.unit) add(`number:${quantity.value} ${quantity.unit}`);
  }
  for (const date of article.dates) {
    // "June 12, 2013" and "in 2013" → year:2013; "Friday" (XXXX-WXX-5) says no year. The day is left
    // out: one event is told over several days, and the day an article gives is most often its own
    // date line, which differs between reports of one event
    const year = /^(\d{4})/.exec(date.value);
    if (year) add(`year:${year[1]}`);
  }
  const published = /^(\d{4})/.exec(article.published ?? '');
  if (published) add(`year:${published[1]}`);
  return anchors;
}
