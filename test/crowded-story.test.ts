import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import type { Article, Conflict, Dossier, Evidence } from '../src/model/index.ts';
import { analyzeStory } from '../src/pipeline.ts';

/*
 * A crowded story, invented for this test (test/fixtures/crowded, CC0): no country, person, ship, outlet or
 * sentence in it is real, and nothing is copied from a real article or from ../shared/seeds. On Tuesday
 * 4 March 2025 Valdoria's navy seizes the Kestrian cargo ship Salt Meridian near Tarrow Island; on Wednesday
 * 5 March Valdoria's President Julia Navarro and Norvania's Prime Minister Henrik Aalto speak by phone.
 *
 *   01–03  one Reuters report as three wire copies ("PORT ALVER, March 4 (Reuters) -"), small edits; 03 dated by its dateline only
 *   04     the same report syndicated under another outlet (a copyright footer)
 *   05–09, 11  independent rewrites: an AP dateline, paraphrase (seized / intercepted / took control of /
 *          was boarded; phone / telephone), passive voice, "X said", "said X, the spokesman", "according to X", "she said"
 *   10     an agency interview in Q&A form under "Interview with Amara Diallo"
 *   12–14  Spanish, French and Romanian reports of the same event
 *   15     an older call between the same two leaders (June 2019, a fisheries pact): another story
 *
 * Disagreements put there on purpose: the day of the seizure (Tuesday; "On Wednesday" in 07, published on
 * Thursday), the place (near Tarrow Island in the Eastern Atlantic; "off the coast of Kestria" in 06 and 10),
 * the crew (21 or 23), the injured (two on 4–5 March, five on 6 March), and "The crew is safe and will be
 * treated with respect" (Navarro in 05 and 07, the navy spokesman Pablo Reyes in 06). Scraping junk in 07 (a
 * page with navigation, a "Most read" box, a footer) and 09 (section label, headline in capitals, read-time
 * badge, image credit, newsletter prompt, subheadings, copyright line, "nextNorvania" glued, a run of U+FFFD).
 */
const folder = join(import.meta.dirname, 'fixtures', 'crowded');
const crowded = analyzeStory([folder]);

const WIRE_COPIES = ['01-reuters-wire.txt', '02-reuters-wire-update.json', '03-reuters-wire-short.txt'];
const OTHER_LANGUAGES = ['12-es-cronica-atlantica.txt', '13-fr-courrier-maritime.txt', '14-ro-gazeta-portului.txt'];
const OLDER_CALL = '15-norvania-daily-2019-call.txt';

/** "seized", "intercepted", "took control of", "was boarded": the seizure, however it is worded. */
const SEIZING = /\b(seized|seizes|intercepted|took control|boarded|stopped)\b/i;
const PHONE_CALL = /\b(phone|telephone|call)\b/i;
const INJURED = /\b(injured|hurt|wounded)\b/i;

function fileOf(dossier: Dossier, id: string): string {
  return basename(dossier.articles.find((article) => article.id === id)!.source);
}

function articleOf(dossier: Dossier, file: string): Article {
  const article = dossier.articles.find((candidate) => basename(candidate.source) === file || candidate.copies.some((copy) => basename(copy) === file));
  assert.ok(article, `${file} is an article of the dossier`);
  return article;
}

function storyOf(dossier: Dossier, file: string): string[] | undefined {
  const id = articleOf(dossier, file).id;
  return dossier.story.stories.find((story) => story.includes(id));
}

/** "21 crew members" → 21, "Five crew members" → 5. */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });
function figureOf(value: string): number | null {
  const digits = /\d+/.exec(value);
  if (digits) return Number(digits[0]);
  const word = /\p{L}+/u.exec(value.toLowerCase());
  return word ? NUMBER_WORDS[word[0]] ?? null : null;
}

function evidenceOf(conflict: Conflict): Evidence[] {
  return conflict.values.flatMap((value) => value.evidence);
}

