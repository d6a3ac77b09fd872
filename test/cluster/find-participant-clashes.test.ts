import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorNames } from '../../src/cluster/anchor-names.ts';
import { findParticipantClashes } from '../../src/cluster/find-participant-clashes.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import { readForClustering } from '../../src/cluster/read-for-clustering.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import type { Article } from '../../src/model/index.ts';
import { readAnnotated } from '../read-annotated.ts';
import { BELL_ARREST, MARSH_ARREST, named } from './two-arrests.ts';

/** Each clashing pair once, as "source source" in order. */
function clashingPairs(articles: readonly Article[]): string[] {
  const readings = articles.map((article) => readForClustering(article, loadLexicon()));
  const entities = mergeEntities(readings);
  const clashes = findParticipantClashes(readings, entities, anchorNames(entities.entities));
  const sourceOf = new Map(articles.map((article) => [article.id, article.source]));
  const pairs = new Set<string>();
  for (const [id, others] of clashes) for (const other of others) pairs.add([sourceOf.get(id)!, sourceOf.get(other)!].sort().join(' '));
  return [...pairs].sort();
}

test('reports of one man\'s arrest clash with reports of another man\'s, even one that retells the first, and not with each other', async () => {
  const pairs = clashingPairs(await readAnnotated({ ...named('marsh', MARSH_ARREST), ...named('bell', BELL_ARREST) }));
  assert.ok(pairs.length, 'some reports clash');
  assert.ok(
    pairs.every((pair) => pair.startsWith('bell') && pair.includes(' marsh')),
    `every clash is between the two arrests: ${pairs.join(', ')}`,
  );
  for (const source of [...Object.keys(named('marsh', MARSH_ARREST)), ...Object.keys(named('bell', BELL_ARREST))]) {
    assert.ok(pairs.some((pair) => pair.split(' ').includes(source)), `${source} clashes with a report of the other arrest`);
  }
});

test('one person written two ways, and the speakers of one statement, do not clash', async () => {
  const pairs = clashingPairs(
    await readAnnotated({
      'page-1.txt': 'Pin-up model dies at 85\nPin-up model Betty Page died on Thursday in Los Angeles, agent Mark Roesler said.\nShe had suffered a heart attack.',
      'page-2.txt': 'Bettie Page dead at 85\nBettie Page died in Los Angeles on Thursday after a heart attack, her agent said.\nThe model was 85.',
      'quake-1.txt': 'Quake kills 12\nGovernor Ali Rezaei said the earthquake near Tabriz killed 12 people on Sunday.\nRescuers searched the rubble.',
      'quake-2.txt': 'Tabriz quake toll\nMayor Hassan Karimi said the earthquake near Tabriz killed 12 people on Sunday.\nTents were sent to the city.',
    }),
  );
  assert.deepEqual(pairs, []);
});

test('a fire and the arrest of the man charged with setting it do not clash: the fire reports give no act to another man', async () => {
  const pairs = clashingPairs(
    await readAnnotated({
      'fire-1.txt': 'Supermarket destroyed by fire\nA fire destroyed the Waitrose supermarket in Wellington early on Sunday, the fire service said.\nEight crews fought the blaze, station manager Paul Hext said.',
      'fire-2.txt': 'Blaze guts Wellington store\nFirefighters spent six hours fighting a fire at the Waitrose supermarket in Wellington on Sunday.\nNo one was hurt, Paul Hext said.',
      'arrest-1.txt': 'Man charged with arson\nPolice charged Robert Pitman, 24, with arson on Monday after the fire at the Waitrose supermarket in Wellington.\nHe will appear in court on Tuesday.',
      'arrest-2.txt': 'Wellington fire: man denies arson\nRobert Pitman denied setting the fire that destroyed the Waitrose supermarket in Wellington.\nHe was remanded in custody.',
    }),
  );
  assert.deepEqual(pairs, []);
});

test('two killings told by nouns and gerunds ("the murder of", "charged with killing") clash, the reports of one do not', async () => {
  const pairs = clashingPairs(
    await readAnnotated({
      'ruiz-1.txt': 'Two held in deputy murder\nTwo gang members were arrested on Saturday in the murder of Deputy Tom Ruiz outside his home in Elm Park.\nRuiz was on his way to work.',
      'ruiz-2.txt': 'Arrests in Elm Park killing\nPolice said Ivan Hale and Rick Moss were charged with killing Tom Ruiz outside his Elm Park home.\nThe deputy had worked at the county jail.',
      'brook-1.txt': 'Deputy shot dead\nA gunman was charged on Monday with the slaying of Deputy Ana Brook in Glenvale.\nBrook had knocked on the door of an apartment.',
      'brook-2.txt': 'Glenvale deputy killed\nA deputy was shot dead on Friday in Glenvale.\nDeputy Ana Brook, 35, was murdered at the door of an apartment, the sheriff said.',
    }),
  );
  assert.ok(pairs.length >= 2, `the two killings clash: ${pairs.join(', ')}`);
  assert.ok(
    pairs.every((pair) => pair.startsWith('brook') && pair.includes(' ruiz')),
    `every clash is between the two killings: ${pairs.join(', ')}`,
  );
  // "A deputy was shot dead": the lead names no one, the next sentence does
  assert.ok(pairs.some((pair) => pair.split(' ').includes('brook-2.txt')), `a lead that names the victim in its second sentence clashes: ${pairs.join(', ')}`);
});

test('an arrest retold in the sentence after a lead that names its own man is no part of the lead', async () => {
  const pairs = clashingPairs(
    await readAnnotated({
      'bell-1.txt': 'Bell arrested\nHarbors lineman Omar Bell was arrested early Saturday on suspicion of drunken driving.\nReceiver Kevin Marsh was arrested on the same charge last month.',
      'bell-2.txt': 'Bell held\nThe state patrol arrested Omar Bell in Portland on Saturday, trooper Lena Fry said.\nBell was stopped on Route 26.',
    }),
  );
  assert.deepEqual(pairs, []);
});
