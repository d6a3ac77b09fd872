import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import { EMPTY_METADATA, toRawOffset, type RawArticle } from '../../src/model/index.ts';

function clean(text: string, metadata: Partial<RawArticle['metadata']> = {}) {
  return cleanArticle({ source: 'test.txt', kind: 'text', text, metadata: { ...EMPTY_METADATA, ...metadata }, encoding: 'utf-8', messages: [] });
}

const BODY = 'The central bank raised its main interest rate by half a point on Tuesday, the third increase this year, citing inflation.';

// [raw line inside an article, what must be gone from the cleaned text, the rule that removes it]
const BOILERPLATE: [line: string, gone: string, origin: string][] = [
  ['image source, Getty Images', 'Getty', 'clean:image-credit'],
  ['Photo: Jane Doe/AFP', 'Jane Doe', 'clean:image-credit'],
  ['REUTERS/Evelyn Hockstein', 'Hockstein', 'clean:image-credit'],
  ['Subscribe here Subscribe to our new newsletter to receive a selection of our best content of the week every Friday.', 'newsletter', 'clean:subscription-prompt'],
  ['And remember that you can receive notifications in our app. Download and activate the latest version.', 'notifications', 'clean:app-prompt'],
  ['Sign up for our free daily email newsletter', 'Sign up', 'clean:subscription-prompt'],
  ['© 2025 Example Daily. All rights reserved. Do not reproduce without permission.', 'rights reserved', 'clean:copyright-line'],
  ['— The Bulwark (@BulwarkOnline) December 11, 2025', '@BulwarkOnline', 'clean:social-embed-attribution'],
  ['3 min', '3 min', 'clean:read-time-badge'],
  ['5 min read', 'min read', 'clean:read-time-badge'],
  ['Reading time: 4 minutes', 'Reading time', 'clean:read-time-badge'],
  ['Advertisement', 'Advertisement', 'clean:furniture-fragment'],
  ['Story continues below advertisement', 'continues below', 'clean:furniture-fragment'],
  ['Read more: Central banks face a hard choice', 'Read more', 'clean:read-more-link'],
  ['Share this article', 'Share', 'clean:furniture-fragment'],
  ['Follow us on Twitter', 'Follow us', 'clean:social-prompt'],
  ['image caption, The bank’s headquarters in the capital', 'headquarters', 'clean:photo-caption'],
];

for (const [line, gone, origin] of BOILERPLATE) {
  test(`removes "${line}"`, () => {
    const result = clean(`${BODY}\n${line}\nAnalysts had expected a smaller rise, and markets fell after the decision was announced.\n`);
    assert.ok(!result.text.includes(gone), result.text);
    assert.ok(result.text.includes('Analysts had expected'), 'the body after it stays');
    const raw = `${BODY}\n${line}\n`;
    const message = result.messages.find((candidate) => candidate.origin === origin && candidate.severity === 'info');
    assert.ok(message, `the removal is reported by ${origin}: ${JSON.stringify(result.messages)}`);
    assert.equal(raw.slice(message.start, message.end), line, 'its place is the line in raw');
  });
}

// Body sentences that mention the same words stay.
const KEPT: string[] = [
  'The newspaper said its subscribers had doubled since the newsletter was launched in 2019.',
  'Officials said the app, which was downloaded by millions, shared notifications with the police.',
  'The minister said the copyright reform would be voted on in March.',
];

for (const line of KEPT) {
  test(`keeps the body sentence "${line.slice(0, 40)}…"`, () => {
    const result = clean(`${BODY}\n${line}\n${BODY}`);
    assert.ok(result.text.includes(line), result.text);
  });
}

test('removes a tweet link inside a line and keeps the words', () => {
  const result = clean(`${BODY}\nLeavitt: "I don't think that would be concerning." pic.twitter.com/tUsOXKYV50\n${BODY}`);
  assert.ok(result.text.includes('Leavitt: "I don\'t think that would be concerning."'));
  assert.ok(!result.text.includes('pic.twitter'));
});

// [glued, the words that must stand apart]
const GLUED: [string, string[]][] = [
  ['MoscowDonald Trump said on Monday that the talks would go on.', ['Moscow', 'Donald Trump']],
  ['PARISThe French government said on Monday that the talks would go on.', ['PARIS', 'The French']],
  ['As was shown when Tehran was attacked in JunePutin is not forcing anything.', ['June', 'Putin']],
  ['According to theWashington PostIn mid-October, the letter was sent.', ['the', 'Washington Post', 'In mid-October']],
  ['The ships sailed to the Caribbean.The deployment was the largest in decades.', ['Caribbean.', 'The deployment']],
];

for (const [text, parts] of GLUED) {
  test(`splits glued words in "${text.slice(0, 40)}…"`, () => {
    const result = clean(`${BODY}\n${text}`);
    const pattern = new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}]+'), 'u');
    assert.match(result.text, pattern);
    assert.ok(result.messages.some((message) => message.origin === 'clean:split-glued-words'));
  });
}

