import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLES, draft, testApp } from '../support/app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

describe('ingest', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await testApp();
  });
  afterEach(() => app.close());

  it('stores each article once: re-ingesting, or the same item by guid or URL, changes nothing', async () => {
    const first = await app.add('W', Object.values(ARTICLES));
    expect(first).toMatchObject({ inserted: 4, duplicates: 0, failed: [] });
    const again = await app.add('W', Object.values(ARTICLES));
    expect(again).toMatchObject({ inserted: 0, duplicates: 4 });
    const sameUrl = await app.add('W', [{ ...ARTICLES.sanctions, text: ARTICLES.sanctions.text + ' Updated.' }]);
    expect(sameUrl).toMatchObject({ inserted: 0, duplicates: 1 });
    expect(await app.store.articles.count('W')).toBe(4);
    // A record re-imported under the same source id with edited text is the same article.
    const record = draft({ externalId: 'rec-1', title: 'Aid convoy reaches city', text: 'An aid convoy reached the city on Friday.' });
    expect(await app.add('W', [record])).toMatchObject({ inserted: 1 });
    expect(await app.add('W', [{ ...record, text: 'An aid convoy reached the besieged city on Friday.' }])).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('keeps workspaces apart: the same article is stored in each', async () => {
    await app.add('A', [ARTICLES.sanctions]);
    expect(await app.add('B', [ARTICLES.sanctions])).toMatchObject({ inserted: 1 });
  });

  it('joins a later report of the same event to the stored story, across ingest runs', async () => {
    await app.add('W', [ARTICLES.icjHearingA, ARTICLES.sanctions]);
    await app.add('W', [ARTICLES.icjHearingB]);
    const stored = await app.store.articles.inWindow('W', 'placed_at', '2022-03-01T00:00:00Z', '2022-03-31T00:00:00Z');
    const story = (title: string) => stored.find((a) => a.title === title)!.storyId;
    expect(story(ARTICLES.icjHearingA.title)).toBe(story(ARTICLES.icjHearingB.title));
    expect(story(ARTICLES.sanctions.title)).not.toBe(story(ARTICLES.icjHearingA.title));
  });

  it('keeps topics with their evidence and figures with their date', async () => {
    await app.add('W', [ARTICLES.refugees, draft({ title: 'Undated', text: 'At least 12 civilians were killed in the shelling, regional officials said.' })]);
    const [article] = await app.store.articles.inWindow('W', 'placed_at', '2022-03-08T00:00:00Z', '2022-03-09T00:00:00Z');
    expect(article!.topics.find((t) => t.topic === 'humanitarian')?.evidence.length).toBeGreaterThan(0);
    const figures = await app.store.figures.history('W');
    expect(figures.find((f) => f.value === 474)).toMatchObject({ asOf: '2022-03-08T09:00:00.000Z', asOfUnknown: false });
    expect(figures.find((f) => f.value === 12)).toMatchObject({ asOf: '2022-03-10T08:00:00.000Z', asOfUnknown: true });
  });

  it('reports an article with no title and no text, and stores the others', async () => {
    const result = await app.add('W', [draft({ title: ' ', text: '' }), ARTICLES.sanctions]);
    expect(result.inserted).toBe(1);
    expect(result.failed).toEqual([{ ref: 'test', reason: 'The article has neither a title nor any text.' }]);
  });

  it('strips boilerplate from feed items before storing', async () => {
    await app.add('W', [draft({ origin: { kind: 'feed', ref: 'https://feed.example/rss' }, title: 'Court hearing', text: 'The court heard arguments on the case for a whole day on Monday.\n\nRead more' })]);
    const [article] = await app.store.articles.inWindow('W', 'ingested_at', '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    expect(article!.text).toBe('The court heard arguments on the case for a whole day on Monday.');
  });
});
