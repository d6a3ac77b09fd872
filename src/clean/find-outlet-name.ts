import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldText } from '../shared/words.ts';

interface OutletEntry {
  name: string;
  aliases: string[];
}

interface OutletGazetteer {
  outlets: OutletEntry[];
  photoAgencies: OutletEntry[];
}

let gazetteer: { outlets: Map<string, string>; photoAgencies: Set<string>; pattern: RegExp } | undefined;

function loadGazetteer() {
  if (gazetteer) return gazetteer;
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/outlets.json'), 'utf8')) as OutletGazetteer;
  const outlets = new Map<string, string>();
  for (const outlet of data.outlets) for (const alias of [outlet.name, ...outlet.aliases]) outlets.set(foldText(alias), outlet.name);
  const photoAgencies = new Set(data.photoAgencies.flatMap((agency) => [agency.name, ...agency.aliases].map(foldText)));
  const escaped = [...outlets.keys()].sort((a, b) => b.length - a.length).map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  gazetteer = { outlets, photoAgencies, pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escaped.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u') };
  return gazetteer;
}

/** The canonical name of the known outlet that `text` names or contains as a whole phrase ("BBC News World" → "BBC News"). */
export function findKnownOutlet(text: string): string | null {
  const { outlets, pattern } = loadGazetteer();
  const folded = foldText(text);
  const exact = outlets.get(folded);
  if (exact) return exact;
  const match = pattern.exec(folded);
  return match ? outlets.get(match[1]!) ?? null : null;
}

/** Photo agencies and stock libraries: a "© Getty Images" line credits a picture, not the outlet. */
export function isPhotoAgency(text: string): boolean {
  const { photoAgencies } = loadGazetteer();
  const folded = foldText(text);
  return [...photoAgencies].some((agency) => folded === agency || folded.startsWith(`${agency} `) || folded.endsWith(` ${agency}`) || folded.includes(`/${agency}`));
}