// ---- stories

test('crowded: every article is in exactly one story', async () => {
  const dossier = await crowded;
  assert.ok(dossier.articles.length >= 14, 'all the fixture files are read');
  assert.deepEqual(dossier.failed, []);
  const counts = new Map<string, number>();
  for (const id of dossier.story.stories.flat()) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const article of dossier.articles) assert.equal(counts.get(article.id) ?? 0, 1, `${basename(article.source)} is in exactly one story`);
});

test('crowded: the 2019 call between the same leaders is a story apart from the seizure', async () => {
  const dossier = await crowded;
  const main = storyOf(dossier, WIRE_COPIES[0]!);
  const older = storyOf(dossier, OLDER_CALL);
  assert.ok(main && older);
  assert.notEqual(older, main, 'the 2019 call is not in the story of the seizure');
  // the only other article of the batch outside the seizure story would be a story of its own: the older call stays alone
  assert.deepEqual(older.map((id) => fileOf(dossier, id)), [OLDER_CALL]);
});

test('crowded: the Spanish, French and Romanian reports are in the story of the seizure', async () => {
  const dossier = await crowded;
  const main = storyOf(dossier, WIRE_COPIES[0]!);
  for (const file of OTHER_LANGUAGES) assert.equal(storyOf(dossier, file), main, `${file} is with the main story`);
});

// ---- facts

test('crowded: no two facts share a headline or the same evidence', async () => {
  const dossier = await crowded;
  const headlines = new Map<string, string>();
  const evidences = new Map<string, string>();
  for (const fact of dossier.facts) {
    const headline = fact.text.trim().toLowerCase();
    assert.ok(!headlines.has(headline), `two facts read "${fact.text}"`);
    headlines.set(headline, fact.id);
    const key = fact.evidence.map((item) => `${item.articleId}:${item.start}-${item.end}`).sort().join(' ');
    assert.ok(!evidences.has(key), `facts "${fact.text}" and ${evidences.get(key)} have the same evidence`);
    evidences.set(key, `"${fact.text}"`);
  }
});

test('crowded: no fact is nested inside another', async () => {
  const dossier = await crowded;
  for (const inner of dossier.facts) {
    for (const outer of dossier.facts) {
      if (inner === outer) continue;
      const nested = inner.evidence.every((piece) =>
        outer.evidence.some((around) => around.articleId === piece.articleId && around.start <= piece.start && piece.end <= around.end),
      );
      assert.ok(!nested, `fact "${inner.text}" lies inside fact "${outer.text}"`);
    }
  }
});

test('crowded: no fact headline is a fragment', async () => {
  const dossier = await crowded;
  for (const fact of dossier.facts) {
    const text = fact.text.trim();
    assert.doesNotMatch(text, /^\p{Ll}/u, `"${text}" opens in lower case`);
    assert.doesNotMatch(text, /^(which|who|whom|whose|where|when|that|while)\b/i, `"${text}" opens with a relative word`);
    assert.ok(text.split(/\s+/).length >= 5, `"${text}" has fewer than 5 words`);
  }
});

test('crowded: no single-source claim overlaps the evidence of a fact', async () => {
  const dossier = await crowded;
  for (const claim of dossier.singleSource) {
    for (const fact of dossier.facts) {
      for (const piece of fact.evidence) {
        const overlaps = piece.articleId === claim.articleId && piece.start < claim.evidence.end && claim.evidence.start < piece.end;
        assert.ok(!overlaps, `single-source "${claim.text}" overlaps fact "${fact.text}"`);
      }
    }
  }
});

// ---- conflicts

