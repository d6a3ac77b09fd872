import type { EntityMention } from '../../model/index.ts';
import type { Token } from '../read-tokens.ts';
import { loadActorGazetteer } from './actor-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { linkMentions } from './link-mentions.ts';

/** Mentions of people, organisations, countries and places, each linked to one actor of the article. */
export function findEntityMentions(text: string, tokens: readonly Token[]): EntityMention[] {
  return linkMentions(findMentions(text, tokens));
}

let genders: Map<string, 'male' | 'female'> | undefined;

/** The gender the people gazetteer gives an actor's key, for "he said" / "she added"; null when unknown. */
export function genderOf(entityKey: string): 'male' | 'female' | null {
  genders ??= new Map([...loadActorGazetteer().values()].filter((actor) => actor.gender).map((actor) => [actor.key, actor.gender!]));
  return genders.get(entityKey) ?? null;
}
