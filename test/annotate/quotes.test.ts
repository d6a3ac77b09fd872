import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findQuotes, type PersonMention } from '../../src/annotate/quotes/index.ts';
import { readTokens } from '../../src/annotate/read-tokens.ts';
import type { Span } from '../../src/model/index.ts';
import { sharedPath } from '../shared-folder.ts';

interface ExpectedQuote {
  quote: string;
  speaker: string | null;
  /** Pieces with the same letter belong to one quote. */
  group?: string;
  key?: string | null;
}

const analyze = (text: string, people: PersonMention[] = []) => {
  const { sentences, tokens } = readTokens(text);
  return findQuotes(text, { sentences, people, tokens });
};

/** Quotes as rows: the text inside the marks, the speaker as the span gives it, and (where it matters) groups and keys. */
function assertQuotes(text: string, expected: readonly ExpectedQuote[], people: PersonMention[] = []): void {
  const { quotes } = analyze(text, people);
  const groupLetters = new Map<string, string>();
  const letterOf = (group: string) => {
    if (!groupLetters.has(group)) groupLetters.set(group, String.fromCharCode(97 + groupLetters.size));
    return groupLetters.get(group)!;
  };
  const found = quotes.map((quote, index) => {
    const row: ExpectedQuote = { quote: quote.text, speaker: quote.speaker?.text ?? null };
    if (expected[index]?.group !== undefined) row.group = letterOf(quote.group);
    if (expected[index]?.key !== undefined) row.key = quote.speakerKey;
    return row;
  });
  assert.deepEqual(found, expected, text);
  for (const quote of quotes) assert.equal(text.slice(quote.start, quote.end), quote.text);
}

const person = (text: string, source: string, key: string, gender: 'male' | 'female' | null, type: PersonMention['type'] = 'person'): PersonMention => {
  const start = text.indexOf(source);
  return { start, end: start + source.length, text: source, key, type, gender };
};

