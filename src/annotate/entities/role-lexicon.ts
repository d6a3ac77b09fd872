import { readDataFile } from '../../shared/data-files.ts';

interface RolesFile {
  titles: { title: string; kind: string }[];
  honorifics: string[];
  roleNouns: string[];
}

export interface RoleLexicon {
  /** Lower-case titles by their number of words, longest first: "homeland security secretary", "president". */
  titles: Map<string, string>;
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
  lexicon = {
    titles,
    maxTitleWords: Math.max(...[...titles.keys()].map((title) => title.split(/\s+/).length)),
    titleFirstWords: new Set([...titles.keys()].map((title) => title.split(/[\s-]+/)[0]!)),
    titleBeginnings: new Set([...titles.keys()].flatMap((title) => Array.from({ length: title.length }, (_, index) => title.slice(0, index + 1)))),
    honorifics: new Set(data.honorifics.map((honorific) => honorific.toLowerCase())),
    roleNouns: new Set(data.roleNouns.map((noun) => noun.toLowerCase())),
  };
  return lexicon;
}
