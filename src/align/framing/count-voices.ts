import type { Article, Entity, VoiceShare } from '../../model/index.ts';
import { loadCountries } from '../../shared/countries.ts';

/** The name of the voice whose speaker the article does not name or the annotator could not resolve. */
export const UNKNOWN_VOICE = 'unknown';

export type SpeakerIdOf = (articleId: string, entityKey: string) => string | null;

interface Voice {
  id: string | null;
  name: string;
  quotes: number;
}

/** What the story as a whole knows of its actors, to name a speaker and place it in a country. */
export interface StoryActors {
  speakerIdOf: SpeakerIdOf;
  /** Entity id → the merged entity's name. */
  nameOf: ReadonlyMap<string, string>;
  /** Entity id → the first country any article gives the actor ("Papandreou" unplaced here, GR in another article). */
  countryOf: ReadonlyMap<string, string>;
}

export function readStoryActors(articles: readonly Article[], speakerIdOf: SpeakerIdOf, entities: readonly Entity[]): StoryActors {
  const countryOf = new Map<string, string>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const id = mention.country ? speakerIdOf(article.id, mention.entityKey) : null;
      if (id && !countryOf.has(id)) countryOf.set(id, mention.country!);
    }
  }
  return { speakerIdOf, nameOf: new Map(entities.map((entity) => [entity.id, entity.name])), countryOf };
}

/**
 * Who the article quotes, one voice per quote: the pieces of `"We will not yield," Lavrov said, "and we
 * will win."` are one quote group and count once. By actor (the merged entity) and by country (a person's
 * country as the article gives it, or the country an organisation or a country mention stands for; else
 * as another article of the story gives it).
 */
export function countVoices(article: Article, actors: StoryActors): { voices: VoiceShare[]; voicesByCountry: VoiceShare[] } {
  const speakerKeys = speakerKeyPerQuoteGroup(article);
  const firstMentions = readFirstMentions(article);
  const byActor = new Map<string | null, Voice>();
  const byCountry = new Map<string | null, Voice>();
  for (const speakerKey of speakerKeys) {
    const id = speakerKey ? actors.speakerIdOf(article.id, speakerKey) : null;
    const name = id ? actors.nameOf.get(id) ?? firstMentions.nameOf.get(speakerKey!) ?? UNKNOWN_VOICE : UNKNOWN_VOICE;
    addQuote(byActor, id, name);
    const country = speakerKey && id ? firstMentions.countryOf.get(speakerKey) ?? actors.countryOf.get(id) ?? null : null;
    addQuote(byCountry, country, country ? firstMentions.countryNameOf.get(country) ?? nameOfCountry(country) : UNKNOWN_VOICE);
  }
  return { voices: toShares(byActor, speakerKeys.length), voicesByCountry: toShares(byCountry, speakerKeys.length) };
}

/** One speaker key per quote group, in the order the groups open; a group takes the first piece that names a speaker. */
function speakerKeyPerQuoteGroup(article: Article): (string | null)[] {
  const groups = new Map<string, string | null>();
  for (const quote of article.quotes) groups.set(quote.group, groups.get(quote.group) ?? quote.speakerKey);
  return [...groups.values()];
}

function addQuote(voices: Map<string | null, Voice>, id: string | null, name: string): void {
  const voice = voices.get(id) ?? { id, name, quotes: 0 };
  voice.quotes++;
  voices.set(id, voice);
}

/** Most quoted first; ties in the order the article first quotes them. Shares to three decimals. */
function toShares(voices: Map<string | null, Voice>, total: number): VoiceShare[] {
  return [...voices.values()]
    .sort((a, b) => b.quotes - a.quotes)
    .map(({ id, name, quotes }) => ({ id, name, quotes, share: Math.round((1000 * quotes) / total) / 1000 }));
}

/**
 * What the article's first mentions say, read in one pass (a quote group asks once each): an entity
 * key's name, its country ("Foreign Minister Sergei Lavrov" → RU; "the Kremlin" → RU, a country mention;
 * "BBC News" → GB), and the name the article gives a country ("Russia" for RU).
 */
function readFirstMentions(article: Article): { nameOf: Map<string, string>; countryOf: Map<string, string>; countryNameOf: Map<string, string> } {
  const nameOf = new Map<string, string>();
  const countryOf = new Map<string, string>();
  const countryNameOf = new Map<string, string>();
  for (const mention of article.mentions) {
    if (!nameOf.has(mention.entityKey)) nameOf.set(mention.entityKey, mention.name);
    if (mention.country && !countryOf.has(mention.entityKey)) countryOf.set(mention.entityKey, mention.country);
    if (mention.type === 'country' && mention.country && !countryNameOf.has(mention.country)) countryNameOf.set(mention.country, mention.name);
  }
  return { nameOf, countryOf, countryNameOf };
}

/** The common English name of a country the article names by no mention of its own, from world-countries. */
function nameOfCountry(code: string): string {
  return loadCountries().find((country) => country.cca2 === code)?.name.common ?? code;
}
