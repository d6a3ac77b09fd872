import type { Article } from '../model/index.ts';
import { loadCountries } from '../shared/countries.ts';
import { foldText } from '../shared/words.ts';

/** Name words shorter than this ("Al", "de", "Le") meet by chance. */
const MIN_NAME_LETTERS = 4;
/** Least marks an article must share with a story to join it: one name or one number alone is chance. */
const MIN_SHARED = 2;

/**
 * What crosses languages, as marks two articles in different languages can share: the words of the
 * names an English article gives ("Nicolás Maduro" → name:maduro), the capitalised words of one in
 * another language (read as names), countries in any language the gazetteer knows ("Russland", "Russie"
 * → country:RU), numbers ("7,4" and "7.4" → number:7.4) and days (day:2019-01-05).
 */
export function readCrossLanguageMarks(article: Article): Set<string> {
  const marks = new Set<string>();
  if (article.clauses.length) {
    for (const mention of article.mentions) {
      if (mention.country && mention.type === 'country') marks.add(`country:${mention.country}`);
      else for (const word of nameWords(mention.name)) marks.add(`name:${word}`);
    }
  } else {
    const countries = countryNames();
    for (const token of article.tokens) {
      if (!/^\p{Lu}/u.test(token.text)) continue;
      const folded = foldText(token.text);
      const country = countries.get(folded);
      if (country) marks.add(`country:${country}`);
      else if (folded.length >= MIN_NAME_LETTERS) marks.add(`name:${folded}`);
    }
  }
  for (const quantity of article.quantities) if (quantity.value !== null && quantity.value > 1) marks.add(`number:${quantity.value}`);
  for (const date of article.dates) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(date.value);
    if (day) marks.add(`day:${day[0]}`);
  }
  return marks;
}

/**
 * Articles whose clauses were not read (another language) put with the story they share most marks
 * with (at least MIN_SHARED; see readCrossLanguageMarks), or alone: an article in German on the Oscars
 * joins no earthquake. Unread articles placed earlier count as stories too, so two German articles on
 * one event stay together. Returns the stories with every unread article in one of them.
 */
export function placeUnreadArticles(stories: readonly (readonly string[])[], unread: readonly { id: string }[], marksOf: (id: string) => readonly string[]): string[][] {
  const placed = stories.map((story) => [...story]);
  const storyMarks = placed.map((story) => countMarks(story.map(marksOf)));
  for (const article of unread) {
    const marks = marksOf(article.id);
    let best = -1;
    let bestShared = MIN_SHARED - 1;
    storyMarks.forEach((counts, index) => {
      const shared = [...marks].filter((mark) => counts.has(mark)).length;
      if (shared > bestShared) [best, bestShared] = [index, shared];
    });
    if (best === -1) {
      placed.push([article.id]);
      storyMarks.push(countMarks([marks]));
    } else {
      placed[best]!.push(article.id);
      for (const mark of marks) storyMarks[best]!.set(mark, (storyMarks[best]!.get(mark) ?? 0) + 1);
    }
  }
  return placed;
}

function countMarks(sets: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const marks of sets) for (const mark of marks) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  return counts;
}

/** "Vladimir Putin" → putin, vladimir; words of at least MIN_NAME_LETTERS letters. */
function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[\s-]+/)
    .filter((word) => word.length >= MIN_NAME_LETTERS && /^\p{L}+$/u.test(word));
}

let countryByName: Map<string, string> | undefined;

/** Every country's common and official names in every language the gazetteer gives, folded → its code. */
function countryNames(): Map<string, string> {
  if (countryByName) return countryByName;
  countryByName = new Map();
  for (const country of loadCountries()) {
    const names = [country.name.common, ...Object.values(country.translations).map((translation) => translation.common)];
    for (const name of names) if (!name.includes(' ')) countryByName.set(foldText(name), country.cca2);
  }
  return countryByName;
}
