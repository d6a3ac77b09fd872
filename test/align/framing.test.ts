import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { describeFraming, UNKNOWN_VOICE } from '../../src/align/framing/index.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import { annotateArticle } from '../../src/annotate/index.ts';
import type { Article, Dossier, Framing } from '../../src/model/index.ts';
import { analyzeStory, extractArticle } from '../../src/pipeline.ts';
import { REPO, sharedPath } from '../shared-folder.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-framing-'));
let written = 0;

/** One text through ingest, clean and annotate as the pipeline does it, then framed on its own. */
async function frame(text: string): Promise<{ article: Article; framing: Framing }> {
  const file = join(folder, `${++written}.txt`);
  writeFileSync(file, `${text}\n`);
  const { article: cleaned } = await extractArticle(file);
  const article = annotateArticle(cleaned!);
  const { idOf, entities } = mergeEntities([article]);
  return { article, framing: describeFraming([article], idOf, entities)[0]! };
}

/** Where the n-th occurrence of a phrase starts in the article's text. */
function offsetOf(article: Article, phrase: string, occurrence = 1): number {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) at = article.text.indexOf(phrase, at + 1);
  assert.ok(at >= 0, `"${phrase}" is in the text`);
  return at;
}

const quoteGroups = (article: Article) => new Set(article.quotes.map((quote) => quote.group)).size;
const isInsideQuote = (article: Article, start: number, end: number) => article.quotes.some((quote) => start < quote.end && end > quote.start);