const DIRECT_QUOTES: readonly [string, ExpectedQuote[]][] = [
  // "...," X said
  ['"We will not yield," union leaders said.', [{ quote: 'We will not yield', speaker: 'union leaders' }]],
  ['He said "we will not yield," union leaders said.', [{ quote: 'we will not yield', speaker: 'union leaders' }]],
  // a bare "officials" takes the fuller phrase the article gave them, else names no one (the attribution keeps the word)
  ['"We will not yield," officials said.', [{ quote: 'We will not yield', speaker: null }]],
  ['Harbour officials closed the pier on Sunday. "Nobody may fish here," officials said.', [{ quote: 'Nobody may fish here', speaker: 'Harbour officials' }]],
  // a quote with no cue goes on with the subject of the sentence before, past an opening phrase that quotes a title
  ['On “Face the Nation,” Ben Ruiz named exhaustion as a reason. “The younger people are sick and tired of it.”', [{ quote: 'The younger people are sick and tired of it.', speaker: 'Ben Ruiz' }]],
  // a relative clause between the subject and its verb is an aside, whatever its verb
  ['On Sunday, Sen. Ben Ruiz, who lost the primary to Cole, named fatigue as a reason. “The young are tired of it.”', [{ quote: 'The young are tired of it.', speaker: 'Sen. Ben Ruiz' }]],
  // a word the tagger reads as a verb after a possessive is a noun of the appositive ("ally")
  ["Even Peru, Chile's only ally in the talks, said it was \"resolutely opposed\" to the test.", [{ quote: 'resolutely opposed', speaker: 'Peru' }]],
  // a sentence the splitter cut after "(D-Nev.)" goes on past the comma
  ['Senate Minority Leader Harry Reid (D-Nev.), in particular, has been pounding Trump as a “con artist” for weeks.', [{ quote: 'con artist', speaker: 'Senate Minority Leader Harry Reid (D-Nev.)' }]],
  // a participle borrows the subject of its clause, not of a verb in an aside between dashes
  ['Small groups of protesters circled the stadium - where the Panthers played the Vikings - while chanting, "Hands up, don\'t shoot."', [{ quote: "Hands up, don't shoot.", speaker: 'Small groups of protesters' }]],
  // a cue in the opening phrase takes the main clause's subject, past a quote that ends the phrase
  ['After saying her foot was “so swollen I could barely walk,” Ana Ruiz was taken to a hospital.', [{ quote: 'so swollen I could barely walk', speaker: 'Ana Ruiz' }]],
  // a participle's phrase between the subject and its cue: the subject is the noun it follows
  ['Protesters marching through the streets chanted "What curfew?" and kept going.', [{ quote: 'What curfew?', speaker: 'Protesters' }]],
  // an expletive "it" is no speaker: the verb before it tells who speaks
  ['At a briefing, the mayor said that it was too early to tell, and there was “no evidence” of a plot.', [{ quote: 'no evidence', speaker: 'the mayor' }]],
  // a dash sets off an aside whose own cue gives the quote
  ['Rep. Ann Cole called on the governor to act -- a delay the Ohio congresswoman said would “cost lives” in the state.', [{ quote: 'cost lives', speaker: 'the Ohio congresswoman' }]],
  // a pronoun with no fitting person before it names no one
  ['"The road is closed," he said.', [{ quote: 'The road is closed', speaker: null }]],
  // a participle right after a name: the name says it, not the clip that shows it
  ['The clip shows footage of Nora Quint asking, "Who pays for the bridge?"', [{ quote: 'Who pays for the bridge?', speaker: 'Nora Quint' }]],
  ['A new ad uses footage of Tom Berg saying at a rally, "We will win this county."', [{ quote: 'We will win this county.', speaker: 'Tom Berg' }]],
  ['“The bridge is safe,” said Transport Minister Anna Berg.', [{ quote: 'The bridge is safe', speaker: 'Transport Minister Anna Berg' }]],
  ['“The port will stay open,” harbour master Ole Lind told reporters on Tuesday.', [{ quote: 'The port will stay open', speaker: 'harbour master Ole Lind' }]],
  // X said, "..."
  ['Maria Lopez said, "The vote is final."', [{ quote: 'The vote is final.', speaker: 'Maria Lopez' }]],
  ['The coach told the players: “Nobody leaves early.”', [{ quote: 'Nobody leaves early.', speaker: 'The coach' }]],
  // "...", according to X / according to X, "..."
  ['"Prices will rise," according to the central bank.', [{ quote: 'Prices will rise', speaker: 'the central bank' }]],
  ['According to the fire service, “the blaze is contained.”', [{ quote: 'the blaze is contained.', speaker: 'the fire service' }]],
  // a statement's issuer, and continued speech
  [
    '“Talks will resume next week,” a Kremlin statement said. “Both sides agreed to keep the channels open,” the text continued.',
    [
      { quote: 'Talks will resume next week', speaker: 'Kremlin', group: 'a' },
      { quote: 'Both sides agreed to keep the channels open', speaker: 'Kremlin', group: 'b' },
    ],
  ],
  ['“The seizure was theft,” the Venezuelan government wrote in a statement.', [{ quote: 'The seizure was theft', speaker: 'the Venezuelan government' }]],
  // Name said, "A." She added, "B."
  [
    'Jane Park said, "We are ready." She added, "The team is rested."',
    [
      { quote: 'We are ready.', speaker: 'Jane Park', group: 'a' },
      { quote: 'The team is rested.', speaker: 'Jane Park', group: 'b' },
    ],
  ],
  // a quote broken by its attribution: two pieces, one group
  [
    'Ruth Diaz reached the village at dawn. "We tried," she said, "but the road was closed."',
    [
      { quote: 'We tried', speaker: 'Ruth Diaz', group: 'a' },
      { quote: 'but the road was closed.', speaker: 'Ruth Diaz', group: 'a' },
    ],
  ],
  [
    '“The season is over,” said Omar Haddad. “We start again in May.”',
    [
      { quote: 'The season is over', speaker: 'Omar Haddad', group: 'a' },
      { quote: 'We start again in May.', speaker: 'Omar Haddad', group: 'a' },
    ],
  ],
  // Q: "..." / Name: "..." / A: "...": the asker is not named; the answer is the last named speaker's
  [
    'Q: "Will you run again?"\n\nHarlan: "Not this year."\n\nQ: "Why not?"\n\nA: "My family comes first."',
    [
      { quote: 'Will you run again?', speaker: null },
      { quote: 'Not this year.', speaker: 'Harlan' },
      { quote: 'Why not?', speaker: null },
      { quote: 'My family comes first.', speaker: 'Harlan' },
    ],
  ],
  // with no named line, "A" answers for the person the headline says the interview is with
  [
    'An interview with Mayor Ruth Adler\n\n"Q: Will you run again?\n\n"A: Not this year.',
    [
      { quote: 'Will you run again?', speaker: null },
      { quote: 'Not this year.', speaker: 'Mayor Ruth Adler' },
    ],
  ],
  ['Q: "Will you run again?"\n\nA: "Not this year."', [{ quote: 'Will you run again?', speaker: null }, { quote: 'Not this year.', speaker: null }]],
  // a transcript quoted paragraph by paragraph
  [
    'The interview went as follows:\n\n"HOST: Where were you that night?\n\n"MORALES: At home, with my family.',
    [
      { quote: 'Where were you that night?', speaker: 'HOST' },
      { quote: 'At home, with my family.', speaker: 'MORALES' },
    ],
  ],
  // partial quotes inside a sentence
  ['The minister expressed "solidarity" with the flood victims.', [{ quote: 'solidarity', speaker: 'The minister' }]],
  ['Governor Ellen Marsh called the decision "a betrayal of the north" on Monday.', [{ quote: 'a betrayal of the north', speaker: 'Governor Ellen Marsh' }]],
  ['The union said its members would strike to “defend their pensions.”', [{ quote: 'defend their pensions.', speaker: 'The union' }]],
  // a quote over two paragraphs: open at the end of the first, reopened at the start of the second
  [
    'Mayor Tom Reyes spoke to reporters.\n\n"The flood was the worst in decades.\n\n"We will rebuild every house," he said.',
    [
      { quote: 'The flood was the worst in decades.', speaker: 'Mayor Tom Reyes', group: 'a' },
      { quote: 'We will rebuild every house', speaker: 'Mayor Tom Reyes', group: 'a' },
    ],
  ],
  // apostrophes open no quote; single marks do
  ["It's the '90s again: the Joneses' dog barked and rock 'n' roll played all night.", []],
  ["Lena Voss didn't say 'never' to the offer.", [{ quote: 'never', speaker: 'Lena Voss' }]],
  // nested quotes: the outer one is the quote
  ['“He told me ‘never again’ and left,” Ana Ruiz said.', [{ quote: 'He told me ‘never again’ and left', speaker: 'Ana Ruiz' }]],
  ['"The sign said “closed” all week," the owner said.', [{ quote: 'The sign said “closed” all week', speaker: 'the owner' }]],
  // other marks: guillemets, low-high, typewriter doubles
  ['«We will stay», the ambassador said.', [{ quote: 'We will stay', speaker: 'the ambassador' }]],
  ['„We will stay“, the ambassador said.', [{ quote: 'We will stay', speaker: 'the ambassador' }]],
  ["''It is not reform,'' said Paul Grant, an economist.", [{ quote: 'It is not reform', speaker: 'Paul Grant' }]],
  // a quote after a paragraph that ends in a colon
  ['The senator continued:\n\n“We owe them an answer.”', [{ quote: 'We owe them an answer.', speaker: 'The senator' }]],
  // "the following comment" names a thing, not who speaks
  ['On May 4, Senator Ruiz made the following comment:\n\n“We owe them an answer.”', [{ quote: 'We owe them an answer.', speaker: 'Senator Ruiz' }]],
  ['The mayor issued the following statement: “The pier stays closed.”', [{ quote: 'The pier stays closed.', speaker: 'The mayor' }]],
  // titles of works are no quotes
  ['She appeared on “Meet the Press” on Sunday.', []],
];

