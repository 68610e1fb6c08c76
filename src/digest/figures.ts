/**
 * The figures table: for every metric, population and source reported in the window, the latest
 * value and the earlier values the store holds. Sources stand side by side; nothing is averaged.
 */
import { METRICS, type Figure } from '../core/analysis.js';
import type { DigestFigure } from '../core/digest.js';

/**
 * Figures of one series: same metric, population and source. A figure with no source is a series
 * of its own: unattributed counts from different articles are usually different events.
 */
export function figureKey(f: Pick<Figure, 'id' | 'metric' | 'population' | 'source'>): string {
  return f.source === null ? `unattributed|${f.id}` : [f.metric, f.population ?? '', f.source.toLowerCase()].join('|');
}

/**
 * Newest first. A dated figure always comes before an undated one (whose asOf is only its import
 * time); among undated figures imported together the larger value leads, since the counts users
 * follow here only grow.
 */
function newestFirst(a: Figure, b: Figure): number {
  return Number(a.asOfUnknown) - Number(b.asOfUnknown) || b.asOf.localeCompare(a.asOf) || b.value - a.value || a.id.localeCompare(b.id);
}

/**
 * @example
 * figureRows(figuresInWindow, storeHistory) // [{ metric: 'refugees', value: 4200000, latest: true, previousValue: 934000 }, ...]
 */
export function figureRows(inWindow: Figure[], history: Figure[]): DigestFigure[] {
  const keys = new Set(inWindow.map(figureKey));
  const groups = new Map<string, Figure[]>();
  for (const f of [...inWindow, ...history]) {
    const key = figureKey(f);
    if (!keys.has(key)) continue;
    const group = groups.get(key) ?? [];
    // The same value from the same source, repeated by another article, is one figure: the dated
    // copy when there is one.
    const same = group.findIndex((g) => g.id === f.id || (g.value === f.value && g.qualifier === f.qualifier));
    if (same === -1) group.push(f);
    else if (group[same]!.asOfUnknown && !f.asOfUnknown) group[same] = f;
    groups.set(key, group);
  }
  const order = (f: Figure) => METRICS.indexOf(f.metric);
  const sorted = [...groups.values()]
    .map((g) => g.sort(newestFirst))
    .sort((a, b) => order(a[0]!) - order(b[0]!) || (a[0]!.source ?? '~').localeCompare(b[0]!.source ?? '~') || (a[0]!.population ?? '').localeCompare(b[0]!.population ?? ''));

  const rows: DigestFigure[] = [];
  for (const group of sorted) {
    group.forEach((f, i) => {
      rows.push({
        metric: f.metric,
        population: f.population,
        value: f.value,
        qualifier: f.qualifier,
        source: f.source,
        caveat: f.caveat,
        asOf: f.asOf,
        asOfUnknown: f.asOfUnknown,
        articleId: f.articleId,
        sentence: f.sentence,
        latest: i === 0,
        // A change is only meaningful between two dated values.
        previousValue: i === 0 && !f.asOfUnknown && group[1] && !group[1].asOfUnknown ? group[1].value : null,
      });
    });
  }
  return rows;
}
