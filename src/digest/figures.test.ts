import { describe, expect, it } from 'vitest';
import type { Figure } from '../core/analysis.js';
import { figureRows } from './figures.js';

function fig(over: Partial<Figure>): Figure {
  return {
    id: 'f', workspace: 'w', articleId: 'a', metric: 'refugees', population: 'people', value: 1, qualifier: null,
    source: 'UNHCR', caveat: null, sentence: 's', asOf: '2022-03-01T00:00:00.000Z', asOfUnknown: false, ...over,
  };
}

describe('figureRows', () => {
  it('puts the newest value of a source first, with the value it superseded', () => {
    const older = fig({ id: 'f1', value: 660000, asOf: '2022-03-01T00:00:00.000Z' });
    const newer = fig({ id: 'f2', value: 934000, asOf: '2022-03-02T00:00:00.000Z' });
    const rows = figureRows([newer], [older, newer]);
    expect(rows.map((r) => [r.value, r.latest, r.previousValue])).toEqual([[934000, true, 660000], [660000, false, null]]);
  });

  it('keeps different sources side by side and never merges them', () => {
    const rows = figureRows([fig({ id: 'a', source: 'UN', metric: 'killed', value: 1417 }), fig({ id: 'b', source: 'Ministry', metric: 'killed', value: 2000 })], []);
    expect(rows.filter((r) => r.latest).map((r) => [r.source, r.value])).toEqual([['Ministry', 2000], ['UN', 1417]]);
  });

  it('lists a value repeated by a second article once', () => {
    const rows = figureRows([fig({ id: 'a', articleId: 'x', value: 934000 }), fig({ id: 'b', articleId: 'y', value: 934000 })], []);
    expect(rows).toHaveLength(1);
  });

  it('orders undated figures imported together by value, since these counts only grow', () => {
    const t = '2026-11-22T08:00:00.000Z';
    const rows = figureRows([fig({ id: 'a', value: 660000, asOf: t, asOfUnknown: true }), fig({ id: 'b', value: 4200000, asOf: t, asOfUnknown: true })], []);
    expect(rows.map((r) => r.value)).toEqual([4200000, 660000]);
  });

  it('never lets an undated figure pass for the latest one, and keeps the dated copy of a repeated value', () => {
    const dated = fig({ id: 'd', value: 4200000, asOf: '2022-04-04T00:00:00.000Z' });
    const undatedCopy = fig({ id: 'u', value: 4200000, asOf: '2026-11-22T08:00:00.000Z', asOfUnknown: true });
    const undatedOther = fig({ id: 'o', value: 934000, asOf: '2026-11-22T08:00:00.000Z', asOfUnknown: true });
    const rows = figureRows([undatedCopy, undatedOther], [dated]);
    expect(rows.map((r) => [r.value, r.asOfUnknown, r.latest, r.previousValue])).toEqual([[4200000, false, true, null], [934000, true, false, null]]);
  });

  it('does not chain unattributed counts from different articles into one series', () => {
    const rows = figureRows([fig({ id: 'a', source: null, metric: 'killed', value: 8 }), fig({ id: 'b', source: null, metric: 'killed', value: 30000, asOf: '2022-02-01T00:00:00.000Z' })], []);
    expect(rows.every((r) => r.latest && r.previousValue === null)).toBe(true);
  });

  it('orders metrics as listed (killed before refugees) and ignores history of keys not in the window', () => {
    const rows = figureRows([fig({ id: 'r' }), fig({ id: 'k', metric: 'killed', source: 'UN' })], [fig({ id: 'x', metric: 'missing', source: 'ICRC' })]);
    expect(rows.map((r) => r.metric)).toEqual(['killed', 'refugees']);
  });
});
