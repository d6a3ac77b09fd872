import type { Article, LinkedEntities } from '../model/index.ts';
import type { ClusterReading } from './read-for-clustering.ts';

/**
 * What pins an article to one event rather than to its kind: the actors, places and organisations it
 * names (as their entity across the batch), the numbers it gives with what they count ("6.1 magnitude",
 * "10 people"), the years it names, and the year it was published. Names, numbers and dates
 * cross languages, so an article whose clauses were not read (another language) still has anchors.
 * Each anchor with how often the article gives it. `sameName` gives each entity id the id its anchor is
 * counted under (entities that are one name written two ways, see anchorNames).
 */
export function readAnchors(reading: ClusterReading, entities: LinkedEntities, sameName?: ReadonlyMap<string, string>): Map<string, number> {
  const anchors = new Map<string, number>();
  const add = (key: string) => anchors.set(key, (anchors.get(key) ?? 0) + 1);
  for (const mention of reading.mentions) {
    const id = entities.idOf(reading.id, mention.entityKey);
    // "A. J. Smith" and "A.J. Smith", two entities of one name (see anchorNames), are one anchor
    if (id) add(`entity:${sameName?.get(id) ?? id}`);
  }
  for (const key of reading.numberAndYearAnchors) add(key);
  return anchors;
}

/** The anchors an article gives on its own, whoever its actors are across the batch: its numbers with what they count, its years, and the year it was published. */
export function readNumberAndYearAnchors(article: Pick<Article, 'quantities' | 'dates' | 'published'>): string[] {
  const anchors: string[] = [];
  for (const quantity of article.quantities) {
    // "at least 10 people" → number:10 people; a bare "26" says too little to tell two events apart
    if (quantity.value !== null && quantity.value > 1 && quantity.unit) anchors.push(`number:${quantity.value} ${unitWord(quantity.unit)}`);
  }
  for (const date of article.dates) {
    // "June 12, 2013" and "in 2013" → year:2013; "Friday" (XXXX-WXX-5) says no year. The day is left
    // out: one event is told over several days, and the day an article gives is most often its own
    // date line, which differs between reports of one event
    const year = /^(\d{4})/.exec(date.value);
    if (year) anchors.push(`year:${year[1]}`);
  }
  const published = /^(\d{4})/.exec(article.published ?? '');
  if (published) anchors.push(`year:${published[1]}`);
  return anchors;
}

/**
 * What a number counts, as one word: the first word of its unit, singular. "5.6 magnitude earthquake" and
 * "5.6 magnitude" count one thing, as do "1,500 kilometers" and "a 1,500 kilometer island", "10 people" and
 * "10 people Sunday".
 */
export function unitWord(unit: string): string {
  const first = unit.toLowerCase().split(/\s+/)[0]!;
  // "kilometers" → "kilometer", "villages" → "village"; "people", "news", "miss" keep theirs
  return first.length > 3 && /[^su]s$/.test(first) ? first.slice(0, -1) : first;
}
