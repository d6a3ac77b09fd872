import { foldText } from '../../shared/words.ts';

/** Words that say little about which quote this is: "the", "of", "is", "that". */
const FUNCTION_WORDS = new Set(
  ('a an the of to in on at by for with from and or but nor so as is are was were be been being am it its this that these those ' +
    'i we you he she they me us him her them my our your his their there here not no do does did has have had will would shall should ' +
    'can could may might must all any some very just also than then which who whom whose what when where why how about into over').split(' '),
);

/** A word of a quote, with where it lies in the quote's text. */
export interface QuoteWord {
  word: string;
  start: number;
  end: number;
  content: boolean;
}

/** "Protecting national interests" → protecting, national, interests (folded, function words marked). */
export function quoteWords(text: string): QuoteWord[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => {
    const word = foldText(match[0]).replace(/'s$/, '');
    return { word, start: match.index!, end: match.index! + match[0].length, content: !FUNCTION_WORDS.has(word) };
  });
}
