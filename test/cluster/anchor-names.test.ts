import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorNames, nameWords } from '../../src/cluster/anchor-names.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import { unitWord } from '../../src/cluster/read-anchors.ts';
import type { Article } from '../../src/model/index.ts';
import { readAnnotated } from '../read-annotated.ts';


/** The anchor id of the entity named `name`, or undefined when no entity has that name. */
function anchorOf(articles: readonly Article[], name: string): string | undefined {
  const entities = mergeEntities(articles).entities;
  const sameName = anchorNames(entities);
  const entity = entities.find((candidate) => candidate.name === name);
  return entity && sameName.get(entity.id);
}

test('a name written two ways is one anchor: initials spaced or not, Mt or Mount, one letter more on a long surname', async () => {
  const articles = await readAnnotated({
    'one.txt': 'Climbers die on Mt Cook\nGeneral manager A.J. Smith said the climbers were found near Mt Cook on Tuesday. Duncan Raite, a guide, said the snow was deep.',
    'two.txt': 'Mount Cook search ends\nA. J. Smith, the general manager, said rescuers reached Mount Cook on Wednesday. Duncan Rait said the weather had cleared.',
  });
  const entities = mergeEntities(articles).entities;
  const names = entities.map((entity) => entity.name);
  let compared = 0;
  for (const [one, other] of [['A.J. Smith', 'A. J. Smith'], ['Duncan Raite', 'Duncan Rait'], ['Mt Cook', 'Mount Cook']] as const) {
    if (!names.includes(one) || !names.includes(other)) continue; // merged already by the entity stage: one anchor anyway
    assert.equal(anchorOf(articles, one), anchorOf(articles, other), `${one} and ${other}`);
    compared++;
  }
  assert.ok(compared >= 2, `two spellings of a name left apart by the entity stage are compared (${names.join(', ')})`);
  assert.deepEqual(nameWords('Mt. Cook'), nameWords('Mount Cook'));
  assert.deepEqual(nameWords('A. J. Smith'), ['aj', 'smith']);
  assert.deepEqual(nameWords('AJ Smith'), nameWords('A.J. Smith'));
});

test('two people whose short surnames differ by a letter, or whose first names differ, stay two anchors', async () => {
  const articles = await readAnnotated({
    'one.txt': 'Two coaches fired\nCoach Mark Hale, 52, said he was surprised. Coach Mark Hall, 47, said he would appeal.',
    'two.txt': 'Brothers in court\nJohn Peterson, 30, said he was innocent. Joan Peterson, 28, said nothing.',
  });
  const entities = mergeEntities(articles).entities;
  const sameName = anchorNames(entities);
  const idOf = (name: string) => entities.find((entity) => entity.name === name)?.id;
  for (const [one, other] of [['Mark Hale', 'Mark Hall'], ['John Peterson', 'Joan Peterson']] as const) {
    assert.ok(idOf(one) && idOf(other), `${one} and ${other} are read`);
    assert.notEqual(sameName.get(idOf(one)!), sameName.get(idOf(other)!), `${one} and ${other}`);
  }
});

test('a number counts the first word of its unit, singular', () => {
  assert.equal(unitWord('magnitude earthquake'), unitWord('magnitude'));
  assert.equal(unitWord('kilometers'), unitWord('kilometer island'));
  assert.equal(unitWord('people'), 'people');
  assert.notEqual(unitWord('people'), unitWord('villages'));
});
