import { gzipSync } from 'node:zlib';
import { storyRelations } from './graph/index.ts';
import type { Dossier } from './model/index.ts';
import { renderJsonPieces } from './report/index.ts';
import type { DossierRecord, StoryFigures } from './store/index.ts';

/**
 * A dossier as the store keeps it: the JSON text `analyze --format json` writes, gzip-compressed (what the
 * server sends as it is), the figures the story list shows, and what the actor graph reads.
 */
export function dossierRecord(dossier: Dossier): DossierRecord {
  const text = Buffer.concat([...renderJsonPieces(dossier)].map((piece) => Buffer.from(piece, 'utf8')));
  return { title: dossier.story.title, json: gzipSync(text), figures: storyFigures(dossier), relations: storyRelations(dossier) };
}

export function storyFigures(dossier: Dossier): StoryFigures {
  const byOutlet = new Map<string, number>();
  for (const article of dossier.articles) if (article.outlet) byOutlet.set(article.outlet, (byOutlet.get(article.outlet) ?? 0) + 1);
  return {
    outlets: [...byOutlet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet),
    independent: dossier.story.independent,
    languages: dossier.story.languages,
    facts: dossier.facts.length,
    conflicts: dossier.conflicts.length,
    singleSource: dossier.singleSource.length,
    quoteVariants: dossier.quoteVariants.length,
    relations: dossier.relations.length,
  };
}