test('direct quotes in the common news forms, with their speakers', () => {
  for (const [text, expected] of DIRECT_QUOTES) assertQuotes(text, expected);
});

test('speakers resolve to person mentions: pronouns by gender, role nouns, a statement issuer', () => {
  const byGender = 'Ana Ruiz met Carlos Vega in Lima. "We agreed on a plan," she said.';
  // a pronoun is given by the name it stands for, with its key
  assertQuotes(byGender, [{ quote: 'We agreed on a plan', speaker: 'Ana Ruiz', key: 'ana' }], [person(byGender, 'Ana Ruiz', 'ana', 'female'), person(byGender, 'Carlos Vega', 'carlos', 'male')]);
  const byRole = 'Prime Minister Lena Holm arrived in Oslo. "The budget is fair," the prime minister said.';
  assertQuotes(byRole, [{ quote: 'The budget is fair', speaker: 'the prime minister', key: 'lena' }], [person(byRole, 'Lena Holm', 'lena', 'female')]);
  const byIssuer = '“Talks will resume,” a Kremlin statement said.';
  assertQuotes(byIssuer, [{ quote: 'Talks will resume', speaker: 'Kremlin', key: 'RU' }], [person(byIssuer, 'Kremlin', 'RU', null, 'organization')]);
  // a surname alone takes the key of the full name before it
  const bySurname = 'Coach Billy Marsh met the owners on Monday. "We needed a change," Marsh said.';
  assertQuotes(bySurname, [{ quote: 'We needed a change', speaker: 'Marsh', key: 'marsh' }], [person(bySurname, 'Billy Marsh', 'marsh', 'male')]);
  // "he" with only a woman before it stays unresolved rather than "he"
  const noFit = 'Tara Lind checked into a clinic, her agent confirmed. "We ask for privacy," he said.';
  assertQuotes(noFit, [{ quote: 'We ask for privacy', speaker: null, key: null }], [person(noFit, 'Tara Lind', 'tara', 'female')]);
  // the subject of the sentence before, not a place the entity finder took for a person; a subject "He" goes on with the chain
  const bySubject = 'Tom Clarke hopes to sell the coal. He is hoping that states, led by Ohio, will pass the costs on. “Coal is not the villain,” he said.';
  assertQuotes(bySubject, [{ quote: 'Coal is not the villain', speaker: 'Tom Clarke', key: 'clarke' }], [person(bySubject, 'Tom Clarke', 'clarke', null), person(bySubject, 'Ohio', 'ohio', null)]);
  // the subject of the quote's own sentence before an earlier speaker
  const bySentence = '“He has a pulpit,” said Dan Gore, a professor. Sen. Clara Mack scolded him: “You are wrong,” she said.';
  assertQuotes(
    bySentence,
    [
      { quote: 'He has a pulpit', speaker: 'Dan Gore', key: 'gore' },
      { quote: 'You are wrong', speaker: 'Sen. Clara Mack', key: 'mack' },
    ],
    [person(bySentence, 'Dan Gore', 'gore', null), person(bySentence, 'Clara Mack', 'mack', null)],
  );
  // a role noun as the subject before "He said": the person it stands for, given as the text describes them
  const byRoleSubject = 'Donald Trump says he has big plans. The Republican nominee noted Friday that his campaign has money. He said, “We have some big plans.”';
  assertQuotes(byRoleSubject, [{ quote: 'We have some big plans.', speaker: 'The Republican nominee', key: 'trump' }], [person(byRoleSubject, 'Donald Trump', 'trump', 'male')]);
  // a sentence with no subject read gives its first fitting person; a name the article quotes counts though no mention covers it
  const noSubject = 'Bombs may not be falling. What Mr. Dale Obi has seen instead are the charts. “They are terrifying,” he said.';
  assertQuotes(noSubject, [{ quote: 'They are terrifying', speaker: 'Dale Obi', key: 'obi' }], [person(noSubject, 'Dale Obi', 'obi', null)]);
  const quotedName = '“We were heard,” Adler said. Adler rose to prominence under Mayor Tom Ray. “We will get there,” she said.';
  assertQuotes(
    quotedName,
    [
      { quote: 'We were heard', speaker: 'Adler', key: null },
      { quote: 'We will get there', speaker: 'Adler', key: null },
    ],
    [person(quotedName, 'Tom Ray', 'ray', null)],
  );
  // the key of the mention that reaches the name's head, not of a longer demonym before it
  const byHead = '“Talks will go on,” said Venezuelan Foreign Minister Ana Soto.';
  assertQuotes(byHead, [{ quote: 'Talks will go on', speaker: 'Venezuelan Foreign Minister Ana Soto', key: 'soto' }], [person(byHead, 'Venezuelan', 'VE', null, 'country'), person(byHead, 'Ana Soto', 'soto', 'female')]);
  // "the statement said" goes on with the previous speaker's person and stays as written
  const byStatement = 'The Security Council said on Friday that the test was a threat. “Further measures will follow,” the statement said.';
  assertQuotes(byStatement, [{ quote: 'Further measures will follow', speaker: 'the statement', key: 'unsc' }], [person(byStatement, 'Security Council', 'unsc', null, 'organization')]);
  // a name the entity finder could not type stands for "she" as the subject it is
  const untyped = 'Jo-Ann Pell, a professor at Seton Hall, described the debate. “He will deflect them,” she said.';
  assertQuotes(untyped, [{ quote: 'He will deflect them', speaker: 'Jo-Ann Pell', key: 'pell' }], [person(untyped, 'Jo-Ann Pell', 'pell', null, 'other'), person(untyped, 'Seton Hall', 'seton', null, 'organization')]);
  // the head of "Dan Lee at the Daily Star" is the person, not the paper after "at"
  const byWorkplace = '“He won,” Ray Moss said. Dan Lee at the Daily Star agreed with Moss. “He succeeded with flying colors,” he wrote.';
  assertQuotes(
    byWorkplace,
    [
      { quote: 'He won', speaker: 'Ray Moss', key: 'moss' },
      { quote: 'He succeeded with flying colors', speaker: 'Dan Lee at the Daily Star', key: 'lee' },
    ],
    [person(byWorkplace, 'Ray Moss', 'moss', null), person(byWorkplace, 'Dan Lee', 'lee', null, 'other'), person(byWorkplace, 'Daily Star', 'star', null, 'organization')],
  );
  // "His son" is someone new, not the man named before; "A professor ..., Ian Vale," takes the name after it
  const bySon = 'Coach Leo Hart was fired on Monday. His son is a guard at Temple. “We had no idea,” he said.';
  assertQuotes(bySon, [{ quote: 'We had no idea', speaker: 'His son', key: null }], [person(bySon, 'Leo Hart', 'hart', 'male')]);
  const byProfessor = 'Ana Ruiz spoke first. A professor of economics at Lima University, Ian Vale, rode into the city. “It was a battlefield,” he said.';
  assertQuotes(byProfessor, [{ quote: 'It was a battlefield', speaker: 'A professor of economics at Lima University', key: 'vale' }], [person(byProfessor, 'Ana Ruiz', 'ruiz', null), person(byProfessor, 'Ian Vale', 'vale', null)]);
  // an acronym the entity finder took for a person is no "he"
  const byAcronym = 'Msgr. Tom Farmer spoke to reporters. CNA asked Msgr. Farmer about it. “I would hope so,” he told CNA.';
  assertQuotes(byAcronym, [{ quote: 'I would hope so', speaker: 'Tom Farmer', key: 'farmer' }], [person(byAcronym, 'Tom Farmer', 'farmer', 'male'), person(byAcronym, 'CNA', 'cna', null)]);
  // a phrase whose only capital opens the sentence is no name a pronoun can stand for
  const byGovernor = '"Two people were hurt," Qeshm governor Mehdi Ira was quoted as saying.\nHouses in two villages were also reported damaged, he added.';
  assert.equal(analyze(byGovernor, [person(byGovernor, 'Mehdi Ira', 'ira', null)]).attributions.find((attribution) => attribution.source?.text === 'he')?.sourceKey, 'ira');
  // the gender the article gives by "Mr." / "Mrs." where the gazetteer gives none
  const byTitle = 'Mr. Tom Reyes met Mrs. Ann Cole on Monday. “We agreed on the price,” she said.';
  assertQuotes(byTitle, [{ quote: 'We agreed on the price', speaker: 'Ann Cole', key: 'cole' }], [person(byTitle, 'Tom Reyes', 'reyes', null), person(byTitle, 'Ann Cole', 'cole', null)]);
  const byTitleLater = 'Tom Reyes met Ann Cole on Monday. Mr. Reyes left first. “We agreed on the price,” he said.';
  assertQuotes(byTitleLater, [{ quote: 'We agreed on the price', speaker: 'Tom Reyes', key: 'reyes' }], [person(byTitleLater, 'Ann Cole', 'cole', null), person(byTitleLater, 'Tom Reyes', 'reyes', null), person(byTitleLater, 'Reyes', 'reyes', null)]);
  const named = '“We are done,” said White House press secretary Dana Cole.';
  assertQuotes(named, [{ quote: 'We are done', speaker: 'White House press secretary Dana Cole', key: 'cole' }], [person(named, 'Dana Cole', 'cole', 'female')]);
});

