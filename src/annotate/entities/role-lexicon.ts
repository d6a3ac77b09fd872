import { readDataFile } from '../../shared/data-files.ts';

interface RolesFile {
  titles: { title: string; kind: string }[];
  honorifics: string[];
  roleNouns: string[];
}

export interface RoleLexicon {
  /** Lower-case titles by their number of words, longest first: "homeland security secretary", "president". */
  titles: Map<string, string>;
  /** The same titles in the plural, lower-case: "presidents", "foreign ministers", "secretaries of state". */
  pluralTitles: Map<string, string>;
  maxTitleWords: number;
  /** The first word of every title: a token that opens none is no title's start. */
  titleFirstWords: Set<string>;
  /** Every beginning of a title, letter by letter ("vice", "vice-", "vice-c", …): a phrase that is none can grow into no title. */
  titleBeginnings: Set<string>;
  honorifics: Set<string>;
  roleNouns: Set<string>;
}

let lexicon: RoleLexicon | undefined;

/** Titles, honorifics and role nouns of data/roles.json: what stands before or after a name and is no part of it. */
export function loadRoleLexicon(): RoleLexicon {
  if (lexicon) return lexicon;
  const data = readDataFile<RolesFile>('roles.json');
  const titles = new Map(data.titles.map((entry) => [entry.title.toLowerCase(), entry.kind]));
  for (const noun of data.roleNouns) if (!titles.has(noun.toLowerCase())) titles.set(noun.toLowerCase(), 'other');
  // "Presidents Vladimir Putin and Xi Jinping", "Foreign Ministers Lavrov and Wang": a title in the plural is one too
  // (only before names that are people: "Kings County Hospital", "Screen Actors Guild" hold no title)
  const pluralTitles = new Map<string, string>();
  for (const [title, kind] of titles) {
    const plural = pluralOf(title);
    if (!titles.has(plural)) pluralTitles.set(plural, kind);
  }
  const allTitles = [...titles.keys(), ...pluralTitles.keys()];
  const honorifics = new Set(data.honorifics.map((honorific) => honorific.toLowerCase()));
  // "Gov Jerry Brown", "Sen Ted Cruz": an abbreviated honorific is also written without its period
  for (const honorific of [...honorifics]) if (/^[a-z]{2,}\.$/.test(honorific)) honorifics.add(honorific.slice(0, -1));
  lexicon = {
    titles,
    pluralTitles,
    maxTitleWords: Math.max(...allTitles.map((title) => title.split(/\s+/).length)),
    titleFirstWords: new Set(allTitles.map((title) => title.split(/[\s-]+/)[0]!)),
    titleBeginnings: new Set(allTitles.flatMap((title) => Array.from({ length: title.length }, (_, index) => title.slice(0, index + 1)))),
    honorifics,
    roleNouns: new Set(data.roleNouns.map((noun) => noun.toLowerCase())),
  };
  return lexicon;
}

/** The plural of a title's last word: "president" → "presidents", "secretary" → "secretaries", "spokesman" → "spokesmen". */
function pluralOf(title: string): string {
  if (/man$/.test(title)) return `${title.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(title)) return `${title.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(title)) return `${title}es`;
  return `${title}s`;
}
