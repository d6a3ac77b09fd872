import { findTemporalExpressions } from './src/annotate/dates/index.ts';
const MB = 1_000_000;
const junks: [string, string][] = [
  ['the ', 'the '.repeat(MB / 4)],
  ['Friday ', 'Friday '.repeat(MB / 7)],
  ['1990 ', '1990 '.repeat(MB / 5)],
  ['1,1,', '1,1,'.repeat(MB / 4)],
  ['aaaa', 'a'.repeat(MB)],
  ['two ', 'two '.repeat(MB / 4)],
  ['about the past ', 'about the past '.repeat(MB / 15)],
  ['. ', '. '.repeat(MB / 2)],
  ['digits', '1234567890'.repeat(MB / 10)],
  ['mixed', 'In June last year, 3 million barrels a day were sold on Friday. '.repeat(MB / 64)],
];
for (const [name, text] of junks) {
  const t = performance.now();
  const found = findTemporalExpressions(text, { published: '2025-12-14' });
  console.log(name.padEnd(16), found.length, ((performance.now() - t) / 1000).toFixed(2), 's');
}