test('crowded: a wire copy is not said to leave out what the text it copies leaves out', async () => {
  const dossier = await crowded;
  const ids = new Set(dossier.articles.map((article) => article.id));
  const copies = dossier.articles.filter((article) => article.kinship && ids.has(article.kinship.copyOf));
  assert.ok(copies.length >= 2, 'the wire copies are found as copies');
  for (const copy of copies) assert.ok(!dossier.omissions.some((omission) => omission.articleId === copy.id), `${basename(copy.source)} lists no omissions of its own`);
  assert.ok(dossier.omissions.length > 0, 'the originals still list what they leave out');
});

test('crowded: the day of the seizure is a date conflict, Tuesday 4 March against Wednesday 5 March', async () => {
  const dossier = await crowded;
  const tellsSeizureOn = (conflict: Conflict, day: string) =>
    conflict.values.some((value) => value.value === day && value.evidence.some((piece) => SEIZING.test(piece.text)));
  const conflict = dossier.conflicts.find((candidate) => candidate.kind === 'date' && tellsSeizureOn(candidate, '2025-03-04') && tellsSeizureOn(candidate, '2025-03-05'));
  assert.ok(conflict, `a date conflict sets the seizure on 4 March against 5 March; date conflicts: ${JSON.stringify(dossier.conflicts.filter((item) => item.kind === 'date').map((item) => item.values.map((value) => [value.value, value.evidence.map((piece) => piece.text)])))}`);
  assert.ok(conflict.values.some((value) => value.value === '2025-03-05' && value.articles.some((id) => fileOf(dossier, id) === '07-meridian-post.html')), 'Wednesday is the Meridian Post\'s day');
});

test('crowded: the place of the seizure is a place conflict, the Eastern Atlantic near Tarrow Island against the coast of Kestria', async () => {
  const dossier = await crowded;
  const conflict = dossier.conflicts.find(
    (candidate) =>
      candidate.kind === 'place' &&
      candidate.values.some((value) => value.evidence.some((piece) => /coast of Kestria/i.test(piece.text))) &&
      candidate.values.some((value) => value.evidence.some((piece) => /Tarrow Island|Eastern Atlantic/i.test(piece.text) && !/coast of Kestria/i.test(piece.text))),
  );
  assert.ok(conflict, `a place conflict; conflicts: ${JSON.stringify(dossier.conflicts.map((item) => [item.kind, item.about]))}`);
});

test('crowded: the crew on board is a number conflict, 21 against 23, and counts nothing else', async () => {
  const dossier = await crowded;
  const conflict = dossier.conflicts.find((candidate) => {
    const figures = candidate.values.map((value) => figureOf(value.value));
    return candidate.kind === 'number' && figures.includes(21) && figures.includes(23);
  });
  assert.ok(conflict, 'a number conflict gives 21 and 23');
  for (const piece of evidenceOf(conflict)) assert.doesNotMatch(piece.text, INJURED, `the crew conflict holds a count of the injured: "${piece.text}"`);
  assert.deepEqual(new Set(conflict.values.map((value) => figureOf(value.value))), new Set([21, 23]));
});

test('crowded: the injured grow from two to five between the first and the later reports, shown as an update of one count', async () => {
  const dossier = await crowded;
  const publishedOf = (id: string) => dossier.articles.find((article) => article.id === id)!.published ?? '';
  const conflict = dossier.conflicts.find((candidate) => {
    const figures = candidate.values.map((value) => figureOf(value.value));
    return (candidate.kind === 'number' || (candidate.kind as string) === 'update') && figures.includes(2) && figures.includes(5) && evidenceOf(candidate).every((piece) => INJURED.test(piece.text));
  });
  assert.ok(conflict, `a conflict of the injured alone gives two and five; number conflicts: ${JSON.stringify(dossier.conflicts.filter((item) => item.kind === 'number').map((item) => item.values.map((value) => value.value)))}`);
  const datesOf = (figure: number) => conflict.values.filter((value) => figureOf(value.value) === figure).flatMap((value) => value.articles.map(publishedOf));
  const latestTwo = datesOf(2).sort().at(-1)!;
  const earliestFive = datesOf(5).sort()[0]!;
  assert.ok(latestTwo < earliestFive, `the count of five (${earliestFive}) comes after every count of two (${latestTwo})`);
});

