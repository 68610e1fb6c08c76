import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../tests/support/shared.js';
import { clusterBatch } from './batch.js';
import { StoryClusterer } from './clusterer.js';
import { storyFingerprint } from './fingerprint.js';

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

describeShared('story clustering on the seed articles, after learning from war coverage', () => {
  it('still keeps the four seeds in three stories once war vocabulary is known to be common', () => {
    // Earlier war coverage (2022, NYT and Guardian) loaded as old assignments: it teaches the
    // clusterer that "Ukraine", "Putin" or "war crimes" are everywhere, as a running bot would know.
    const lines = readFileSync(sharedPath('corpus', 'articles.jsonl'), 'utf8').split('\n');
    const clusterer = new StoryClusterer();
    let loaded = 0;
    for (const line of lines) {
      if (!line.includes('"kaggle-nyt-guardian-ukraine-2022"')) continue;
      const record = JSON.parse(line) as { id: string; title: string | null; text: string | null };
      const fingerprint = storyFingerprint({ title: record.title ?? '', text: record.text ?? '' });
      clusterer.add({ articleId: record.id, storyId: `old-${loaded++}`, fingerprint, time: 0, outlet: null });
    }
    expect(loaded).toBeGreaterThan(100);
    const later = 365 * 24 * 3_600_000;
    const story = (seed: string) => {
      const name = readdirSync(sharedPath('seeds')).find((n) => n.startsWith(seed)) as string;
      const fingerprint = storyFingerprint({ title: '', text: readFileSync(sharedPath('seeds', name), 'utf8') });
      return clusterer.assign({ articleId: seed, fingerprint, time: later, outlet: null }).storyId;
    };
    const [s0, s1, s2, s3] = ['000', '001', '002', '003'].map(story);
    expect(s1).toBe(s0);
    expect(new Set([s0, s2, s3]).size).toBe(3);
  });
});