/** What every framing must hold, whatever the article says. */
function assertInvariants(article: Article, framing: Framing): void {
  assert.equal(framing.articleId, article.id);
  for (const term of [...framing.hedges, ...framing.loaded]) {
    assert.equal(article.text.slice(term.start, term.end), term.text, `${term.term} points at its words`);
    assert.equal(term.text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '), term.term, `"${term.text}" is the entry "${term.term}"`);
    assert.ok(!isInsideQuote(article, term.start, term.end), `"${term.text}" is in the outlet's own voice`);
  }
  assert.ok(framing.hedges.every((term) => term.category === 'hedge'));
  assert.ok(framing.loaded.every((term) => term.category !== 'hedge'));
  for (const voices of [framing.voices, framing.voicesByCountry]) {
    assert.equal(voices.reduce((sum, voice) => sum + voice.quotes, 0), quoteGroups(article), 'one voice per quote group');
    if (voices.length) assert.ok(Math.abs(voices.reduce((sum, voice) => sum + voice.share, 0) - 1) < 0.01, 'shares add up to one');
    assert.equal(new Set(voices.map((voice) => voice.id)).size, voices.length, 'each voice once');
  }
  const quotedSentences = article.sentences.filter((sentence) => article.quotes.some((quote) => quote.start < sentence.end && quote.end > sentence.start)).length;
  assert.ok(framing.attributed >= quotedSentences, 'a sentence with a quote is attributed');
  assert.ok(framing.attributed + framing.unattributed <= article.sentences.length);
}

test('a hedge inside a quote is the speaker’s, not the outlet’s', async () => {
  const { article, framing } = await frame('Foreign Minister Sergei Lavrov said on Monday that the talks "may collapse at any moment." The talks may resume next week.');
  assert.ok(article.quotes.some((quote) => quote.text.startsWith('may collapse')), 'the annotator found the quote');
  assert.deepEqual(
    framing.hedges.map((term) => term.start),
    [offsetOf(article, 'may resume')],
  );
  assertInvariants(article, framing);
});

test('"May 5", "Theresa May" and "could not" are no hedges; "mayor" is not "may"', async () => {
  const { article, framing } = await frame(
    'The talks began on May 5 in Geneva, officials could not confirm the agenda. Former prime minister Theresa May may visit Moscow. May 12 is the new deadline, and the mayor was dismayed.',
  );
  assert.deepEqual(
    framing.hedges.map((term) => [term.start, term.text]),
    [[offsetOf(article, 'may visit'), 'may']],
  );
  assertInvariants(article, framing);
});

test('multi-word hedges match whole and the longest entry wins', async () => {
  const { article, framing } = await frame(
    'The minister is said to have resigned. It is unclear whether the ministry will comment. According to unconfirmed reports, the convoy turned back. The so-called reforms amounted to regime change. Critics called the sanctions regime a brutal failure.',
  );
  assert.deepEqual(
    framing.hedges.map((term) => [term.term, term.text]),
    [
      ['is said to', 'is said to'],
      ['it is unclear whether', 'It is unclear whether'],
      ['according to unconfirmed reports', 'According to unconfirmed reports'],
    ],
  );
  assert.deepEqual(
    framing.loaded.map((term) => [term.term, term.category]),
    [
      ['so-called', 'delegitimizing'],
      ['regime change', 'euphemism'],
      ['brutal', 'violence'],
    ],
    '"regime change" is one term, and "sanctions regime" is no pejorative label',
  );
  assertInvariants(article, framing);
});

test('a loaded word in a quote does not count; one in the outlet’s own words does', async () => {
  const { article, framing } = await frame('"This brutal regime must fall," the senator said. The brutal crackdown went on for days.');
  assert.deepEqual(
    framing.loaded.map((term) => [term.start, term.term]),
    [
      [offsetOf(article, 'brutal', 2), 'brutal'],
      [offsetOf(article, 'crackdown'), 'crackdown'],
    ],
  );
  assertInvariants(article, framing);
});

test('voices count one per quote group, by actor and by the speaker’s country', async () => {
  const { article, framing } = await frame(
    '"We will not yield," Foreign Minister Sergei Lavrov said, "and we will win." White House press secretary Karoline Leavitt said the offer "is generous." Lavrov later added: "We are ready to talk."',
  );
  const lavrovPieces = article.quotes.filter((quote) => quote.speakerKey?.includes('Lavrov'));
  const lavrovGroups = new Set(lavrovPieces.map((quote) => quote.group)).size;
  assert.ok(lavrovPieces.length > lavrovGroups, 'a broken quote: two pieces, one group');
  const lavrov = framing.voices.find((voice) => voice.name === 'Sergei Lavrov') ?? assert.fail('Lavrov is a voice');
  assert.equal(lavrov.quotes, lavrovGroups);
  assert.equal(lavrov.share, Math.round((1000 * lavrovGroups) / quoteGroups(article)) / 1000);
  assert.deepEqual(framing.voices[0], lavrov, 'the most quoted voice comes first');
  const russia = framing.voicesByCountry.find((voice) => voice.id === 'RU') ?? assert.fail('Russia is a voice by country');
  const unitedStates = framing.voicesByCountry.find((voice) => voice.id === 'US') ?? assert.fail('the United States is a voice by country');
  assert.equal(russia.quotes, lavrovGroups);
  assert.equal(unitedStates.quotes, quoteGroups(article) - lavrovGroups);
  assertInvariants(article, framing);
});

test('a quote whose speaker is not resolved counts under the unknown voice', async () => {
  const { article, framing } = await frame('"This will end badly," one person in the crowd shouted.');
  const unresolved = new Set(article.quotes.filter((quote) => !quote.speakerKey).map((quote) => quote.group)).size;
  assert.ok(unresolved > 0, 'the annotator leaves this speaker unresolved');
  assert.deepEqual(framing.voices, [{ id: null, name: UNKNOWN_VOICE, quotes: unresolved, share: 1 }]);
  assert.deepEqual(framing.voicesByCountry.map((voice) => voice.id), [null]);
});

test('an article in another language gets no hedges or loaded words, but its voices are counted', async () => {
  const { article, framing } = await frame(
    'El presidente de Rusia, Vladimir Putin, reiteró este jueves su apoyo al gobierno de Venezuela en medio de la brutal escalada de tensiones con Estados Unidos. "Es un acto de piratería", dijo el canciller. La llamada se produjo un día después de la incautación de un petrolero.',
  );
  assert.equal(article.language, 'es');
  assert.ok(article.text.includes('brutal'), 'an English lexicon word is in the text');
  assert.deepEqual([framing.hedges, framing.loaded], [[], []]);
  assert.equal(framing.voices.reduce((sum, voice) => sum + voice.quotes, 0), quoteGroups(article));
  assert.ok(quoteGroups(article) > 0);
  assert.ok(framing.attributed > 0);
});

let seeds: Promise<Dossier> | undefined;
const seedStory = () => (seeds ??= analyzeStory([sharedPath('seeds')]));
const framingOfSeeds = async () => {
  const dossier = await seedStory();
  const { idOf, entities } = mergeEntities(dossier.articles);
  return { dossier, framing: describeFraming(dossier.articles, idOf, entities) };
};
const seed = (dossier: Dossier, framing: Framing[], prefix: string) => {
  const index = dossier.articles.findIndex((article) => article.source.includes(prefix));
  assert.ok(index >= 0, `seed ${prefix}`);
  return { article: dossier.articles[index]!, framing: framing[index]! };
};

test('the seed story: one framing per article, in article order, every invariant held', async () => {
  const { dossier, framing } = await framingOfSeeds();
  assert.deepEqual(framing.map((entry) => entry.articleId), dossier.articles.map((article) => article.id));
  dossier.articles.forEach((article, index) => assertInvariants(article, framing[index]!));
});

// The expectations below come from ../shared/acceptance/seeds-dossier-sketch.md ("Framing"), written by hand.
test('seed A (000): "unwavering" and "aggressive maneuver" are loaded; the quoted "blatant theft" is not; no US voice', async () => {
  const { dossier, framing } = await framingOfSeeds();
  const { article, framing: seedA } = seed(dossier, framing, '000_');
  const loaded = seedA.loaded.map((term) => term.term);
  assert.ok(loaded.includes('unwavering'), loaded.join(', '));
  assert.ok(loaded.includes('aggressive'), loaded.join(', '));
  assert.ok(article.text.includes('blatant theft') && !loaded.includes('blatant'), 'Venezuela’s words, not the outlet’s');
  assert.ok(!seedA.voicesByCountry.some((voice) => voice.id === 'US'));
  assert.ok(seedA.voicesByCountry.some((voice) => voice.id === 'RU') && seedA.voicesByCountry.some((voice) => voice.id === 'VE'));
});

test('seed C (002): "may be largely symbolic" is a hedge, and the United States is the most quoted country', async () => {
  const { dossier, framing } = await framingOfSeeds();
  const { article, framing: seedC } = seed(dossier, framing, '002_');
  const symbolic = offsetOf(article, 'may be largely symbolic');
  assert.ok(seedC.hedges.some((term) => term.start === symbolic && term.term === 'may'));
  assert.equal(seedC.voicesByCountry[0]?.id, 'US');
  assert.ok(seedC.voices.some((voice) => voice.name === 'Karoline Leavitt'));
});

test('the Athens example: every invariant held, and English articles with loaded words find them', async () => {
  const dossier = await analyzeStory([resolve(REPO, 'examples/athens-bank-firebomb')]);
  const { idOf, entities } = mergeEntities(dossier.articles);
  const framing = describeFraming(dossier.articles, idOf, entities);
  dossier.articles.forEach((article, index) => assertInvariants(article, framing[index]!));
  // "unprecedented" in the outlet's own sentence, as a reader can check in the files
  for (const [index, article] of dossier.articles.entries()) {
    for (const match of article.text.matchAll(/\bunprecedented\b/g)) {
      if (!isInsideQuote(article, match.index, match.index + match[0].length)) assert.ok(framing[index]!.loaded.some((term) => term.start === match.index), `${article.source} at ${match.index}`);
    }
  }
});

test('the lexicon: several hundred entries, each once, each phrase that is no term covering a term', () => {
  const lexicon = JSON.parse(readFileSync(resolve(REPO, 'data/framing-lexicon.json'), 'utf8')) as {
    hedges: string[];
    loaded: Record<string, string[]>;
    notTerms: string[];
    alsoNames: string[];
    licence: string;
    compiled: string;
  };
  const terms = [...lexicon.hedges, ...Object.values(lexicon.loaded).flat()];
  assert.ok(terms.length >= 300, `${terms.length} entries`);
  assert.equal(new Set(terms).size, terms.length, 'no entry in two places');
  assert.ok(Object.keys(lexicon.loaded).length >= 6 && !('hedge' in lexicon.loaded));
  for (const term of [...terms, ...lexicon.notTerms]) assert.match(term, /^[a-z'-]+(?: [a-z'-]+)*$/, `"${term}" is lower case, single-spaced`);
  const termSet = new Set(terms);
  for (const phrase of lexicon.notTerms) {
    const words = phrase.split(' ');
    const covers = words.some((_, start) => words.some((__, end) => end >= start && termSet.has(words.slice(start, end + 1).join(' '))));
    assert.ok(covers && !termSet.has(phrase), `"${phrase}" holds a term and is none itself`);
  }
  assert.ok(lexicon.alsoNames.every((name) => termSet.has(name)));
  assert.equal(lexicon.licence, 'CC0-1.0');
  assert.match(lexicon.compiled, /^\d{4}-\d{2}-\d{2}$/);
});