test('crowded: the quote "The crew is safe" is credited to Navarro and to Reyes, a speaker conflict', async () => {
  const dossier = await crowded;
  const conflict = dossier.conflicts.find((candidate) => candidate.kind === 'speaker' && /The crew is safe/.test(candidate.about));
  assert.ok(conflict, 'a speaker conflict about "The crew is safe"');
  const speakers = conflict.values.map((value) => value.value).join(' | ');
  assert.match(speakers, /Navarro/);
  assert.match(speakers, /Reyes/);
});

// ---- timeline

test('crowded: every timeline date is a calendar date, and nothing is a _REF placeholder', async () => {
  const dossier = await crowded;
  assert.ok(dossier.timeline.length > 0);
  for (const entry of dossier.timeline) {
    // YYYY, YYYY-MM, YYYY-MM-DD (and the model's YYYY-MM-DDTHH:MM for a time of day)
    assert.match(entry.date, /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/, `timeline date "${entry.date}"`);
    assert.doesNotMatch(`${entry.date} ${entry.label} ${entry.text}`, /_REF\b/);
  }
});

test('crowded: every piece of evidence of a timeline row holds a date of that row', async () => {
  const dossier = await crowded;
  for (const entry of dossier.timeline) {
    for (const piece of entry.evidence) {
      const article = dossier.articles.find((candidate) => candidate.id === piece.articleId)!;
      const dated = article.dates.some((date) => {
        if (date.start < piece.start || date.end > piece.end) return false;
        // "2025-03-05TEV" (Wednesday evening) belongs to 2025-03-05, "197" (the 1970s) to 1970
        const value = date.value.replace(/X.*$/, '').replace(/T.*$/, '');
        return /^\d{3}/.test(value) && (entry.date.startsWith(value) || value.startsWith(entry.date));
      });
      assert.ok(dated, `row ${entry.date} ("${entry.text}") holds "${piece.text}" (${basename(article.source)}), which gives no date of ${entry.date}`);
    }
  }
});

test('crowded: the timeline tells the seizure on its days and the call on 5 March 2025', async () => {
  const dossier = await crowded;
  assert.ok(dossier.timeline.some((entry) => entry.date === '2025-03-04' && SEIZING.test(entry.text)), 'a row of 4 March 2025 tells the seizure');
  assert.ok(dossier.timeline.some((entry) => entry.date === '2025-03-05' && PHONE_CALL.test(entry.text) && /Navarro/.test(entry.text)), 'a row of 5 March 2025 tells the call');
  for (const entry of dossier.timeline) {
    assert.ok(entry.text.split(/\s+/).length >= 5, `row ${entry.date} is told by more than a date: "${entry.text}"`);
    if (SEIZING.test(entry.text) && entry.date.startsWith('2025')) assert.ok(['2025-03-04', '2025-03-05'].includes(entry.date), `a row of ${entry.date} tells the seizure: "${entry.text}"`);
    if (PHONE_CALL.test(entry.text) && /Navarro/.test(entry.text) && entry.date.startsWith('2025')) assert.equal(entry.date, '2025-03-05', `the call told on ${entry.date}: "${entry.text}"`);
  }
});

test('crowded: the rows of the 2019 article are dated in 2019', async () => {
  const dossier = await crowded;
  const older = articleOf(dossier, OLDER_CALL).id;
  const rows = dossier.timeline.filter((entry) => entry.articles.length === 1 && entry.articles[0] === older);
  assert.ok(rows.some((entry) => entry.date === '2019-06-11' && PHONE_CALL.test(entry.text)), 'the 2019 call is on 11 June 2019');
  for (const entry of rows) assert.match(entry.date, /^2019/, `"${entry.text}" is dated ${entry.date}`);
});

