import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['24h', 86_400_000], ['7d', 604_800_000], ['90m', 5_400_000], ['1w', 604_800_000], [' 2H ', 7_200_000], ['1.5h', 5_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', 'soon', '24', 'h', '-1h', '0h', '3y'])('refuses %j', (text) => expect(parseDuration(text)).toBeNull());
});
