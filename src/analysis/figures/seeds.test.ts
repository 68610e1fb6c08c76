import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../tests/support/shared.js';
import type { FigureMention } from '../../core/analysis.js';
import { extractFigures } from './index.js';

function seed(name: string): FigureMention[] {
  return extractFigures(readFileSync(sharedPath('seeds', name), 'utf8'));
}

function values(figures: FigureMention[]): number[] {
  return figures.map((f) => f.value);
}

describeShared('extractFigures on the seed articles', () => {
  it('000: finds no humanitarian figures in a story about votes and referrals', () => {
    expect(seed('000_52a53898203552b1.txt')).toEqual([]);
  });

  it('001: civilian deaths with a caveat, refugees from UNHCR, and no forecast or vote count', () => {
    const figures = seed('001_7971a34e00416cf3.txt');
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ metric: 'killed', population: 'civilians', value: 2000, qualifier: 'more than', source: "Ukraine's state emergency service" });
    expect(figures[0]?.caveat).toContain('not independently verified');
    expect(figures[1]).toMatchObject({ metric: 'refugees', population: 'people', value: 934_000, qualifier: 'more than', source: 'UNHCR' });
    // "expected to reach a million", "37 allies", "141 nations", "only five" are not figures.
    expect(values(figures)).not.toContain(1_000_000);
    for (const n of [37, 141, 5]) expect(values(figures)).not.toContain(n);
  });

  it('002: UN killed and injured with a shared hedge, UNHCR refugees and displaced', () => {
    const figures = seed('002_cd871250c006d7d6.txt');
    expect(figures).toHaveLength(4);
    expect(figures[0]).toMatchObject({ metric: 'killed', population: 'civilians', value: 1417, qualifier: 'at least', source: 'UN' });
    expect(figures[0]?.caveat).toMatch(/true figure .*far higher/);
    expect(figures[1]).toMatchObject({ metric: 'injured', population: 'civilians', value: 2038, qualifier: 'at least', source: 'UN' });
    expect(figures[2]).toMatchObject({ metric: 'refugees', value: 4_200_000, qualifier: 'more than', source: 'UNHCR' });
    // "millions more internally displaced" is kept as a vague displaced figure.
    expect(figures[3]).toMatchObject({ metric: 'displaced', value: 1_000_000, qualifier: 'millions', source: 'UNHCR' });
    expect(values(figures)).not.toContain(24);
  });

  it('003: refugees and displaced from UNHCR, no sanctioned officials or durations', () => {
    const figures = seed('003_8d2513d879e387fc.txt');
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ metric: 'refugees', population: 'people', value: 660_000, qualifier: 'nearly', source: 'UNHCR' });
    expect(figures[1]).toMatchObject({ metric: 'displaced', value: 10_000, qualifier: 'tens of thousands', source: 'UNHCR' });
    expect(values(figures)).not.toContain(26);
    expect(values(figures)).not.toContain(5);
  });
});