// ---- entities, speakers, outlets

/** Titles in the languages of the batch: "President Julia Navarro", "la presidenta", "comandorul". */
const TITLE = /^(the\s+)?(president|presidenta|presidente|présidente?|președint\p{L}*|prime minister|premier\p{L}*|primer ministro|minister|ministra|ministro|ministre|ministrul|foreign minister|defen[cs]e minister|commander|comandante|comandorul|captain|admiral|rear admiral|general|gen\.|mr\.?|mrs\.?|ms\.?|dr\.?|senator|sen\.|ambassador|spokes(man|woman|person))\s/iu;
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)\.?(\s+\d{1,2})?$/iu;

test('crowded: no entity name opens with a title, is two words in capitals, or is a month', async () => {
  const dossier = await crowded;
  for (const entity of dossier.entities) {
    assert.doesNotMatch(entity.name, TITLE, `entity "${entity.name}" opens with a title`);
    assert.doesNotMatch(entity.name, /\b\p{Lu}{2,}\b.*\b\p{Lu}{2,}\b/u, `entity "${entity.name}" is words in capitals (a headline or a dateline)`);
    assert.doesNotMatch(entity.name, MONTHS, `entity "${entity.name}" is a month`);
  }
});

test('crowded: "Q" of the interview is never a speaker', async () => {
  const dossier = await crowded;
  for (const quote of dossier.quotes) assert.ok(!/^[QA]$/.test(quote.speaker ?? ''), `quote "${quote.text}" is given to "${quote.speaker}"`);
  for (const article of dossier.articles) {
    for (const quote of article.quotes) assert.ok(!/^[QA]$/.test(quote.speaker?.text ?? ''), `quote in ${basename(article.source)} is given to "${quote.speaker?.text}"`);
    for (const attribution of article.attributions) assert.ok(!/^[QA]$/.test(attribution.source?.text ?? ''), `a statement in ${basename(article.source)} is given to "${attribution.source?.text}"`);
  }
  assert.ok(!dossier.entities.some((entity) => /^[QA]$/.test(entity.name)), 'no entity is named Q or A');
});

test('crowded: no fact, single-source claim or timeline row opens with a transcript\'s "Q:" or "A:"', async () => {
  const dossier = await crowded;
  const texts = [...dossier.facts.map((fact) => fact.text), ...dossier.singleSource.map((claim) => claim.text), ...dossier.timeline.map((entry) => entry.text)];
  for (const text of texts) assert.doesNotMatch(text, /^(?:Q|A|Question|Answer):/, text);
  assert.ok(dossier.singleSource.some((claim) => /inside our own waters/.test(claim.text)) || dossier.timeline.some((entry) => /inside our own waters/.test(entry.text)), 'the answer is still told');
});

