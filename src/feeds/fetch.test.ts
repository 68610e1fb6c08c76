import { describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.js';
import { retryAfterSeconds } from './fetch.js';

describe('retryAfterSeconds', () => {
  const clock = fixedClock('2023-03-01T10:00:00Z');
  it.each<[string | null, number | null]>([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 01 Mar 2023 10:01:30 GMT', 90],
    ['Wed, 01 Mar 2023 09:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    [null, null],
  ])('%s -> %s', (header, seconds) => {
    expect(retryAfterSeconds(header, clock)).toBe(seconds);
  });
});
