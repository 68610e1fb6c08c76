/** Picking the best few of many scored items without sorting them all. */

/**
 * The `k` keys with the highest scores, best first; equal scores are ordered by `tie`.
 *
 * @example
 * topByScore(new Map([['a', 1], ['b', 3], ['c', 2]]), 2, (x, y) => x.localeCompare(y)); // ['b', 'c']
 */
export function topByScore<T>(scores: Iterable<[T, number]>, k: number, tie: (a: T, b: T) => number): T[] {
  const before = (a: [T, number], b: [T, number]) => a[1] > b[1] || (a[1] === b[1] && tie(a[0], b[0]) < 0);
  const best: Array<[T, number]> = [];
  for (const entry of scores) {
    const last = best[best.length - 1];
    if (best.length === k && last && !before(entry, last)) continue;
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1] as [T, number])) i--;
    best.splice(i, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map(([item]) => item);
}