const INDIRECT_STATEMENTS: readonly [string, { source: string | null; cue: string; content: string; direct: boolean }[]][] = [
  ['The minister said that the border would reopen on Monday.', [{ source: 'The minister', cue: 'said', content: 'that the border would reopen on Monday', direct: false }]],
  ['Officials told reporters the plan had failed.', [{ source: 'Officials', cue: 'told', content: 'the plan had failed', direct: false }]],
  ['According to the police, three people were hurt.', [{ source: 'the police', cue: 'According to', content: 'three people were hurt', direct: false }]],
  ['The storm will reach the coast on Friday, forecasters said.', [{ source: 'forecasters', cue: 'said', content: 'The storm will reach the coast on Friday', direct: false }]],
  ['"The storm is coming," forecasters said.', [{ source: 'forecasters', cue: 'said', content: '"The storm is coming,"', direct: true }]],
];

test('attributed statements: source, cue and content, indirect and direct', () => {
  for (const [text, expected] of INDIRECT_STATEMENTS) {
    const found = analyze(text).attributions.map((attribution) => ({
      source: attribution.source?.text ?? null,
      cue: attribution.cue.text,
      content: attribution.content.text,
      direct: attribution.direct,
    }));
    assert.deepEqual(found, expected, text);
  }
});

/** The attributions of a text as rows: who the source names (null for nobody), the label's mark, and what is said. */
const statementsOf = (text: string, people: PersonMention[] = []) =>
  analyze(text, people).attributions.map((attribution) => ({ source: attribution.source?.text ?? null, key: attribution.sourceKey, cue: attribution.cue.text, content: attribution.content.text }));

