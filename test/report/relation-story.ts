/**
 * A short story of three articles written for the report tests, read by the real pipeline; and, to pin
 * the reports' format whatever src/relate reads, relations over its REAL sentences made by hand: each
 * one's evidence a sentence span of an article the pipeline read, its trigger the words in it that name
 * the act, its ends the pipeline's own entities. The reports are what is tested, not these relations.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countSupport } from '../../src/shared/count-support.ts';
import type { Dossier, Relation, RelationEnd, RelationEvidence, RelationLevel, RelationType, ReportManner } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';

/** The story, one file per article: a seizure, a condemnation, a phone call, a deployment, a hypothetical, a denial, a claim, and hostile markup. */
export const RELATION_STORY: Readonly<Record<string, string>> = Object.freeze({
  'tanker.txt':
    'Tanker seized off Venezuela\n\nU.S. forces seized an oil tanker off the coast of Venezuela on Wednesday. Russia condemned the seizure. Putin spoke with Maduro by phone on Thursday. Since September, the United States has deployed warships to the Caribbean.\n',
  'call.txt':
    'Putin and Maduro talk by phone\n\nVladimir Putin spoke with Nicolas Maduro by phone on Thursday, the Kremlin said. Russia could supply missiles to Venezuela, an analyst said. The United States did not seize a Russian ship.\n',
  'hostile.txt':
    'Kremlin backs Caracas\n\nThe Kremlin said Putin expressed solidarity with Venezuela. A reader wrote </script><script>window.__pwned=1</script> after Russia condemned the seizure.\n',
});

/** The texts as files in a fresh folder. */
export function writeRelationStory(): string {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-relations-'));
  for (const [name, text] of Object.entries(RELATION_STORY)) writeFileSync(join(folder, name), text);
  return folder;
}

/** The story as the real pipeline reads it (relations as src/relate gives them). */
export async function analyzeRelationStory(): Promise<Dossier> {
  return analyzeStory([writeRelationStory()]);
}

interface RelationSpec {
  id: string;
  level: RelationLevel;
  source: string;
  target: string | null;
  type: RelationType;
  mode: string | null;
  reported: ReportManner;
  /** Picks the sentences that tell it, in every article that has one, and the trigger inside each. */
  sentence: RegExp;
  trigger: RegExp;
  assertedBy?: string[];
  date?: string;
}

/** What the story tells, by hand: actor-level relations, and the country-level roll-up of one between people (as src/relate makes none between countries). */
const SPECS: readonly RelationSpec[] = [
  { id: 'r-call', level: 'actor', source: 'Vladimir Putin', target: 'Nicolás Maduro', type: 'consult', mode: 'phone', reported: 'fact', sentence: /spoke with/, trigger: /spoke/, date: '2025-12-11' },
  { id: 'r-call-countries', level: 'country', source: 'Russia', target: 'Venezuela', type: 'consult', mode: 'phone', reported: 'fact', sentence: /spoke with/, trigger: /spoke/, date: '2025-12-11' },
  { id: 'r-seizure', level: 'actor', source: 'United States', target: 'Venezuela', type: 'coerce', mode: 'seize', reported: 'fact', sentence: /forces seized/, trigger: /seized/ },
  { id: 'r-condemn', level: 'actor', source: 'Russia', target: 'United States', type: 'accuse', mode: 'disapprove', reported: 'fact', sentence: /Russia condemned/, trigger: /condemned/ },
  { id: 'r-supply', level: 'actor', source: 'Russia', target: 'Venezuela', type: 'aid', mode: null, reported: 'hypothetical', sentence: /could supply/, trigger: /could supply/ },
  { id: 'r-russian-ship', level: 'actor', source: 'United States', target: 'Russia', type: 'coerce', mode: 'seize', reported: 'denied', sentence: /did not seize/, trigger: /did not seize/ },
  { id: 'r-warships', level: 'actor', source: 'United States', target: null, type: 'mobilize', mode: 'weapons', reported: 'fact', sentence: /deployed warships/, trigger: /deployed/ },
  { id: 'r-solidarity', level: 'actor', source: 'Vladimir Putin', target: 'Venezuela', type: 'support', mode: null, reported: 'asserted', sentence: /solidarity/, trigger: /expressed solidarity/, assertedBy: ['the Kremlin'] },
];

/** The dossier with the relations above instead of the extractor's, over its real sentences (a spec no sentence matches is left out). */
export function withStoryRelations(dossier: Dossier): Dossier {
  const articles = new Map(dossier.articles.map((article) => [article.id, article]));
  const end = (name: string): RelationEnd => {
    const entity = dossier.entities.find((candidate) => candidate.name === name);
    if (!entity) throw new Error(`the pipeline found no entity "${name}": ${dossier.entities.map((candidate) => candidate.name).join(', ')}`);
    return { id: entity.id, name: entity.name, type: entity.type, country: entity.country };
  };
  const relations = SPECS.flatMap((spec): Relation[] => {
    const evidence = dossier.articles.flatMap((article): RelationEvidence[] =>
      article.sentences.flatMap(({ start, end: stop }) => {
        const text = article.text.slice(start, stop);
        const trigger = spec.sentence.test(text) ? spec.trigger.exec(text) : null;
        if (!trigger) return [];
        const at = start + trigger.index;
        const speaker = spec.assertedBy?.[0] ?? null;
        return [{ articleId: article.id, start, end: stop, text, trigger: { start: at, end: at + trigger[0].length, text: trigger[0] }, reported: spec.reported, auxiliary: [], speakerId: null, speaker, date: spec.date ?? null }];
      }),
    );
    if (!evidence.length) return [];
    const sourceActor = end(spec.source);
    const targetActor = spec.target ? end(spec.target) : null;
    const ids = [...new Set(evidence.map((item) => item.articleId))];
    return [{
      id: spec.id, level: spec.level, source: sourceActor.id, target: targetActor?.id ?? null, sourceActor, targetActor, type: spec.type, mode: spec.mode, contexts: [],
      reported: spec.reported, auxiliary: spec.reported === 'hypothetical' ? ['hypothetical'] : spec.reported === 'denied' ? ['negation'] : [],
      assertedBy: spec.assertedBy ?? [], date: spec.date ?? null, articles: ids, support: countSupport(ids, articles), evidence,
    }];
  });
  return { ...dossier, relations };
}
