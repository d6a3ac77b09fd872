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
  return {
    independent: dossier.story.independent,
    languages: dossier.story.languages,
    facts: dossier.facts.length,
    conflicts: dossier.conflicts.length,
    singleSource: dossier.singleSource.length,
    quoteVariants: dossier.quoteVariants.length,
    relations: dossier.relations.length,
  };
}