test('a transcript without quote marks: a question is asked by nobody named, an answer is given by the one answering', () => {
  // "Q:" / "A:" under a headline naming the interviewee
  const colons = 'Interview with Lena Moritz\n\nQ: Where were you on the night of the fire?\n\nA: At home. I saw the smoke from my window.';
  assert.deepEqual(statementsOf(colons, [person(colons, 'Lena Moritz', 'moritz', 'female')]), [
    { source: null, key: null, cue: ':', content: 'Where were you on the night of the fire' },
    { source: 'Lena Moritz', key: 'moritz', cue: ':', content: 'At home. I saw the smoke from my window' },
  ]);
  // "Q." / "A." and "Question:" / "Answer:" are the same labels
  const periods = 'A conversation with Omar Tell\n\nQ. Will the mill close?\n\nA. Not this winter.\n\nQuestion: And the workers?\n\nAnswer: They keep their jobs until May.';
  assert.deepEqual(statementsOf(periods, [person(periods, 'Omar Tell', 'tell', 'male')]), [
    { source: null, key: null, cue: '.', content: 'Will the mill close' },
    { source: 'Omar Tell', key: 'tell', cue: '.', content: 'Not this winter' },
    { source: null, key: null, cue: ':', content: 'And the workers' },
    { source: 'Omar Tell', key: 'tell', cue: ':', content: 'They keep their jobs until May' },
  ]);
  // an answerer's "NAME:" label speaks for the person the article named, and an "A:" after it answers for that person
  const labelled = 'Mayor Ruth Adler spoke to us on Friday.\n\nQ: Will you run again?\n\nADLER: Not this year.\n\nQ: Why not?\n\nA: My family comes first.';
  assert.deepEqual(statementsOf(labelled, [person(labelled, 'Ruth Adler', 'adler', 'female')]), [
    { source: null, key: null, cue: ':', content: 'Will you run again' },
    { source: 'ADLER', key: 'adler', cue: ':', content: 'Not this year' },
    { source: null, key: null, cue: ':', content: 'Why not' },
    { source: 'ADLER', key: 'adler', cue: ':', content: 'My family comes first' },
  ]);
  // with no interviewee named anywhere, the answer is still nobody's "A"
  const unnamed = 'Q: Is the bridge safe?\n\nA: Engineers checked it on Monday.';
  for (const statement of statementsOf(unnamed)) assert.ok(!/^[QA]$/.test(statement.source ?? ''), `"${statement.content}" is given to "${statement.source}"`);
});

