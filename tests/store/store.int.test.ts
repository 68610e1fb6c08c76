import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import type { Figure } from '../../src/core/analysis.js';
import type { Store } from '../../src/store/index.js';
import { testDatabases } from '../support/databases.js';

function article(over: Partial<Article> = {}): Article {
  return {
    id: 'a1', workspace: 'w1', externalId: null, origin: { kind: 'file', ref: 'x.txt' }, outlet: 'Outlet A',
    byline: null, title: 'Court opens war crimes inquiry', url: 'https://example.org/a1', guid: null,
    published: '2022-03-02T10:00:00.000Z', ingestedAt: '2026-11-22T08:00:00.000Z', contentHash: 'h1',
    storyId: 's1', text: 'Prosecutors at the court opened an inquiry into alleged war crimes.', ...over,
  };
}

function figure(over: Partial<Figure> = {}): Figure {
  return {
    id: 'fig1', workspace: 'w1', articleId: 'a1', metric: 'refugees', population: 'people', value: 934000,
    qualifier: 'more than', source: 'UNHCR', caveat: null, sentence: 'More than 934,000 people have fled.',
    asOf: '2022-03-02T10:00:00.000Z', asOfUnknown: false, ...over,
  };
}

for (const database of testDatabases) {
  describe.skipIf(!database.available)(`store on ${database.name}`, () => {
    afterAll(() => database.cleanup());

    async function withStore(run: (store: Store) => Promise<void>) {
      const store = await database.open();
      try {
        await run(store);
      } finally {
        await store.close();
      }
    }

    it('stores an article once, with topics, figures and story, and finds duplicates', () =>
      withStore(async (store) => {
        const entry = {
          article: article(), fingerprint: { t: ['court'] },
          topics: [{ topic: 'legal-action', score: 4, evidence: [{ phrase: 'war crimes', weight: 3, count: 1 }] }],
          figures: [figure()],
        };
        expect(await store.articles.insert(entry)).toBe(true);
        expect(await store.articles.insert({ ...entry, article: article({ id: 'a1-again' }) })).toBe(false);
        expect(await store.articles.count('w1')).toBe(1);
        expect(await store.articles.findDuplicate('w1', { contentHash: 'zz', guid: null, url: 'https://example.org/a1' })).toBe('a1');
        expect(await store.articles.findDuplicate('w2', { contentHash: 'h1', guid: null, url: null })).toBeNull();

        const inWindow = await store.articles.inWindow('w1', 'placed_at', '2022-03-01T00:00:00Z', '2022-03-03T00:00:00Z');
        expect(inWindow.map((a) => a.id)).toEqual(['a1']);
        expect(inWindow[0]!.topics[0]).toMatchObject({ topic: 'legal-action', score: 4 });
        expect(await store.articles.inWindow('w1', 'ingested_at', '2022-03-01T00:00:00Z', '2022-03-03T00:00:00Z')).toEqual([]);
        expect((await store.figures.history('w1'))[0]).toMatchObject({ value: 934000, source: 'UNHCR', asOfUnknown: false });
        const cluster = await store.articles.forClustering('w1', '2022-03-01T00:00:00Z', '2022-03-03T00:00:00Z');
        expect(cluster).toEqual([{ id: 'a1', storyId: 's1', fingerprint: { t: ['court'] }, placedAt: '2022-03-02T10:00:00.000Z', outlet: 'Outlet A' }]);
      }));

    it('counts a story across articles and keeps its time span', () =>
      withStore(async (store) => {
        await store.articles.insert({ article: article(), fingerprint: {}, topics: [], figures: [] });
        await store.articles.insert({
          article: article({ id: 'a2', contentHash: 'h2', url: null, published: '2022-03-01T09:00:00.000Z' }),
          fingerprint: {}, topics: [], figures: [],
        });
        const articles = await store.articles.ofStories('w1', ['s1']);
        expect(articles.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
      }));

    it('searches title and text within one workspace only, and treats query syntax as words', () =>
      withStore(async (store) => {
        await store.articles.insert({ article: article(), fingerprint: {}, topics: [], figures: [] });
        await store.articles.insert({ article: article({ id: 'b1', workspace: 'w2', contentHash: 'h9' }), fingerprint: {}, topics: [], figures: [] });
        expect((await store.search('w1', 'inquiry')).map((a) => a.id)).toEqual(['a1']);
        expect((await store.search('w2', 'inquiry')).map((a) => a.id)).toEqual(['b1']);
        expect(await store.search('w1', 'sanctions')).toEqual([]);
        await expect(store.search('w1', 'war" OR * AND (')).resolves.toBeInstanceOf(Array);
      }));

    it('claims a delivery slot once and resumes an abandoned one after its last part', () =>
      withStore(async (store) => {
        const request = { slotKey: 'sub1@2026-11-22T08:00', workspace: 'w1', subscriptionId: 'sub1', claimedBy: 'r1', now: '2026-11-22T08:00:00.000Z', leaseMs: 600_000, maxAttempts: 3 };
        const first = await store.deliveries.claim(request);
        expect(first).toMatchObject({ partsPosted: 0, attempt: 1 });
        expect(await store.deliveries.claim({ ...request, claimedBy: 'r2' })).toBeNull();
        await store.deliveries.recordPart(first!.id, 0, 'm0');
        await store.deliveries.recordPart(first!.id, 1, 'm1');
        const resumed = await store.deliveries.claim({ ...request, claimedBy: 'r2', now: '2026-11-22T08:11:00.000Z' });
        expect(resumed).toMatchObject({ id: first!.id, partsPosted: 2, attempt: 2 });
        await store.deliveries.finish(first!.id, 'done', '2026-11-22T08:12:00.000Z');
        expect(await store.deliveries.claim({ ...request, now: '2026-11-23T08:00:00.000Z' })).toBeNull();
        expect((await store.deliveries.bySlot(request.slotKey))?.message_ids).toBe('["m0","m1"]');
      }));

    it('keeps feeds and subscriptions per workspace and records errors', () =>
      withStore(async (store) => {
        expect(await store.feeds.add('w1', 'https://example.org/rss', 'u1', '2026-11-22T08:00:00Z')).toBe(true);
        expect(await store.feeds.add('w1', 'https://example.org/rss', 'u1', '2026-11-22T08:00:00Z')).toBe(false);
        expect(await store.feeds.list('w2')).toEqual([]);
        const [feed] = await store.feeds.list('w1');
        await store.feeds.recordFetch(feed!.id, { fetchedAt: '2026-11-22T08:01:00Z', status: 'error', error: 'The feed answered 404 Not Found.' });
        expect((await store.feeds.list('w1'))[0]).toMatchObject({ last_status: 'error', error_count: 1 });

        const sub = await store.subscriptions.upsert({ workspace: 'w1', platform: 'discord', channelId: 'c1', topic: 'sanctions', cron: '0 8 * * *', timezone: 'UTC', createdBy: 'u1' }, '2026-11-22T08:00:00Z');
        await store.subscriptions.recordError(sub.id, 'Missing access to the channel.', '2026-11-22T08:00:00Z', true);
        expect((await store.subscriptions.get(sub.id))?.disabled_reason).toBe('Missing access to the channel.');
        await store.subscriptions.upsert({ workspace: 'w1', platform: 'discord', channelId: 'c1', topic: 'sanctions', cron: '0 9 * * *', timezone: 'UTC', createdBy: 'u1' }, '2026-11-22T09:00:00Z');
        expect(await store.subscriptions.get(sub.id)).toMatchObject({ cron: '0 9 * * *', disabled_reason: null });
        expect(await store.subscriptions.list({ workspace: 'w2' })).toEqual([]);
      }));
  });
}
