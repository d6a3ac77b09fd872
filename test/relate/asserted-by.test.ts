import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';
import { relateActors } from '../../src/relate/index.ts';

async function read(text: string) {
  const extracted = await extractArticleFromBytes('asserted.txt', new TextEncoder().encode(text));
  assert.ok('text' in extracted);
  const article = annotateArticle(extracted);
  const linked = mergeEntities([article]);
  const { relations } = relateActors([article], linked);
  const nameOf = (id: string | null) => linked.entities.find((entity) => entity.id === id)?.name ?? null;
  return { relations: relations.filter((relation) => relation.level === 'actor'), nameOf };
}

test('"the Kremlin said Putin expressed solidarity": a claim of the Kremlin, the speaker linked to Russia', async () => {
  const { relations, nameOf } = await read('The Kremlin said Putin expressed solidarity with Venezuela on Thursday.');
  const support = relations.find((relation) => relation.type === 'support');
  assert.ok(support, JSON.stringify(relations.map((relation) => relation.type)));
  assert.equal(support.reported, 'asserted');
  assert.equal(support.evidence[0]!.speaker, 'The Kremlin');
  assert.equal(nameOf(support.evidence[0]!.speakerId), 'Russia');
});

test('"Russia could supply missiles, an analyst said": a hypothesis, and the analyst is nobody named before', async () => {
  const { relations } = await read('Putin met Maduro in Moscow on Monday. Russia could supply missiles to Venezuela, an analyst said.');
  const aid = relations.find((relation) => relation.type === 'aid');
  assert.ok(aid, JSON.stringify(relations.map((relation) => relation.type)));
  assert.equal(aid.reported, 'hypothetical');
  assert.ok(aid.auxiliary.includes('hypothetical'));
  assert.equal(aid.evidence[0]!.speaker, 'an analyst');
  assert.equal(aid.evidence[0]!.speakerId, null);
});

test('a denial and the fact it denies are two relations, the denial never told as a fact', async () => {
  const { relations } = await read('The United States seized a Venezuelan tanker on Wednesday. Venezuela never seized an American ship, its foreign minister said.');
  const seizures = relations.filter((relation) => relation.type === 'coerce');
  assert.deepEqual(seizures.map((relation) => relation.reported).sort(), ['denied', 'fact']);
  const denied = seizures.find((relation) => relation.reported === 'denied')!;
  assert.ok(denied.auxiliary.includes('negation'));
});
