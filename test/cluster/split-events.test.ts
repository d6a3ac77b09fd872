import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterStories } from '../../src/cluster/index.ts';
import { DEFAULT_OPTIONS, type Article } from '../../src/model/index.ts';
import { readAnnotated } from '../read-annotated.ts';
import { BELL_ARREST, MARSH_ARREST } from './two-arrests.ts';

// Two earthquakes in Iran, told in the same words: a town, a governor, a magnitude, a toll and a day each.
const TABRIZ = [
  'Earthquake kills 12 in Tabriz\nA magnitude 6.1 earthquake struck near Tabriz in Iran on March 3, 2011, killing 12 people, Governor Ali Rezaei said.\nRescue teams searched the rubble of Tabriz through the night.',
  'Quake hits northwest Iran\nThe 6.1 magnitude quake destroyed homes around Tabriz in Iran on March 3, 2011.\nGovernor Ali Rezaei said 12 people were killed and hundreds were injured.',
  'Iran quake toll rises\nRezaei, the governor of the province, said the earthquake near Tabriz in Iran killed 12 people.\nThe quake of magnitude 6.1 struck on March 3, 2011, and the Red Crescent sent tents to Tabriz.',
];
const QAZVIN = [
  'Earthquake kills 3 in Qazvin\nA magnitude 5.4 earthquake struck near Qazvin in Iran on October 9, 2014, killing 3 people, Mayor Hassan Karimi said.\nRescue teams searched the rubble of Qazvin through the night.',
  'Quake hits central Iran\nThe 5.4 magnitude quake destroyed homes around Qazvin in Iran on October 9, 2014.\nMayor Hassan Karimi said 3 people were killed and dozens were injured.',
  'Iran quake toll rises\nKarimi, the mayor of the city, said the earthquake near Qazvin in Iran killed 3 people.\nThe quake of magnitude 5.4 struck on October 9, 2014, and the Red Crescent sent tents to Qazvin.',
];
// The same two leaders' calls five years apart: each call told by three reports with its own day, numbers, aide and city.
const CALL_2019 = [
  "Putin and Xi hold phone call on pipeline\nRussian President Vladimir Putin and Chinese President Xi Jinping spoke by phone on June 5, 2019, Kremlin spokesman Dmitry Peskov said.\nThe two leaders discussed the $55 billion Power of Siberia pipeline and the G20 summit in Osaka.",
  "Xi, Putin discuss pipeline in call\nChinese President Xi Jinping told Vladimir Putin in a call on June 5, 2019 that the $55 billion Power of Siberia pipeline would open in December, Dmitry Peskov said.\nThey agreed to meet at the G20 summit in Osaka.",
  "Kremlin: Putin spoke with Xi\nVladimir Putin and Xi Jinping talked for 40 minutes on June 5, 2019, Kremlin spokesman Dmitry Peskov told reporters.\nThe call covered the $55 billion Power of Siberia pipeline and the coming G20 summit in Osaka.",
];
const CALL_2024 = [
  "Putin and Xi speak by phone about Ukraine\nRussian President Vladimir Putin and Chinese President Xi Jinping spoke by phone on February 8, 2024, Kremlin aide Yuri Ushakov said.\nThe leaders discussed the war in Ukraine, trade that reached $240 billion last year and a visit to Shanghai in May.",
  "Xi tells Putin trade hit record\nChinese President Xi Jinping said in a call with Vladimir Putin on February 8, 2024 that trade reached $240 billion, according to Yuri Ushakov.\nThey spoke about Ukraine, and Putin accepted an invitation to Shanghai in May.",
  "Kremlin: Putin, Xi hold call\nVladimir Putin and Xi Jinping talked on February 8, 2024 about Ukraine, Kremlin aide Yuri Ushakov said.\nThey praised $240 billion in trade and planned talks in Shanghai in May.",
];
// Two arrests of one rapper, four years and two cities apart.
const ARREST_MIAMI = [
  "Rapper Lil Vesta arrested in Miami\nRapper Lil Vesta was arrested in Miami Beach on March 14, 2012 on suspicion of drunk driving, police spokesman Carlos Ortega said.\nHe was released on $5,000 bail from the Miami-Dade County jail.",
  "Lil Vesta held on DUI charge\nMiami Beach police arrested Lil Vesta early on March 14, 2012 after his Ferrari was stopped on Collins Avenue, Carlos Ortega said.\nThe rapper posted $5,000 bail at the Miami-Dade County jail.",
  "Police: Lil Vesta failed sobriety test\nLil Vesta failed a sobriety test on Collins Avenue in Miami Beach on March 14, 2012, spokesman Carlos Ortega said.\nHe left the Miami-Dade County jail after paying $5,000 bail.",
];
const ARREST_ATLANTA = [
  "Lil Vesta arrested after nightclub fight\nRapper Lil Vesta was arrested in Atlanta on August 2, 2016 after a fight at the Velvet Room nightclub, Sergeant Dana Price said.\nHe is held at the Fulton County jail on $20,000 bond.",
  "Atlanta police charge Lil Vesta with assault\nAtlanta police charged Lil Vesta with assault on August 2, 2016 after a bouncer at the Velvet Room was hurt, according to Sergeant Dana Price.\nBond was set at $20,000 at the Fulton County jail.",
  "Lil Vesta booked in Fulton County\nLil Vesta was booked into the Fulton County jail on August 2, 2016, Sergeant Dana Price said, after a brawl at the Velvet Room in Atlanta.\nA judge set his bond at $20,000.",
];
// A deputy's killing and the trial of his killer two years later: one story (ECB+ keeps them together), the same victim, suspect and town.
const SHOOTING = [
  "Deputy shot dead in Hawthorne Park\nLos Angeles County sheriff's deputy Mark Salas was shot and killed on June 24, 2005 while knocking on a door in Hawthorne Park, Sheriff Lee Baca said.\nPolice arrested gang member Tomas Rivera, 24, hours later.",
  "Suspect held in killing of deputy\nTomas Rivera, 24, was arrested in Hawthorne Park on June 24, 2005 in the shooting of deputy Mark Salas, Sheriff Lee Baca said.\nSalas, 35, had been married for a year.",
  "Hawthorne Park mourns slain deputy\nDeputy Mark Salas was killed on June 24, 2005 in Hawthorne Park, and Tomas Rivera was found hiding in a bathtub nearby, Sheriff Lee Baca said.\nSalas leaves a wife and two sons.",
];
const TRIAL = [
  "Jury convicts killer of deputy\nA Norwalk jury on March 20, 2007 convicted Tomas Rivera of murdering deputy Mark Salas in Hawthorne Park in 2005.\nProsecutors will seek the death penalty, District Attorney Steve Cooley said.",
  "Rivera sentenced to death for deputy's murder\nA judge in Norwalk on May 2, 2007 sentenced Tomas Rivera to death for killing deputy Mark Salas in Hawthorne Park.\nSalas was shot on a doorstep in June 2005, Steve Cooley said.",
  "Death verdict for Hawthorne Park gang member\nJurors in Norwalk on April 3, 2007 chose death for Tomas Rivera, who shot deputy Mark Salas in Hawthorne Park.\nDistrict Attorney Steve Cooley praised the verdict.",
];
// The Tabriz quake in German, and a German report on something else.
const TABRIZ_GERMAN = 'Erdbeben im Iran\nEin schweres Erdbeben hat am 3. März 2011 die Stadt Tabriz im Iran erschüttert. Nach Angaben von Gouverneur Ali Rezaei kamen dabei 12 Menschen ums Leben. Die Rettungskräfte suchten die ganze Nacht in den Trümmern.';
const OSCARS_GERMAN = 'Oscarverleihung in Hollywood\nDie Schauspielerin Meryl Streep hat am Sonntag in Hollywood ihren vierten Oscar gewonnen. Die Gala wurde von Millionen Zuschauern verfolgt. Die Kritiker lobten die Moderation des Abends.';