test('crowded: a question is no evidence of a fact, and a single-source claim reads alone', async () => {
  const dossier = await crowded;
  for (const fact of dossier.facts) {
    for (const evidence of fact.evidence) {
      const article = dossier.articles.find((candidate) => candidate.id === evidence.articleId)!;
      const sentence = article.sentences.find((span) => span.start <= evidence.start && span.end >= evidence.end)!;
      assert.doesNotMatch(article.text.slice(sentence.start, sentence.end).trim(), /\?["”]?$/, `fact "${fact.text}" holds a question`);
    }
  }
  for (const claim of dossier.singleSource) assert.doesNotMatch(claim.text, /^(?:and|but|which|who)\b/, `single-source claim "${claim.text}"`);
});

test('crowded: the answers of the interview are given to the person "Interview with Amara Diallo" names', async () => {
  const dossier = await crowded;
  const interview = articleOf(dossier, '10-kna-interview.txt');
  const answers = [...interview.text.matchAll(/^A: .+$/gm)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  assert.ok(answers.length >= 3, 'the answers are in the text');
  const given = [...interview.attributions.map((item) => ({ span: item.content, who: item.source?.text ?? '' })), ...interview.quotes.map((item) => ({ span: item as { start: number; end: number }, who: item.speaker?.text ?? '' }))];
  const answered = answers.filter((answer) => given.some(({ span, who }) => span.start >= answer.start && span.end <= answer.end && /Diallo/.test(who)));
  assert.ok(answered.length >= 1, `an answer is given to Amara Diallo; statements: ${JSON.stringify(given.map(({ who, span }) => [who, interview.text.slice(span.start, span.end).slice(0, 50)]))}`);
});

test('crowded: the wire copies get the agency as outlet and their dateline\'s day; the syndicated copy keeps its own outlet', async () => {
  const dossier = await crowded;
  for (const file of WIRE_COPIES) {
    const article = articleOf(dossier, file);
    assert.equal(article.outlet, 'Reuters', `${file}: outlet`);
    assert.equal(article.dateline?.agency, 'Reuters', `${file}: dateline agency`);
    assert.equal(article.published, '2025-03-04', `${file}: published on the dateline's day`);
    assert.match(article.dateline?.date ?? '', /03-04$/, `${file}: dateline date`);
  }
  const syndicated = articleOf(dossier, '04-harbour-times-syndicated.txt');
  assert.equal(syndicated.outlet, 'The Harbour Times');
  assert.equal(syndicated.kinship?.relation, 'syndicated');
  assert.equal(articleOf(dossier, '05-ap-tarrow.txt').outlet, 'Associated Press');
});

test('crowded: every article has its publication date, and a date line is not left in the text', async () => {
  const dossier = await crowded;
  for (const article of dossier.articles) assert.match(article.published ?? '', /^\d{4}-\d{2}-\d{2}$/, `${basename(article.source)} has a publication date`);
  // "5 martie 2025, 14:20" above a Romanian article is its date, as "6 mars 2025" above the French one
  const romanian = articleOf(dossier, '14-ro-gazeta-portului.txt');
  assert.equal(romanian.published, '2025-03-05');
  assert.ok(!romanian.text.includes('5 martie 2025'), 'the date line is out of the text');
});

// ---- cleaning

test('crowded: the scraping junk is gone from the cleaned texts', async () => {
  const dossier = await crowded;
  const texts = dossier.articles.map((article) => article.text);
  const lines = texts.flatMap((text) => text.split('\n').map((line) => line.trim()));
  for (const junk of ['World', 'VALDORIA SEIZES KESTRIAN CARGO SHIP NEAR TARROW ISLAND', '4 min read', 'Photo: Valdorian Navy handout via Reuters', 'Most read', 'Home World Business Sport']) {
    assert.ok(!lines.includes(junk), `the line "${junk}" is left in a text`);
  }
  for (const junk of ['Sign up for our newsletter', 'All rights reserved', '©', 'Reporting by', 'Markets rally as rates hold', 'nextNorvania']) {
    assert.ok(!texts.some((text) => text.includes(junk)), `"${junk}" is left in a text`);
  }
  assert.ok(texts.some((text) => /next\s+Norvania/.test(text)), 'the glued words are split (the subheading onto its own line)');
  assert.ok(!texts.some((text) => /\uFFFD{2,}/.test(text)), 'a run of U+FFFD is shown as one');
});

test('crowded: every paragraph of the Spanish, French and Romanian articles is kept whole', async () => {
  const dossier = await crowded;
  const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const file of OTHER_LANGUAGES) {
    const text = flatten(articleOf(dossier, file).text);
    // the first block is the title and the date line
    const paragraphs = readFileSync(join(folder, file), 'utf8').split(/\n\s*\n/).slice(1).map(flatten).filter((paragraph) => paragraph.split(' ').length >= 12);
    assert.ok(paragraphs.length >= 4, `${file} has its body paragraphs`);
    for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), `${file} keeps "${paragraph.slice(0, 60)}…"`);
  }
});
