import { describe, expect, it } from 'vitest';
import { topByScore } from './top.js';

const byName = (a: string, b: string) => a.localeCompare(b);

describe('topByScore', () => {
  it.each([
    ['keeps the k best, best first', [['a', 1], ['b', 3], ['c', 2], ['d', 0]], 2, ['b', 'c']],
    ['orders equal scores by the tie-breaker', [['z', 1], ['y', 1], ['x', 1]], 2, ['x', 'y']],
    ['returns everything when there are fewer than k', [['a', 1]], 3, ['a']],
    ['returns nothing for k = 0', [['a', 1]], 0, []],
  ] as Array<[string, Array<[string, number]>, number, string[]]>)('%s', (_name, entries, k, expected) => {
    expect(topByScore(entries, k, byName)).toEqual(expected);
  });

  it('agrees with a full sort', () => {
    const entries: Array<[string, number]> = Array.from({ length: 200 }, (_, i) => [`s${i}`, (i * 37) % 23]);
    const sorted = [...entries].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, 16).map(([s]) => s);
    expect(topByScore(entries, 16, byName)).toEqual(sorted);
  });
});
