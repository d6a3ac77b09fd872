import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import type { Entity } from '../../src/model/index.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';
import { relateActors } from '../../src/relate/index.ts';
import { PHRASINGS } from './phrasings.ts';

/** Each phrasing read alone through ingest, clean, annotate, entity linking and relate. */
async function relationsOf(text: string) {
  const extracted = await extractArticleFromBytes('phrasing.txt', new TextEncoder().encode(text));
  assert.ok('text' in extracted, `not read: ${text}`);
  const article = annotateArticle(extracted);
  const linked = mergeEntities([article]);
  const { relations, actors } = relateActors([article], linked);
  const entities = new Map<string, Entity>([...linked.entities, ...actors].map((entity) => [entity.id, entity]));
  const names = (id: string | null) => (id ? [entities.get(id)!.name, ...entities.get(id)!.aliases] : []);
  return relations.map((relation) => ({ ...relation, sourceNames: names(relation.source), targetNames: names(relation.target) }));
}

const named = (names: readonly string[], wanted: string) => names.some((name) => name === wanted || name.endsWith(` ${wanted}`) || wanted.endsWith(` ${name}`));

for (const phrasing of PHRASINGS) {
  test(`${phrasing.covers}: ${phrasing.text}`, async () => {
    const relations = await relationsOf(phrasing.text);
    const said = relations.map((relation) => `${relation.sourceNames[0]} -${relation.type}${relation.mode ? `/${relation.mode}` : ''}→ ${relation.targetNames[0] ?? '∅'} (${relation.reported})`).join('; ');
    if (phrasing.none) {
      assert.deepEqual(relations.filter((relation) => relation.level === 'actor').map((relation) => relation.type), [], said);
      return;
    }
    const found = relations.find(
      (relation) =>
        relation.type === phrasing.type &&
        named(relation.sourceNames, phrasing.source!) &&
        (phrasing.target === undefined || (phrasing.target === null ? relation.target === null : named(relation.targetNames, phrasing.target))) &&
        (phrasing.mode === undefined || relation.mode === phrasing.mode) &&
        (phrasing.reported === undefined || relation.reported === phrasing.reported),
    );
    assert.ok(found, `wanted ${phrasing.source} -${phrasing.type}${phrasing.mode ? `/${phrasing.mode}` : ''}→ ${phrasing.target ?? '∅'}${phrasing.reported ? ` (${phrasing.reported})` : ''}; read: ${said || 'nothing'}`);
    if (!phrasing.reported) assert.ok(found.reported === 'fact' || found.reported === 'asserted', `told as ${found.reported}`);
  });
}
