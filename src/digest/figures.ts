/**
 * The figures table: for every metric, population and source reported in the window, the latest
 * value and the earlier values the store holds. Sources stand side by side; nothing is averaged.
 */
import { METRICS, type Figure } from '../core/analysis.js';
import type { DigestFigure } from '../core/digest.js';

export function figureKey(f: Pick<Figure, 'metric' | 'population' | 'source'>): string {
  return [f.metric, f.population ?? '', (f.source ?? '').toLowerCase()].join('|');
}

/**
 * Newest first. Figures without a date carry their ingest time; ties (several undated articles
 * imported together) go to the larger value, since the counts users follow here only grow.
 */
function newestFirst(a: Figure, b: Figure): number {
  return b.asOf.localeCompare(a.asOf) || b.value - a.value || a.id.localeCompare(b.id);
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
    // The same value from the same source, repeated by another article, is one figure.
    if (!group.some((g) => g.id === f.id || (g.value === f.value && g.qualifier === f.qualifier))) group.push(f);
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
        previousValue: i === 0 ? (group[1]?.value ?? null) : null,
      });
    });
  }
  return rows;
}