test('a line of prose that opens like a label is no transcript without a question before an answer', () => {
  const prose = 'A. Philip Randolph Institute sued the state on Monday.\n\nUpdate: The court will hear the case in June.';
  for (const statement of statementsOf(prose)) assert.notEqual(statement.cue, '.', `"${statement.content}" read as a transcript's answer`);
  const answersOnly = 'A. Lincoln Park School closes early.\n\nA. Lincoln Park School reopens on Friday.';
  assert.deepEqual(statementsOf(answersOnly), []);
});

test('unbalanced and odd input never throws and keeps spans inside the text', () => {
  for (const text of ['', '   ', '"', '““““', 'He said "open and never closed', '”Backwards“ marks', "''", '"\n\n"\n\n"', 'a'.repeat(10_000) + ' "x" said Bo.']) {
    const { quotes, attributions } = analyze(text);
    for (const span of [...quotes, ...attributions.map((attribution) => attribution.content)]) {
      assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, JSON.stringify(text.slice(0, 40)));
    }
  }
});

interface PolnearAttribution {
  source: (Span & { text: string }) | null;
  content: (Span & { parts?: [number, number][] }) | null;
  direct: boolean;
}

/**
 * Measured on the sample below (117/118 quotes found, 80/84 speakers right), less a margin. The
 * speaker rule is the bench's (bench/quotes.ts) without its pronoun replacement: gold sources that are
 * pronouns are left out.
 */
