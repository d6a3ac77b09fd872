import { readDataFile } from '../../shared/data-files.ts';
import type { PersonMention } from './types.ts';

/** "Mr. Obama", "Mrs. Clinton", "Ms. Yates", "Miss Moore": a courtesy title that says whether its person is a man or a woman. */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/u;
const TITLE_OPENING = /^(Mr|Mrs|Ms|Miss)\.?\s/u;
const GENDER_OF_TITLE: Readonly<Record<string, 'male' | 'female'>> = Object.freeze({ Mr: 'male', Mrs: 'female', Ms: 'female', Miss: 'female' });

interface GivenNameGendersFile {
  female: string[];
  male: string[];
}

let givenNameGenders: Map<string, 'male' | 'female'> | undefined;

/** data/given-name-genders.json, loaded once per process. */
function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  if (!givenNameGenders) {
    const file = readDataFile<GivenNameGendersFile>('given-name-genders.json');
    givenNameGenders = new Map([...file.female.map((name) => [name, 'female'] as const), ...file.male.map((name) => [name, 'male'] as const)]);
  }
  return givenNameGenders.get(word);
}

/** "Maria Lopez", "Sen. Maria Lopez", "Mary-Kate Olsen": the gender of the first given name before a mention's last word, past a title. */
function genderOfName(text: string): 'male' | 'female' | undefined {
  for (const word of text.split(/\s+/u).slice(0, -1)) {
    const gender = genderOfGivenName(word) ?? genderOfGivenName(word.split('-')[0]!);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * The people of an article with the gender the article itself gives them where the gazetteer gives
 * none: a mention written after "Mr." makes every mention with its key a man ("Mr. Tribe" → "he said"
 * stands for Laurence Tribe), "Mrs."/"Ms." a woman. A key the article titles both ways stays unknown.
 * A key with no title takes the gender of its given name ("Maria Lopez" → "she"), when every name its
 * mentions open with says the same.
 */
export function readArticleGenders(text: string, people: readonly PersonMention[]): PersonMention[] {
  const titled = new Map<string, 'male' | 'female' | null>();
  const named = new Map<string, 'male' | 'female' | null>();
  const agree = (found: Map<string, 'male' | 'female' | null>, key: string, gender: 'male' | 'female') => {
    const earlier = found.get(key);
    found.set(key, earlier === undefined || earlier === gender ? gender : null);
  };
  for (const mention of people) {
    if (mention.type !== 'person' || mention.gender) continue;
    const title = TITLE_OPENING.exec(mention.text)?.[1] ?? TITLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 6), mention.start))?.[1];
    if (title) agree(titled, mention.key, GENDER_OF_TITLE[title]!);
    const byName = genderOfName(mention.text);
    if (byName) agree(named, mention.key, byName);
  }
  if (titled.size === 0 && named.size === 0) return [...people];
  const genderOf = (key: string) => (titled.has(key) ? titled.get(key) : named.get(key)) ?? null;
  return people.map((mention) => (mention.gender || !genderOf(mention.key) ? mention : { ...mention, gender: genderOf(mention.key)! }));
}
