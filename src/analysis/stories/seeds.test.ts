import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../tests/support/shared.js';
import { clusterBatch } from './batch.js';

describeShared('story clustering on the seed articles', () => {
  let stories: Map<string, string>;
  beforeAll(() => {
    // The seeds carry no dates: all four are placed at the same time, so only their content counts.
    const docs = readdirSync(sharedPath('seeds'))
      .sort()
      .map((name) => ({ id: name.slice(0, 3), title: '', text: readFileSync(sharedPath('seeds', name), 'utf8'), outlet: null, time: 0 }));
    stories = clusterBatch(docs);
  });

  it('puts the two reports of the PMQs war-crimes accusation (000, 001) in one story', () => {
    expect(stories.get('000')).toBe(stories.get('001'));
  });

  it.each([
    ['002 (Bucha, April)', '002'],
    ['003 (Kremlin denial)', '003'],
  ])('keeps %s in a story of its own', (_name, seed) => {
    const others = [...stories].filter(([id]) => id !== seed).map(([, story]) => story);
    expect(others).not.toContain(stories.get(seed));
  });
});
