import type { PersonMention } from './types.ts';

/** "Mr. Obama", "Mrs. Clinton", "Ms. Yates", "Miss Moore": a courtesy title that says whether its person is a man or a woman. */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/u;
const TITLE_OPENING = /^(Mr|Mrs|Ms|Miss)\.?\s/u;
const GENDER_OF_TITLE: Readonly<Record<string, 'male' | 'female'>> = Object.freeze({ Mr: 'male', Mrs: 'female', Ms: 'female', Miss: 'female' });

/**
 * The people of an article with the gender the article itself gives them where the gazetteer gives
 * none: a mention written after "Mr." makes every mention with its key a man ("Mr. Tribe" → "he said"
 * stands for Laurence Tribe), "Mrs."/"Ms." a woman. A key the article titles both ways stays unknown.
 */
export function readArticleGenders(text: string, people: readonly PersonMention[]): PersonMention[] {
  const titled = new Map<string, 'male' | 'female' | null>();
  for (const mention of people) {
    if (mention.type !== 'person' || mention.gender) continue;
    const title = TITLE_OPENING.exec(mention.text)?.[1] ?? TITLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 6), mention.start))?.[1];
    if (!title) continue;
    const gender = GENDER_OF_TITLE[title]!;
    const earlier = titled.get(mention.key);
    titled.set(mention.key, earlier === undefined || earlier === gender ? gender : null);
  }
  if (titled.size === 0) return [...people];
  return people.map((mention) => (mention.gender || !titled.get(mention.key) ? mention : { ...mention, gender: titled.get(mention.key)! }));
}