const named = (prefix: string, texts: readonly string[]) => Object.fromEntries(texts.map((text, index) => [`${prefix}-${index + 1}.txt`, text]));

function storiesBySource(articles: readonly Article[]): string[][] {
  const sourceOf = new Map(articles.map((article) => [article.id, article.source]));
  return clusterStories(articles, DEFAULT_OPTIONS).stories.map((story) => story.map((id) => sourceOf.get(id)!).sort());
}

test('two earthquakes of one country told alike are two stories, each whole', async () => {
  const stories = storiesBySource(await readAnnotated({ ...named('tabriz', TABRIZ), ...named('qazvin', QAZVIN) }));
  assert.deepEqual(stories.sort(), [Object.keys(named('qazvin', QAZVIN)), Object.keys(named('tabriz', TABRIZ))]);
});

test('one earthquake told by six articles stays one story', async () => {
  const more = TABRIZ.map((text) => text.replace('\n', '\nTabriz, Iran -- ').replace('hundreds', 'many'));
  const stories = storiesBySource(await readAnnotated({ ...named('tabriz', TABRIZ), ...named('tabriz-again', more) }));
  assert.equal(stories.length, 1);
  assert.equal(stories[0]!.length, 6);
});

test('an article in another language joins the story whose names and days it shares, and one that shares none stands alone', async () => {
  const articles = await readAnnotated({ ...named('tabriz', TABRIZ), ...named('qazvin', QAZVIN), 'tabriz-de.txt': TABRIZ_GERMAN, 'oscars-de.txt': OSCARS_GERMAN });
  assert.ok(articles.filter((article) => article.language === 'de').every((article) => !article.clauses.length), 'the German articles have no clause read');
  const stories = storiesBySource(articles);
  assert.equal(stories.flat().length, articles.length, 'every article is in a story');
  assert.equal(new Set(stories.flat()).size, articles.length, 'no article is in two stories');
  assert.ok(stories.some((story) => story.includes('tabriz-de.txt') && story.includes('tabriz-1.txt') && !story.includes('qazvin-1.txt')));
  assert.ok(stories.some((story) => story.length === 1 && story[0] === 'oscars-de.txt'));
});