const FLOOR = Object.freeze({ found: 0.95, speakers: 0.88 });

/** Ten PolNeAR dev articles read from ../shared (research use only, never copied here). */
test('PolNeAR dev sample: direct quotes found and their speakers', () => {
  const lines = readFileSync(sharedPath('data', 'quotes', 'polnear.dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const sample = lines.filter((_, index) => index % 8 === 0).slice(0, 10).map((line) => JSON.parse(line) as { text: string; attributions: PolnearAttribution[] });
  let golds = 0;
  let found = 0;
  let judged = 0;
  let right = 0;
  const normalize = (name: string) => ` ${name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  for (const article of sample) {
    const { quotes } = analyze(article.text);
    for (const gold of article.attributions.filter((attribution) => attribution.direct && attribution.content)) {
      golds++;
      const parts = gold.content!.parts?.map(([start, end]) => ({ start, end })) ?? [gold.content!];
      const inside = (quote: Span) => parts.reduce((sum, part) => sum + Math.max(0, Math.min(quote.end, part.end) - Math.max(quote.start, part.start)), 0);
      const matching = quotes.filter((quote) => inside(quote) > 0 && inside(quote) * 2 >= quote.end - quote.start);
      if (matching.length === 0) continue;
      found++;
      if (!gold.source || /^(?:he|she|they|it|we|i|who|which)$/i.test(gold.source.text)) continue;
      judged++;
      const best = matching.reduce((a, b) => (inside(b) > inside(a) ? b : a));
      const name = normalize(best.speaker?.text ?? '');
      const source = normalize(gold.source.text);
      const lastWord = ` ${name.trim().split(' ').at(-1)} `;
      if (name.trim() && (source.includes(name) || source.includes(lastWord) || name.includes(source))) right++;
    }
  }
  assert.ok(golds >= 40, `sample holds ${golds} direct quotes`);
  assert.ok(found / golds >= FLOOR.found, `direct quotes found ${found}/${golds}`);
  assert.ok(right / judged >= FLOOR.speakers, `speakers right ${right}/${judged}`);
});