// CamelCase names and ordinary words stay whole.
for (const text of ['He posted the video on YouTube and LinkedIn.', 'McDonald and DeSantis met at the iPhone launch.', 'The PlayStation sold well in JavaScript circles.']) {
  test(`leaves "${text}" whole`, () => {
    const result = clean(`${BODY}\n${text}`);
    assert.ok(result.text.includes(text), result.text);
  });
}

test('reads a plain-text header: section label, title, dek, caption, date and read time', () => {
  const raw = [
    'Latin America',
    '',
    'What help can the president expect from his allies?',
    '',
    'The government stands with its neighbours, but it cannot send more weapons.',
    '',
    'The two presidents at the summit in Kazan.',
    '14/12/2025',
    '3 min',
    '',
    `${BODY} ${BODY}`,
  ].join('\n');
  const result = clean(raw);
  assert.equal(result.metadata.title, 'What help can the president expect from his allies?');
  assert.equal(result.metadata.published, '2025-12-14');
  assert.ok(!result.text.includes('Latin America'));
  assert.ok(!result.text.includes('summit in Kazan'), 'the caption goes');
  assert.ok(result.text.startsWith('The government stands'), 'the dek stays as the first paragraph');
  assert.deepEqual(result.foundInText.sort(), ['published', 'title']);
});

test('a first line that reads as a sentence is no title', () => {
  const result = clean(`President Smith is not concerned about the call, the spokeswoman said, after the ministry confirmed it.\n${BODY}`);
  assert.equal(result.metadata.title, null);
  assert.ok(result.text.startsWith('President Smith'));
});

test('reads bylines and the outlet of an author-title credit and a copyright footer', () => {
  const byline = clean(`image source, Getty Images\n-\n- Author, Angel Bermudez\n- Author title, BBC News World\n${BODY}`);
  assert.equal(byline.metadata.byline, 'Angel Bermudez');
  assert.equal(byline.metadata.outlet, 'BBC News World');
  assert.ok(!byline.text.includes('Author'));
  assert.equal(clean(`By Jane Doe and John Roe in Moscow\n${BODY}`).metadata.byline, 'Jane Doe, John Roe');
  const footer = clean(`${BODY}\n${BODY}\n${BODY}\n© 2025 Latin Times. All rights reserved.`);
  assert.equal(footer.metadata.outlet, 'Latin Times');
  assert.equal(clean(`${BODY}\n© Getty Images\n${BODY}`).metadata.outlet, null, 'a photo credit names no outlet');
  assert.equal(clean(`${BODY}\nThe Washington Post reported the letter first.`).metadata.outlet, null, 'an outlet named in the body is not the outlet');
  assert.equal(clean(`Reuters\n${BODY}`).metadata.outlet, 'Reuters', 'a known outlet alone on a header line');
  assert.equal(clean(`El país en vilo\n${BODY}`).metadata.outlet, null, 'a headline that starts like an outlet is no outlet label');
});

test('an ambiguous numeric date is not guessed', () => {
  const result = clean(`A title about the bank\n03/04/2025\n${BODY}`);
  assert.equal(result.metadata.published, null);
  assert.ok(result.messages.some((message) => message.severity === 'warning' && /ambiguous/.test(message.reason)));
});

test('the offset map points every cleaned word back to the same word in the raw text', () => {
  const raw = 'Title of the piece\n\n  image source, Getty Images\nThe  bank\u00a0raised rates.\u200b It was MoscowDonald Trump\u2019s day.\n\nNicola\u0301s Maduro spoke.\n';
  const result = clean(raw);
  assert.ok(result.text.includes('Nicolás Maduro'), 'NFC');
  for (const match of result.text.matchAll(/(?<!\p{L})[A-Za-z]+(?!\p{L})/gu)) {
    const rawAt = toRawOffset(result.offsetMap, match.index);
    assert.equal(raw.slice(rawAt, rawAt + match[0].length), match[0], `"${match[0]}" at ${match.index}`);
  }
});

test('cleaning is deterministic and idempotent in its text', () => {
  const raw = `Headline of the day\n\n${BODY}\nAdvertisement\n${BODY}`;
  const once = clean(raw);
  assert.deepEqual(clean(raw), once);
  assert.equal(clean(once.text).text, once.text);
});

test('a letter outside the Basic Multilingual Plane inside a glued word is never split in two: "x𐐀Bo" stays whole and the article is cleaned', () => {
  const text = `${BODY} The Deseret spelling x𐐀Bo and 𠀀Bridge appear in the archive, reportedlyTrump said.`;
  const article = clean(text);
  assert.ok(article.text.includes('x𐐀Bo'), article.text);
  assert.ok(article.text.includes('𠀀Bridge'), article.text);
  assert.ok(article.text.includes('reportedly Trump'), 'a glued name beside it is still split');
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(article.text), 'no lone high surrogate');
});
