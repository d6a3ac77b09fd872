import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { repairMojibake } from '../../src/ingest/repair-mojibake.ts';

/**
 * UTF-8 bytes read as windows-1252 the way a browser does (the WHATWG index: the five undefined bytes
 * become C1 controls), and as latin-1 the way many CMSs and `utf8_encode` do. Built by hand: on Node 20,
 * TextDecoder('windows-1252') decodes as latin-1.
 */
const readAsWindows1252 = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((byte) => {
    const character = iconv.decode(Uint8Array.of(byte), 'windows-1252');
    return character === '\ufffd' ? String.fromCharCode(byte) : character;
  }).join('');
const readAsLatin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** Broken → repaired. */
const REPAIRED: Array<[string, string]> = [
  ['NicolÃ¡s Maduro', 'Nicolás Maduro'],
  ['donâ€™t', 'don’t'],
  ['Ã©tÃ©', 'été'],
  ['â€œWe are thrilledâ€\u009d, said Zadan', '“We are thrilled”, said Zadan'], // 0x9D kept as U+009D
  ['Ã\u0081lvaro Uribe', 'Álvaro Uribe'], // 0x81 kept as U+0081
  ['ESPAÃ‘A GANA', 'ESPAÑA GANA'], // "‘" alone could follow a word; a letter after it says mojibake
  ['Ã“scar', 'Óscar'],
  ['costs Â£5', 'costs £5'],
  ['SÃ£o Paulo', 'São Paulo'],
  ['aÈ™a', 'așa'], // Romanian s-comma
  ['Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€ ÐŸÑƒÑ‚Ð¸Ð½', 'Владимир Путин'],
  ['Ä°stanbul', 'İstanbul'],
  ['æ—¥æœ¬', '日本'],
  ['ðŸ˜€', '😀'],
  ['NicolÃƒÂ¡s', 'Nicolás'], // read as windows-1252 twice
  ['Ã¢â‚¬â„¢', '’'], // twice
  ['â€\ufffd', '”'], // the 0x9D of "”" replaced
  ['â€ said', '” said'], // the 0x9D of "”" dropped
];

/** Correct text that looks like mojibake to a careless rule, and must stay. */
const UNTOUCHED: string[] = [
  'SÃO PAULO — A prefeitura anunciou ações não previstas.',
  'AMANHÃ” disse o ministro.', // Portuguese capitals, then a closing quote
  'IRMÃ E MÃE',
  '„Spaß“ für Jürgen Müller in Düsseldorf.', // "ß“" would decode to an N'Ko letter
  'L’été à Paris\u00a0: «\u00a0café crème\u00a0» et Noël… Ça va\u00a0?', // "é »" would decode to a CJK ideograph
  'JOSÉ’S CAFÉ» col·lecció Þórshöfn Ærø', // "É’" and "É»" would decode to IPA letters
  'El niño José María dijo: «Sí». ¿Qué? ¡Olé!',
  'Zażółć gęślą jaźń, Łódź.',
  'Президент заявил журналистам.',
  '東京都の知事は「新しい計画」を発表した。',
  'Hà Nội, Việt Nam; Ελλάδα; עברית; العربية',
  'résumé © 2024 – £5 · 10 °C ± 2 ½ ¾',
  'ÀÉÎÕÜ àéîõü ÿ œ Œ š ž',
  '',
];

test('mojibake is repaired, run by run', () => {
  for (const [broken, expected] of REPAIRED) {
    const result = repairMojibake(broken);
    assert.equal(result.text, expected, JSON.stringify(broken));
    assert.ok(result.repairs > 0, `${JSON.stringify(broken)} counts its repair`);
    assert.ok(result.messages.every((message) => message.severity === 'info'), `${JSON.stringify(broken)}: ${JSON.stringify(result.messages)}`);
  }
});

test('correct text in many languages is left as it is, without messages', () => {
  for (const text of UNTOUCHED) assert.deepEqual(repairMojibake(text), { text, repairs: 0, messages: [] }, JSON.stringify(text));
});

test('whole articles read as windows-1252 or latin-1, once or twice, come back exactly', () => {
  const articles = [
    '“It’s official: I’m hosting the #Oscars!” — Ellen DeGeneres, 2 August 2013.',
    'Óscar Pérez, el alcalde de Málaga, dijo: «No habrá más recortes».',
    'Über 100 Menschen demonstrierten in Köln gegen die Schließung.',
    'Премьер-министр Греции встретился с представителями ЕС.',
    'A Ñ, an Á, an Í, a Ð and a Ý: the bytes windows-1252 leaves undefined.',
  ];
  for (const article of articles) {
    for (const read of [readAsWindows1252, readAsLatin1]) {
      const once = read(article);
      assert.notEqual(once, article);
      assert.equal(repairMojibake(once).text, article, `${read.name}: ${once}`);
      assert.equal(repairMojibake(read(once)).text, article, `${read.name} twice: ${read(once)}`);
    }
  }
});

test('repairs are counted by kind, with the first example and where it is', () => {
  const result = repairMojibake('JosÃ© said â€œyesâ€\ufffd to NicolÃƒÂ¡s.');
  assert.equal(result.text, 'José said “yes” to Nicolás.');
  assert.equal(result.repairs, 4);
  assert.deepEqual(
    result.messages.map((message) => [message.severity, message.reason, message.start, message.end]),
    [
      ['info', 'repaired 2 runs of UTF-8 read as windows-1252 (first: "Ã©" → "é")', 3, 4],
      ['info', 'repaired 1 run of UTF-8 read as windows-1252 twice (first: "ÃƒÂ¡" → "á")', 24, 25],
      ['info', 'repaired 1 closing quote whose last byte was lost (first: "â€�" → "”")', 14, 15],
    ],
  );
  assert.equal(result.text.slice(3, 4), 'é');
  assert.equal(result.text.slice(14, 15), '”');
  assert.equal(result.text.slice(24, 25), 'á');
});

test('mojibake that cannot be repaired is a warning, and so is U+FFFD', () => {
  // "Ã" + a lost byte was one of Á, Í, Ï, Ð or Ý: there is no telling which.
  const result = repairMojibake('Ã\ufffdlvaro Uribe visitÃ³ BogotÃ¡.');
  assert.equal(result.text, 'Ã\ufffdlvaro Uribe visitó Bogotá.');
  assert.deepEqual(
    result.messages.map((message) => [message.severity, message.reason, message.start, message.end]),
    [
      ['info', 'repaired 2 runs of UTF-8 read as windows-1252 (first: "Ã³" → "ó")', 19, 20],
      ['warning', 'mojibake left in text: 1 suspicious sequence could not be repaired', 0, 2],
      ['warning', '1 replacement character (U+FFFD): bytes were lost before or while decoding', 1, 2],
    ],
  );
});

test('a replacement character alone is a warning and nothing else', () => {
  const result = repairMojibake('Caf\ufffd and cr\ufffdme');
  assert.equal(result.text, 'Caf\ufffd and cr\ufffdme');
  assert.equal(result.repairs, 0);
  assert.deepEqual(result.messages.map((message) => [message.severity, message.reason]), [['warning', '2 replacement characters (U+FFFD): bytes were lost before or while decoding']]);
});

test('repairing is idempotent', () => {
  for (const [broken] of REPAIRED) {
    const once = repairMojibake(broken).text;
    assert.equal(repairMojibake(once).text, once, JSON.stringify(broken));
  }
});
