import type { EntityMention } from '../../model/index.ts';
import type { Token } from '../read-tokens.ts';
import { findMentions } from './find-mentions.ts';
import { linkMentions } from './link-mentions.ts';

/** Mentions of people, organisations, countries and places, each linked to one actor of the article. */
export function findEntityMentions(text: string, tokens: readonly Token[]): EntityMention[] {
  return linkMentions(findMentions(text, tokens));
}
