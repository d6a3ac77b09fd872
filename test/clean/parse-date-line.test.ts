import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateLine } from '../../src/clean/parse-date-line.ts';

// [line, publication date read from it, is it an update?] — null: the line is no date line
const ROWS: [string, string | null, boolean][] = [
  ['14/12/2025', '2025-12-14', false],
  ['12/14/2025', '2025-12-14', false],
  ['Thursday, December 11, 2025', '2025-12-11', false],
  ['Published: Dec. 11, 2025 10:30 AM ET', '2025-12-11', false],
  ['7:00pm UK, Wednesday 05 May 2010', '2010-05-05', false],
  ['First Posted 23:37:00 05/05/2010', '2010-05-05', false],
  ['POSTED: 1052 GMT (1852 HKT), April 10, 2007', '2007-04-10', false],
  ['Friday August 2, 2013 @ 8:13am PDT', '2013-08-02', false],
  ['11 de diciembre de 2025', '2025-12-11', false],
  ['Updated 3:14 PM EST, Thu December 11, 2025', '2025-12-11', true],
  ['Last updated 13:26 14/09/2013', '2013-09-14', true],
  // an update stamp with the time alone, and a stamp of two dates
  ['Updated 4:08 p. m. ET', null, true],
  ['Updated 9:06 AM', null, true],
  ['on September 14, 2013 11:41am | Updated on September 14, 2013 11:41am', '2013-09-14', false],
  ['Updated on September 15, 2013 | on September 14, 2013 11:41am', '2013-09-14', false],
  // languages chrono does not read, by the calendar's month and weekday names
  ['5 martie 2025, 14:20', '2025-03-05', false],
  ['miercuri, 5 martie 2025', '2025-03-05', false],
  ['Actualizat: 6 martie 2025, 09:10', '2025-03-06', true],
  ['сряда, 5 март 2025 г.', '2025-03-05', false],
  ['5 марта 2025', '2025-03-05', false],
  ['woensdag 5 maart 2025', '2025-03-05', false],
];

for (const [line, value, isUpdate] of ROWS) {
  test(`"${line}" is a date line`, () => {
    const date = parseDateLine(line);
    assert.equal(date?.value, value);
    assert.equal(date?.isUpdate, isUpdate);
  });
}

for (const line of ['Putin and Maduro spoke on December 11, 2025.', 'Updated 9:06 AM: the mayor resigned', 'May 2, 2013 | Lohan checks into rehab', 'Riots in Athens on 5 May 2010', 'In 2018 Russia sent bombers', '3 min', '31/02/2025', 'Protest la Cluj pe 5 martie 2025', '31 februarie 2025']) {
  test(`"${line}" is no date line`, () => assert.equal(parseDateLine(line), null));
}

for (const line of ['03/04/2025', 'Updated 5/4/2010 1:41 PM']) {
  test(`"${line}" is a date that is not guessed`, () => {
    const date = parseDateLine(line);
    assert.equal(date?.value, null);
    assert.match(date?.problem ?? '', /ambiguous/);
  });
}
