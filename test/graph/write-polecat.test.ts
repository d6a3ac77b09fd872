import assert from 'node:assert/strict';
import { test } from 'node:test';
import { POLECAT_COLUMNS, renderGraph, TRIANGULATE_COLUMNS } from '../../src/graph/index.ts';
import { actor, article, entity, relation, story } from './build-relations.ts';

/** POLECAT's header as its data files carry it (the POLECAT data set, Harvard Dataverse doi:10.7910/DVN/AJGVIT). */
const POLECAT_HEADER =
  'Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion\tHeadline\tEvent Text';

const US = actor('e-us', 'United States', 'country', 'US');
const VE = actor('e-ve', 'Venezuela', 'country', 'VE');

function rowsOf(tsv: string): Array<Record<string, string>> {
  const [header, ...lines] = tsv.trimEnd().split('\n');
  const columns = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    assert.equal(cells.length, columns.length, `a row has as many cells as the header: ${line}`);
    return Object.fromEntries(columns.map((column, index) => [column, cells[index]!]));
  });
}

test('POLECAT: its columns in its order, then ours', () => {
  const tsv = [...renderGraph([], 'polecat', 'country')].join('');
  assert.equal(tsv, `${[...POLECAT_COLUMNS, ...TRIANGULATE_COLUMNS].join('\t')}\n`);
  assert.ok(tsv.startsWith(`${POLECAT_HEADER}\t`));
});

test('POLECAT: one row per relation and article, alpha-3 countries, intensity and quad code of the type, ";" between values, None when missing', () => {
  const seizure = relation({
    source: US,
    target: VE,
    type: 'coerce',
    mode: 'seize',
    articles: ['a1', 'a2'],
    dates: { a1: '2025-12-10' },
    contexts: ['military', 'resource'],
    text: 'U.S. forces seized\tan oil tanker\noff the coast of Venezuela on Wednesday.',
  });
  const rally = relation({ source: VE, target: null, type: 'protest', mode: 'demo', reported: 'alleged', articles: ['a2'] });
  const entities = [entity(actor('e-m', 'Nicolás Maduro', 'person', 'VE'), ['a1']), entity(actor('e-n', 'Navy; Coast Guard', 'organization'), ['a1']), entity(US, ['a1', 'a2']), entity(VE, ['a1'])];
  const tsv = [...renderGraph([story([seizure, rally], [article('a1', 'Reuters', { title: 'U.S. seizes tanker' }), article('a2', null, { published: null, language: null, title: null, kinship: { copyOf: 'a1', similarity: 0.9, relation: 'near-duplicate' } })], entities)], 'polecat', 'country')].join('');
  const rows = rowsOf(tsv);
  assert.equal(rows.length, 3);
  const [first, second, third] = rows as [Record<string, string>, Record<string, string>, Record<string, string>];
  assert.deepEqual(
    {
      date: first['Event Date'], type: first['Event Type'], mode: first['Event Mode'], intensity: first.Intensity, quad: first['Quad Code'], contexts: first.Contexts,
      actor: first['Actor Name'], actorCountry: first['Actor Country'], recipient: first['Recipient Name'], recipientCountry: first['Recipient Country'], cow: first['Actor COW'],
      source: first.Source, people: first['Story People'], organizations: first['Story Organizations'], locations: first['Story Locations'], headline: first.Headline,
      text: first['Event Text'], spans: first['Evidence Spans'], reported: first.Reported, independent: first['Independent Sources'], copyOf: first['Copy Of'],
    },
    {
      date: '2025-12-10', type: 'COERCE', mode: 'seize', intensity: '-7.2', quad: 'MATERIAL CONFLICT', contexts: 'military;resource',
      actor: 'United States', actorCountry: 'USA', recipient: 'Venezuela', recipientCountry: 'VEN', cow: 'None',
      source: 'Reuters', people: 'Nicolás Maduro', organizations: 'Navy, Coast Guard', locations: 'United States;Venezuela', headline: 'U.S. seizes tanker',
      text: 'U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday.', spans: '0-73', reported: 'fact', independent: '2', copyOf: 'None',
    },
  );
  assert.deepEqual([second['Event Date'], second.Source, second.Headline, second.Language, second['Copy Of']], ['2025-12-10', 'None', 'None', 'None', 'a1'], 'the act\'s date from another article');
  assert.equal(third['Event Date'], 'None', 'no date anywhere');
  assert.deepEqual([third['Event Type'], third['Recipient Name'], third['Recipient Country'], third.Contexts, third.Reported, third.Intensity], ['PROTEST', 'None', 'None', 'None', 'alleged', '-6.6']);
  assert.ok(rows.every((row) => Object.values(row).every((value) => value !== '')), 'no empty cell: None stands for nothing');
});
