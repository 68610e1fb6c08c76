import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it.each<[unknown, string | null]>([
    ['2022-03-02', '2022-03-02'],
    ['2022/06/23', '2022-06-23'],
    [' 2022-03-02T10:00:00Z ', '2022-03-02T10:00:00Z'],
    ['2022-03-02T10:00:00.000Z', '2022-03-02T10:00:00Z'],
    ['2022-03-02T10:00:00+02:00', '2022-03-02T08:00:00Z'],
    ['2022-03-02T10:00+0200', '2022-03-02T08:00:00Z'],
    ['2022-03-02 10:00:00', '2022-03-02T10:00:00Z'],
    ['Wed, 02 Mar 2022 10:00:00 GMT', '2022-03-02T10:00:00Z'],
    ['Wed, 02 Mar 2022 10:00:00 +0200', '2022-03-02T08:00:00Z'],
    ['March 2, 2022', '2022-03-02'],
    ['Wednesday, Mar. 2, 2022', '2022-03-02'],
    ['2 March 2022', '2022-03-02'],
    ['4 Sept 2022', '2022-09-04'],
    [new Date('2022-04-03T12:00:00Z'), '2022-04-03T12:00:00Z'],
    [1646215200, '2022-03-02T10:00:00Z'],
    [1646215200000, '2022-03-02T10:00:00Z'],
    // Never invented: unreadable, impossible or partial dates are null.
    [2022, null],
    ['2022-02-30', null],
    ['2022-13-01', null],
    ['0001-01-01', null],
    ['March 2022', null],
    ['Marchy 2, 2022', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    [undefined, null],
    [{}, null],
  ])('%s -> %s', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});
