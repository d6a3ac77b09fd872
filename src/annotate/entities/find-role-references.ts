import type { Token } from '../read-tokens.ts';
import { foldAccents } from '../../shared/words.ts';
import { loadActorGazetteer } from './actor-gazetteer.ts';
import { isCapitalised } from './find-name-runs.ts';
import type { FoundMention } from './find-mentions.ts';
import { COUNTRY_NOUNS, readRegionAdjective } from './match-region.ts';
import { loadRoleLexicon } from './role-lexicon.ts';

/** "the", "The", "THE": what `/^the$/i` matches, told from the character codes (asked of every token). */
function isThe(word: string): boolean {
  return word.length === 3 && (word.charCodeAt(0) | 0x20) === 0x74 && (word.charCodeAt(1) | 0x20) === 0x68 && (word.charCodeAt(2) | 0x20) === 0x65;
}

/**
 * "the Russian leader", "the Venezuelan president", "the US president", "the president": a person named
 * elsewhere in the article, referred to by role. Linking finds whom; here they are only found.
 */
export function findRoleReferences(text: string, tokens: readonly Token[]): FoundMention[] {
  const { roleNouns } = loadRoleLexicon();
  const gazetteer = loadActorGazetteer();
  const found: FoundMention[] = [];
  tokens.forEach((token, index) => {
    if (!isThe(token.text)) return;
    const countryReference = readCountryReference(text, tokens, index);
    if (countryReference) {
      found.push(countryReference);
      return;
    }
    let cursor = index + 1;
    let country: string | null = null;
    const qualifier = tokens[cursor];
    const known = qualifier && isCapitalised(qualifier) ? gazetteer.get(foldAccents(qualifier.text)) : undefined;
    if (known?.type === 'country' && known.form !== 'capital') {
      country = known.country;
      cursor++;
    }
    const noun = tokens[cursor];
    if (!noun || noun.sentence !== token.sentence || !roleNouns.has(noun.text.toLowerCase()) || isCapitalised(noun) && !country) return;
    const after = tokens[cursor + 1];
    // "the President of Russia, Vladimir Putin" and "the president Donald Trump" are titles, not references
    if (after && after.sentence === token.sentence && (isCapitalised(after) || after.text === 'of' || after.pos === 'NOUN')) return;
    const start = token.start;
    const end = noun.end;
    found.push({ start, end, text: text.slice(start, end), type: 'person', known: null, role: text.slice(tokens[index + 1]!.start, end), roleCountry: country, kind: 'role-reference', first: index, last: cursor + 1 });
  });
  return found;
}

/** "the South American nation": a country named before, by its region; resolved by linking. */
function readCountryReference(text: string, tokens: readonly Token[], index: number): FoundMention | null {
  const words = tokens.slice(index + 1, index + 3).map((token) => token.text);
  const region = readRegionAdjective(words);
  if (!region) return null;
  const nounIndex = index + 1 + region.split(' ').length;
  const noun = tokens[nounIndex];
  if (!noun || noun.sentence !== tokens[index]!.sentence || !COUNTRY_NOUNS.has(noun.text.toLowerCase())) return null;
  const start = tokens[index]!.start;
  return { start, end: noun.end, text: text.slice(start, noun.end), type: 'country', known: null, role: region, roleCountry: null, kind: 'role-reference', first: index, last: nounIndex + 1 };
}
