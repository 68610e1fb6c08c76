import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterBatch, type BatchDocument } from './batch.js';
import { DEFAULT_THRESHOLD, StoryClusterer, storyIdFor } from './clusterer.js';
import { storyFingerprint } from './fingerprint.js';

interface EventArticle {
  id: string;
  event: string;
  hours: number;
  outlet: string;
  title: string;
  text: string;
}

const HOUR = 3_600_000;
const START = Date.parse('2024-03-05T06:00:00Z');
const { articles } = JSON.parse(readFileSync(new URL('./testdata/events.json', import.meta.url), 'utf8')) as { articles: EventArticle[] };
const docs: BatchDocument[] = articles.map((a) => ({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, time: START + a.hours * HOUR }));
const doc = (id: string) => docs.find((d) => d.id === id) as BatchDocument;
const item = (id: string, time = doc(id).time) => ({ articleId: id, fingerprint: storyFingerprint(doc(id)), time, outlet: doc(id).outlet });

describe('clusterBatch on invented events', () => {
  const stories = clusterBatch(docs);

  it.each([
    ['the same hospital strike reported by two outlets', 'a1', 'a2'],
    ['the same bar shooting reported by two outlets', 'c1', 'c2'],
  ])('puts together %s', (_name, a, b) => {
    expect(stories.get(a)).toBe(stories.get(b));
  });

  it.each([
    ['two strikes on civilian buildings in different cities', 'a1', 'b1'],
    ['two different war-crimes cases on the same day', 'e1', 'e2'],
    ['two shootings in different cities', 'c1', 'd1'],
    ['a war-crimes trial and the hospital strike it does not concern', 'e1', 'a1'],
    ['a follow-up of the hospital strike five days later, outside the 72-hour window', 'a1', 'a3'],
  ])('keeps apart %s', (_name, a, b) => {
    expect(stories.get(a)).not.toBe(stories.get(b));
  });

  it('joins the follow-up when the window is long enough, so the window is what kept it apart', () => {
    const wide = clusterBatch(docs, { windowHours: 24 * 7 });
    expect(wide.get('a3')).toBe(wide.get('a1'));
  });

  it('does not depend on the order of the input', () => {
    expect(new Map([...clusterBatch([...docs].reverse())].sort())).toEqual(new Map([...stories].sort()));
  });

  it('names each story after its first article', () => {
    expect(stories.get('a1')).toBe(storyIdFor('a1'));
    expect(stories.get('a2')).toBe(storyIdFor('a1'));
    expect(new Set(stories.values()).size).toBe(7);
  });
});

describe('StoryClusterer', () => {
  it('derives story ids from the article id', () => {
    expect(storyIdFor('a1')).toMatch(/^s_[0-9a-f]{12}$/);
    expect(storyIdFor('a1')).toBe(storyIdFor('a1'));
    expect(storyIdFor('a1')).not.toBe(storyIdFor('a2'));
  });

  it('reports a new story, then a join with its score', () => {
    const clusterer = new StoryClusterer();
    expect(clusterer.assign(item('a1'))).toEqual({ storyId: storyIdFor('a1'), isNew: true, score: 0 });
    const joined = clusterer.assign(item('a2'));
    expect(joined.storyId).toBe(storyIdFor('a1'));
    expect(joined.isNew).toBe(false);
    expect(joined.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(joined.score).toBeLessThanOrEqual(1);
  });

  it('lets a new article join a story loaded with add', () => {
    const clusterer = new StoryClusterer();
    clusterer.add({ ...item('a1'), storyId: 's_from_store' });
    expect(clusterer.assign(item('a2'))).toMatchObject({ storyId: 's_from_store', isNew: false });
  });

  it('starts a new story when the threshold is not met', () => {
    const strict = new StoryClusterer({ threshold: 0.99 });
    strict.assign(item('a1'));
    expect(strict.assign(item('a2'))).toMatchObject({ storyId: storyIdFor('a2'), isNew: true });
  });

  it('evicts stories once their latest article is older than the window', () => {
    const clusterer = new StoryClusterer({ windowHours: 72 });
    clusterer.assign(item('a1'));
    clusterer.assign(item('b1'));
    expect(clusterer.openStories).toBe(2);
    clusterer.assign(item('c1', START + 100 * HOUR));
    expect(clusterer.openStories).toBe(1);
    expect(clusterer.assign(item('a2', START + 100 * HOUR))).toMatchObject({ isNew: true });
  });

  it('ignores loaded assignments that are already outside the window', () => {
    const clusterer = new StoryClusterer({ windowHours: 72 });
    clusterer.assign(item('c1', START + 100 * HOUR));
    clusterer.add({ ...item('a1', START), storyId: 's_old' });
    expect(clusterer.assign(item('a2', START + 100 * HOUR)).storyId).not.toBe('s_old');
  });

  it('never reuses the id of an open story', () => {
    const clusterer = new StoryClusterer({ threshold: 0.99 });
    const first = clusterer.assign(item('a1'));
    const again = clusterer.assign({ ...item('b1'), articleId: 'a1' });
    expect(again.isNew).toBe(true);
    expect(again.storyId).not.toBe(first.storyId);
    expect(again.storyId).toMatch(/^s_[0-9a-f]{12}$/);
  });

  it('treats a fingerprint of another version as having no terms', () => {
    const clusterer = new StoryClusterer();
    clusterer.assign(item('a1'));
    const stale = { ...item('a2'), fingerprint: { v: 0, terms: storyFingerprint(doc('a2')).terms } };
    expect(clusterer.assign(stale)).toMatchObject({ isNew: true, score: 0 });
  });

  it('gives the same ids for the same input', () => {
    const run = () => {
      const clusterer = new StoryClusterer();
      return docs.map((d) => clusterer.assign(item(d.id)).storyId);
    };
    expect(run()).toEqual(run());
  });
});