test('the same two leaders\' calls years apart are two stories, though both name the same leaders', async () => {
  const stories = storiesBySource(await readAnnotated({ ...named('call-2019', CALL_2019), ...named('call-2024', CALL_2024) }));
  assert.deepEqual(stories.sort(), [Object.keys(named('call-2019', CALL_2019)), Object.keys(named('call-2024', CALL_2024))]);
});

test('two arrests of one man in different years and cities are two stories', async () => {
  const stories = storiesBySource(await readAnnotated({ ...named('miami', ARREST_MIAMI), ...named('atlanta', ARREST_ATLANTA) }));
  assert.deepEqual(stories.sort(), [Object.keys(named('atlanta', ARREST_ATLANTA)), Object.keys(named('miami', ARREST_MIAMI))]);
});

test('two players of one team arrested on one charge weeks apart, told in the same words, are two stories: the men arrested differ', async () => {
  const stories = storiesBySource(await readAnnotated({ ...named('marsh', MARSH_ARREST), ...named('bell', BELL_ARREST) }));
  assert.deepEqual(stories.sort(), [Object.keys(named('bell', BELL_ARREST)), Object.keys(named('marsh', MARSH_ARREST))]);
});

test('a killing and the trial of the killer years later, naming the same victim, suspect and town, stay one story', async () => {
  const stories = storiesBySource(await readAnnotated({ ...named('shooting', SHOOTING), ...named('trial', TRIAL) }));
  assert.equal(stories.length, 1);
  assert.equal(stories[0]!.length, SHOOTING.length + TRIAL.length);
});

// Three reports of one call between two leaders, dated by their date lines, and one about their call five years earlier.
const CALL_REPORTS = [
  "Ostrava and Linde discuss harbour dispute\nThursday, February 8, 2024\nPresident Marta Ostrava and Prime Minister Olav Linde spoke by phone on Wednesday about the dispute over the harbour of Kessel, Ostrava's office said.\nLinde offered to host talks in Brenna.",
  "Linde offers talks in harbour row\nThursday, February 8, 2024\nPrime Minister Olav Linde told President Marta Ostrava in a call on Wednesday that he would host talks on the Kessel harbour dispute in Brenna.\nThe call lasted 40 minutes, her office said.",
  "Ostrava, Linde hold call on Kessel\nFriday, February 9, 2024\nMarta Ostrava and Olav Linde discussed the Kessel harbour dispute by phone, and Linde proposed talks in Brenna, officials said.\nThe two leaders agreed to speak again next week.",
];
const OLDER_CALL = "Ostrava and Linde agree on rail link\nTuesday, May 14, 2019\nPresident Marta Ostrava and Prime Minister Olav Linde agreed in a phone call on Monday to build a rail link between Tarsk and Molde, officials said.\nThe line will carry 12 trains a day and open in 2023.\nEngineers from Tarsk surveyed the route across the Molde valley last autumn.\nFarmers near Molde have protested against the planned viaduct.";

test('an article about the same leaders\' call five years earlier, retelling none of the reports, is a story alone', async () => {
  const articles = await readAnnotated({ ...named('call', CALL_REPORTS), 'older-call.txt': OLDER_CALL });
  assert.ok(articles.every((article) => article.published), 'each article is dated by its date line');
  const stories = storiesBySource(articles);
  assert.deepEqual(stories.sort(), [Object.keys(named('call', CALL_REPORTS)), ['older-call.txt']]);
});
