import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes, type PersonMention } from '../../src/annotate/quotes/index.ts';
import { readTokens } from '../../src/annotate/read-tokens.ts';

/** Each quote of a text as "quote → speaker", the speaker as the output gives it (null for nobody). */
function speakersOf(text: string, people: PersonMention[] = []): string[] {
  const { sentences, tokens } = readTokens(text);
  return findQuotes(text, { sentences, people, tokens }).quotes.map((quote) => `${quote.text} → ${quote.speaker?.text ?? null}`);
}

/** A mention of `source` (its first occurrence) as the entity finder would give it. */
const mention = (text: string, source: string, key: string, gender: 'male' | 'female' | null, type: PersonMention['type'] = 'person'): PersonMention => {
  const start = text.indexOf(source);
  return { start, end: start + source.length, text: source, key, type, gender };
};

test('a nickname in double marks is part of the name, not a quote', () => {
  assert.deepEqual(speakersOf('Rep. Robert C. "Bobby" Scott spoke first. "We have work to do," Scott said.'), ['We have work to do → Scott']);
  // the attribution sentence after the quote reads past the nickname to its cue
  assert.deepEqual(speakersOf('"Vote early!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.'), ["Vote early! → Scott's niece"]);
  // a quoted word between lower-case words stays a quote
  assert.deepEqual(speakersOf('The mayor called the plan "Reckless" on Monday.'), ['Reckless → The mayor']);
});

test('a sentence after a quote that is only its attribution may end in a phrase with no verb', () => {
  assert.deepEqual(speakersOf('"Vote early!" The mayor shouted to the crowd.'), ['Vote early! → The mayor']);
  assert.deepEqual(speakersOf('"Who would have believed it?" Trump said, looking out on the crowd.'), ['Who would have believed it? → Trump']);
  // a sentence that goes on to report something else does not attribute the quote before it
  assert.deepEqual(speakersOf('"Is it over?" Vitter said the agency was wrong.'), ['Is it over? → null']);
});

test('a pronoun passes over a sentence whose subject cannot be its person to a fitting person in it', () => {
  const text = '"Costs will rise," said Lena Park. It has become a major issue, with Ana Ruiz attacking the plan. "It will fail," she said.';
  const people = [mention(text, 'Lena Park', 'park', 'female'), mention(text, 'Ana Ruiz', 'ruiz', 'female')];
  assert.deepEqual(speakersOf(text, people), ['Costs will rise → Lena Park', 'It will fail → Ana Ruiz']);
  // a subject "She" goes on with the chain rather than stopping at the sentence's other woman
  const chain = '"Costs will rise," said Lena Park. She met Ana Ruiz on Monday. "It will fail," she said.';
  const chainPeople = [mention(chain, 'Lena Park', 'park', 'female'), mention(chain, 'Ana Ruiz', 'ruiz', 'female')];
  assert.deepEqual(speakersOf(chain, chainPeople), ['Costs will rise → Lena Park', 'It will fail → Lena Park']);
});

test('"it" after an opening clause is the subject of its sentence, and stands for the body named before it', () => {
  const text = 'Although the IMF did not name Trump, it referenced "political tensions" in its report.';
  assert.deepEqual(speakersOf(text, [mention(text, 'IMF', 'imf', null, 'organization'), mention(text, 'Trump', 'trump', 'male')]), ['political tensions → IMF']);
});

test('a capitalised first word that opens a sentence is a name only when the text never writes it in lower case', () => {
  // "Data" opens its sentence, and the text writes "data": a common noun, no "she"
  assert.deepEqual(speakersOf('Ana Ruiz spoke about pay. Data from the Census Bureau show that women earn less, and the data are clear. "We must close the gap," she said.'), [
    'We must close the gap → Ana Ruiz',
  ]);
  // "Lynch", which the tagger reads as a verb, opens its sentence before a verb: a name that "she" can stand for
  assert.deepEqual(speakersOf('"The rules are unfair," Lynch said. Data from the Census Bureau show that women earn less. Lynch speaks often about race. "You talk about the issues in front of you," she said.'), [
    'The rules are unfair → Lynch',
    'You talk about the issues in front of you → Lynch',
  ]);
});

