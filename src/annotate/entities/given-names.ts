import { readDataFile } from '../../shared/data-files.ts';
import { foldAccents } from '../../shared/words.ts';

interface GivenNamesFile {
  givenNames: string[];
  familyNamesFirst: string[];
}

let names: Set<string> | undefined;

/**
 * "Gary Hargrove", "Tishana King", "Xi Jinping": a name that holds a given name before its last word (or, in Chinese, Korean and
 * Vietnamese, with a family name) is a person's; "Human Rights", "Death Penalty" open with none (data/given-names.json).
 */
export function holdsPersonalName(name: string): boolean {
  if (!names) {
    const file = readDataFile<GivenNamesFile>('given-names.json');
    names = new Set([...file.givenNames, ...file.familyNamesFirst].map(foldAccents));
  }
  const words = foldAccents(name).split(/\s+/);
  // "Linebacker Mike Peterson", "Commerce Secretary Gary Locke": a given name before the last word, the title left in
  // "Jean-Pierre", "Ali-Akbar" are listed whole; "Mary-Kate" is "Mary" before the hyphen
  return words.slice(0, -1).some((word) => names!.has(word) || names!.has(word.split('-')[0]!));
}
