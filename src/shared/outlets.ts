import { readDataFile } from './data-files.ts';
import { foldAccents, foldText } from './words.ts';

export interface OutletEntry {
  /** "BBC News", "Time (magazine)": a qualifier in brackets tells apart outlets of one name. */
  name: string;
  aliases: string[];
  domains?: string[];
  /** ISO 3166-1 alpha-2 code of the outlet's home, null for none. */
  country?: string | null;
}

export interface OutletsFile {
  outlets: readonly OutletEntry[];
  photoAgencies: readonly OutletEntry[];
}

interface LoadedGazetteer {
  /** Folded alias → canonical name, for a whole line or credit that is only the name. */
  byFoldedAlias: Map<string, string>;
  /** Accent-folded alias, case kept → canonical name, for finding a name inside a credit. */
  byCasedAlias: Map<string, string>;
  casedPattern: RegExp;
  photoAgencies: Set<string>;
  /** "bbc.co.uk" → "BBC News". */
  byDomain: Map<string, string>;
}

let outletsFile: OutletsFile | undefined;
let gazetteer: LoadedGazetteer | undefined;

/**
 * News outlets and photo agencies of data/outlets.json, compiled by hand (see data/README.md), read once per
 * process: clean matches credits and sites against them, annotate knows outlets as organisations.
 */
export function readOutletsFile(): OutletsFile {
  outletsFile ??= readDataFile<OutletsFile>('outlets.json');
  return outletsFile;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function loadGazetteer(): LoadedGazetteer {
  if (gazetteer) return gazetteer;
  const data = readOutletsFile();
  const byFoldedAlias = new Map<string, string>();
  const byCasedAlias = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const outlet of data.outlets) {
    for (const domain of outlet.domains ?? []) byDomain.set(domain.toLowerCase(), outlet.name);
    for (const alias of [outlet.name, ...outlet.aliases]) {
      byFoldedAlias.set(foldText(alias), outlet.name);
      byCasedAlias.set(foldAccents(alias), outlet.name);
    }
  }
  const alternatives = [...byCasedAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  gazetteer = {
    byFoldedAlias,
    byCasedAlias,
    casedPattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u'),
    photoAgencies: new Set(data.photoAgencies.flatMap((agency) => [agency.name, ...agency.aliases].map(foldText))),
    byDomain,
  };
  return gazetteer;
}

/** The canonical name when the whole text is a known outlet's name or alias ("BBC Mundo", "REUTERS"). */
export function matchKnownOutlet(text: string): string | null {
  return loadGazetteer().byFoldedAlias.get(foldText(text)) ?? null;
}

/**
 * The canonical name of a known outlet named inside a credit, written with its capitals:
 * "BBC News World" → "BBC News"; "El país en vilo" names no outlet.
 */
export function findKnownOutlet(text: string): string | null {
  const whole = matchKnownOutlet(text);
  if (whole) return whole;
  const { casedPattern, byCasedAlias } = loadGazetteer();
  const match = casedPattern.exec(foldAccents(text));
  return match ? byCasedAlias.get(match[1]!) ?? null : null;
}

/** Photo agencies and stock libraries: a "© Getty Images" line credits a picture, not the outlet. */
export function isPhotoAgency(text: string): boolean {
  const { photoAgencies } = loadGazetteer();
  const folded = foldText(text);
  return [...photoAgencies].some((agency) => folded === agency || folded.startsWith(`${agency} `) || folded.endsWith(` ${agency}`) || folded.includes(`/${agency}`));
}

/** The known outlet whose site a URL is on: "https://www.bbc.co.uk/news/world-123" → "BBC News"; subdomains count. */
export function outletOfUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const { byDomain } = loadGazetteer();
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const outlet = byDomain.get(domain);
    if (outlet) return outlet;
  }
  return null;
}
