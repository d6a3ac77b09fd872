import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/decode-bytes.ts';

/** Real text in the scripts the encodings are for; bytes are made from it with iconv-lite. */
const SPANISH = 'Nicolás Maduro dijo que «la economía crecerá» – según el Banco Central.';
const FRENCH = 'L’été à Paris : « café crème » et Noël – 5 € la tasse.';
const POLISH = 'Zażółć gęślą jaźń: Łódź i Gdańsk w wiadomościach.';
const JAPANESE = '東京都の知事は記者会見で「新しい計画」を発表した。';
const RUSSIAN = 'Президент заявил журналистам, что переговоры продолжатся.';
const CHINESE = '北京市政府周五宣布了新的交通计划。';

const html = (charset: string, body: string): string => `<!doctype html><html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

function severities(messages: { severity: string }[]): string[] {
  return messages.map((message) => message.severity);
}

test('UTF-8 without a BOM is read as UTF-8, with no message', () => {
  const decoded = decodeBytes(Buffer.from(SPANISH, 'utf8'));
  assert.deepEqual(decoded, { text: SPANISH, encoding: 'UTF-8', messages: [] });
});

test('a byte order mark wins, and is stripped', () => {
  const rows: Array<[Uint8Array, string]> = [
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]), 'UTF-8'],
    [iconv.encode(FRENCH, 'utf16le', { addBOM: true }), 'UTF-16LE'],
    [iconv.encode(`\ufeff${JAPANESE}`, 'utf16be'), 'UTF-16BE'],
  ];
  for (const [bytes, encoding] of rows) {
    const decoded = decodeBytes(bytes, { contentType: 'text/plain; charset=windows-1252' });
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.text, encoding === 'UTF-16BE' ? JAPANESE : FRENCH);
  }
});

test('UTF-16 without a BOM is told by its zero bytes', () => {
  const decoded = decodeBytes(iconv.encode(SPANISH, 'utf16le'));
  assert.equal(decoded.encoding, 'UTF-16LE');
  assert.equal(decoded.text, SPANISH);
  assert.deepEqual(severities(decoded.messages), ['info']);
  assert.equal(decodeBytes(iconv.encode(FRENCH, 'utf16be')).text, FRENCH);
});

test('windows-1252 declared in a <meta> tag', () => {
  const page = html('windows-1252', FRENCH);
  const decoded = decodeBytes(iconv.encode(page, 'windows-1252'), { kind: 'html' });
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, page);
  assert.deepEqual(decoded.messages, []);
});

test('ISO-8859-2 declared in the Content-Type header, over a <meta> that says otherwise', () => {
  const page = html('windows-1252', POLISH);
  const decoded = decodeBytes(iconv.encode(page, 'iso-8859-2'), { contentType: 'text/html; charset="ISO-8859-2"', kind: 'html' });
  assert.equal(decoded.encoding, 'ISO-8859-2');
  assert.equal(decoded.text, page);
});

test('Shift_JIS, KOI8-R and GB18030 through their declarations', () => {
  const sjis = html('Shift_JIS', JAPANESE);
  assert.deepEqual(decodeBytes(iconv.encode(sjis, 'Shift_JIS'), { kind: 'html' }), { text: sjis, encoding: 'Shift_JIS', messages: [] });
  const koi8 = decodeBytes(iconv.encode(RUSSIAN, 'koi8-r'), { contentType: 'text/plain; charset=koi8-r', kind: 'text' });
  assert.equal(koi8.text, RUSSIAN);
  const feed = `<?xml version="1.0" encoding="GB18030"?><rss version="2.0"><channel><title>${CHINESE}</title></channel></rss>`;
  const gb = decodeBytes(iconv.encode(feed, 'gb18030'), { kind: 'xml' });
  assert.equal(gb.encoding, 'gb18030');
  assert.equal(gb.text, feed);
});

test('latin-1 labels read as windows-1252, as browsers do', () => {
  // 0x93 and 0x94 are curly quotes in windows-1252 and C1 controls in ISO-8859-1.
  const bytes = iconv.encode('He said “yes” in Bogotá.', 'windows-1252');
  const decoded = decodeBytes(bytes, { contentType: 'text/plain; charset=iso-8859-1' });
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, 'He said “yes” in Bogotá.');
});

test('undeclared bytes that are not UTF-8 fall back to windows-1252 with an info message', () => {
  const decoded = decodeBytes(iconv.encode(SPANISH, 'latin1'));
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, SPANISH.replace('–', '?')); // latin-1 has no en dash: iconv-lite wrote "?"
  assert.deepEqual(decoded.messages.map((message) => [message.severity, message.origin]), [['info', 'ingest:decode-bytes']]);
});

test('a declaration that the bytes contradict: valid UTF-8 wins over a legacy label', () => {
  const page = html('iso-8859-1', SPANISH);
  const decoded = decodeBytes(Buffer.from(page, 'utf8'), { kind: 'html' });
  assert.equal(decoded.encoding, 'UTF-8');
  assert.equal(decoded.text, page);
  assert.deepEqual(severities(decoded.messages), ['warning']);
});

test('a UTF-8 page with a latin-1 body keeps both parts', () => {
  const bytes = Buffer.concat([Buffer.from('© 2013 – ', 'utf8'), iconv.encode('Bogotá, Perú', 'latin1')]);
  const declared = decodeBytes(bytes, { contentType: 'text/html; charset=utf-8' });
  assert.equal(declared.text, '© 2013 – Bogotá, Perú');
  assert.equal(declared.encoding, 'UTF-8');
  assert.match(declared.messages[0]?.reason ?? '', /the Content-Type header says UTF-8, but the text has 2 bytes outside UTF-8, read as windows-1252/);
  assert.equal(decodeBytes(bytes).text, '© 2013 – Bogotá, Perú');
});

test('an unknown declared label is a warning, and the next evidence decides', () => {
  const page = html('x-unknown-charset', FRENCH);
  const decoded = decodeBytes(Buffer.from(page, 'utf8'), { contentType: 'text/html; charset=bogus-9', kind: 'html' });
  assert.equal(decoded.encoding, 'UTF-8');
  assert.equal(decoded.text, page);
  assert.deepEqual(
    decoded.messages.map((message) => message.reason),
    ['unknown or unsupported charset "bogus-9" in the Content-Type header; ignored', 'unknown or unsupported charset "x-unknown-charset" in a <meta> tag; ignored'],
  );
});

test('the kind decides which declarations are read', () => {
  // A plain-text article that quotes a meta tag is not HTML: its bytes decide.
  const text = `Tutorial: write <meta charset="windows-1252"> in the head. ${SPANISH}`;
  assert.equal(decodeBytes(Buffer.from(text, 'utf8'), { kind: 'text' }).text, text);
  // ISO-8859-15 is latin-1 with "€" and "œ": it has no curly quotes or dashes.
  const xml = '<?xml version="1.0" encoding="ISO-8859-15"?><rss version="2.0"><channel><title>Noël à Paris : « café crème » et œufs, 5 € la tasse.</title></channel></rss>';
  const decoded = decodeBytes(iconv.encode(xml, 'iso-8859-15'), { kind: 'xml' });
  assert.equal(decoded.encoding, 'ISO-8859-15');
  assert.equal(decoded.text, xml);
});

test('binary content is fatal and gives no text', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000' + '1ff3ff610000000173524742', 'hex');
  const noise = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256);
  const zeros = new Uint8Array(1024);
  for (const bytes of [png, noise, zeros]) {
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.text, '');
    assert.equal(decoded.messages.length, 1);
    assert.equal(decoded.messages[0]?.severity, 'fatal');
    assert.match(decoded.messages[0]?.reason ?? '', /^binary content, not text/);
  }
});

test('empty input and text with a stray control character are not binary', () => {
  assert.deepEqual(decodeBytes(new Uint8Array(0)), { text: '', encoding: 'UTF-8', messages: [] });
  const withFormFeed = `${SPANISH}\f${FRENCH}\u0007`;
  assert.equal(decodeBytes(Buffer.from(withFormFeed, 'utf8')).text, withFormFeed);
});