test('"the ruling said" after a nameless speaker stands as written', () => {
  assert.deepEqual(speakersOf('The appeals court said on Monday that the law was void. "A state cannot do this," the ruling said.'), ['A state cannot do this → the ruling']);
  // after a named speaker it goes on with that name
  assert.deepEqual(speakersOf('“Talks will resume,” a Kremlin statement said. “Both sides agreed,” the text continued.'), ['Talks will resume → Kremlin', 'Both sides agreed → Kremlin']);
});

test('a pronoun takes a person whose given name fits its gender, where nothing else gives one', () => {
  const text = 'Tom Baker met Maria Lopez on Monday. "We are ready," she said.';
  assert.deepEqual(speakersOf(text, [mention(text, 'Tom Baker', 'baker', null), mention(text, 'Maria Lopez', 'lopez', null)]), ['We are ready → Maria Lopez']);
  const men = 'Senator Maria Lopez met Tom Baker on Monday. "We are ready," he said.';
  assert.deepEqual(speakersOf(men, [mention(men, 'Maria Lopez', 'lopez', null), mention(men, 'Tom Baker', 'baker', null)]), ['We are ready → Tom Baker']);
  // a name borne by men and women alike says nothing: the subject stays the pronoun's person
  const either = 'Robin Hale met Tom Baker on Monday. "We are ready," she said.';
  assert.deepEqual(speakersOf(either, [mention(either, 'Robin Hale', 'hale', null), mention(either, 'Tom Baker', 'baker', null)]), ['We are ready → Robin Hale']);
});

test('a speaker remembered by its key keeps the gender of its mentions: "she" does not fall back on a man', () => {
  const text = '"We start today," said Tom Baker. "We are ready," she said.';
  assert.deepEqual(speakersOf(text, [mention(text, 'Tom Baker', 'baker', 'male')]), ['We start today → Tom Baker', 'We are ready → null']);
});

test('"The mayor of Springfield, Maria Lopez, said": the name after a role noun\'s phrase is the speaker\'s name', () => {
  const text = 'The mayor of Springfield, Maria Lopez, said: "We are ready."';
  assert.deepEqual(speakersOf(text, [mention(text, 'Springfield', 'springfield', null, 'place'), mention(text, 'Maria Lopez', 'lopez', null)]), ['We are ready. → Maria Lopez']);
  // a name before the appositive stays the name: "Maria Lopez, the mayor of Springfield, said"
  const before = '"We are ready," Maria Lopez, the mayor of Springfield, said.';
  assert.deepEqual(speakersOf(before), ['We are ready → Maria Lopez']);
});

test('a word the tagger reads as a noun after a name and before an object pronoun is a verb: "Obama and Clinton call them"', () => {
  assert.deepEqual(speakersOf('When attacks happen, Obama and Clinton call them "lone wolves" and move on.'), ['lone wolves → Obama and Clinton']);
});

test('"the letter reads": a statement noun with "read" attributes the quote to the statement', () => {
  assert.deepEqual(speakersOf('Parents sent a letter to the board. "We want good schools," the letter reads. "Our children are thriving."'), [
    'We want good schools → the letter',
    'Our children are thriving. → the letter',
  ]);
  // a person who reads something says nothing by it
  assert.deepEqual(speakersOf('Ana Ruiz spoke first. She reads the letter every day. "It helps," she said.'), ['It helps → Ana Ruiz']);
});

test('a passive cue after a quote gives the speaker after "by"', () => {
  assert.deepEqual(speakersOf('Ana Ruiz sang it first. "Open Roads" was written by Tom Baker after the storm.'), ['Open Roads → Tom Baker']);
  assert.deepEqual(speakersOf('"We will win," was tweeted by the senator on Monday.'), ['We will win → the senator']);
});
