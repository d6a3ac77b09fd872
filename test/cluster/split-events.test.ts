import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { clusterStories } from '../../src/cluster/index.ts';
import { DEFAULT_OPTIONS, type Article } from '../../src/model/index.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';

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
// The Tabriz quake in German, and a German report on something else.
const TABRIZ_GERMAN = 'Erdbeben im Iran\nEin schweres Erdbeben hat am 3. März 2011 die Stadt Tabriz im Iran erschüttert. Nach Angaben von Gouverneur Ali Rezaei kamen dabei 12 Menschen ums Leben. Die Rettungskräfte suchten die ganze Nacht in den Trümmern.';
const OSCARS_GERMAN = 'Oscarverleihung in Hollywood\nDie Schauspielerin Meryl Streep hat am Sonntag in Hollywood ihren vierten Oscar gewonnen. Die Gala wurde von Millionen Zuschauern verfolgt. Die Kritiker lobten die Moderation des Abends.';

async function read(texts: Record<string, string>): Promise<Article[]> {
  const articles: Article[] = [];
  for (const [source, text] of Object.entries(texts)) {
    const article = await extractArticleFromBytes(source, new TextEncoder().encode(text));
    assert.ok('text' in article, `${source} is read`);
    articles.push(annotateArticle(article));
  }
  return articles;
}

const named = (prefix: string, texts: readonly string[]) => Object.fromEntries(texts.map((text, index) => [`${prefix}-${index + 1}.txt`, text]));

function storiesBySource(articles: readonly Article[]): string[][] {
  const sourceOf = new Map(articles.map((article) => [article.id, article.source]));
  return clusterStories(articles, DEFAULT_OPTIONS).stories.map((story) => story.map((id) => sourceOf.get(id)!).sort());
}

test('two earthquakes of one country told alike are two stories, each whole', async () => {
  const stories = storiesBySource(await read({ ...named('tabriz', TABRIZ), ...named('qazvin', QAZVIN) }));
  assert.deepEqual(stories.sort(), [Object.keys(named('qazvin', QAZVIN)), Object.keys(named('tabriz', TABRIZ))]);
});

test('one earthquake told by six articles stays one story', async () => {
  const more = TABRIZ.map((text) => text.replace('\n', '\nTabriz, Iran -- ').replace('hundreds', 'many'));
  const stories = storiesBySource(await read({ ...named('tabriz', TABRIZ), ...named('tabriz-again', more) }));
  assert.equal(stories.length, 1);
  assert.equal(stories[0]!.length, 6);
});

test('an article in another language joins the story whose names and days it shares, and one that shares none stands alone', async () => {
  const articles = await read({ ...named('tabriz', TABRIZ), ...named('qazvin', QAZVIN), 'tabriz-de.txt': TABRIZ_GERMAN, 'oscars-de.txt': OSCARS_GERMAN });
  assert.ok(articles.filter((article) => article.language === 'de').every((article) => !article.clauses.length), 'the German articles have no clause read');
  const stories = storiesBySource(articles);
  assert.equal(stories.flat().length, articles.length, 'every article is in a story');
  assert.equal(new Set(stories.flat()).size, articles.length, 'no article is in two stories');
  assert.ok(stories.some((story) => story.includes('tabriz-de.txt') && story.includes('tabriz-1.txt') && !story.includes('qazvin-1.txt')));
  assert.ok(stories.some((story) => story.length === 1 && story[0] === 'oscars-de.txt'));
});
