import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/config/topics.js';
import type { TopicDefinition } from '../../src/core/analysis.js';
import { buildDigest, type DigestWindow } from '../../src/digest/build.js';
import { ARTICLES, TOPICS_FILE, draft, testApp } from '../support/app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

describe('buildDigest', () => {
  let app: TestApp;
  let topics: TopicDefinition[];
  beforeEach(async () => {
    app = await testApp({ now: '2026-11-22T07:00:00.000Z' });
    topics = await loadTopics(TOPICS_FILE);
    await app.add('W', Object.values(ARTICLES));
  });
  afterEach(() => app.close());

  const build = (window: DigestWindow, topic?: string) =>
    buildDigest(app.store, { workspace: 'W', topics, window, topic, storiesPerSection: 5, now: window.to });

  it('gives the same digest for the same window after more articles arrived (a resumed delivery)', async () => {
    const window: DigestWindow = { from: new Date('2026-11-21T08:00:00.000Z'), to: new Date('2026-11-22T08:00:00.000Z'), field: 'ingested_at' };
    const before = await build(window);
    app.clock.advance(3 * 3_600_000);
    await app.add('W', [draft({
      title: 'Judges hear Ukraine genocide case as Russia stays away', outlet: 'Outlet Four', published: '2022-03-07T18:00:00.000Z',
      text: 'Judges at the International Court of Justice in The Hague heard Ukraine on Monday in its genocide case; Russia did not attend. At least 500 civilians have been killed, the UN said.',
    })]);
    expect(await build(window)).toEqual(before);
    const later = await build({ ...window, to: new Date('2026-11-22T12:00:00.000Z') });
    const icj = later.sections.flatMap((s) => s.stories).find((s) => s.articles.some((a) => a.outlet === 'Outlet Four'));
    expect(icj?.articles.map((a) => a.outlet).sort()).toEqual(['Outlet Four', 'Outlet One', 'Outlet Two']);
  });

  it('takes a published-date window for historical digests, whenever the articles were imported', async () => {
    // A date without a time belongs to the first day of a window that starts that day.
    await app.add('W', [draft({ title: 'Court sets date for ruling on Ukraine request', outlet: 'Outlet Five', published: '2022-03-09', text: 'The International Court of Justice said it would rule on provisional measures in the genocide case brought by Ukraine next week.' })]);
    const digest = await build({ from: new Date('2022-03-09T00:00:00.000Z'), to: new Date('2022-03-09T23:59:59.999Z'), field: 'placed_at' });
    const titles = digest.sections.flatMap((s) => s.stories.flatMap((st) => st.articles.map((a) => a.title)));
    expect(titles).toContain(ARTICLES.sanctions.title);
    expect(titles).toContain('Court sets date for ruling on Ukraine request');
    const empty = await build({ from: new Date('2021-01-01T00:00:00.000Z'), to: new Date('2021-12-31T00:00:00.000Z'), field: 'placed_at' });
    expect(empty.sections.every((s) => s.stories.length === 0)).toBe(true);
    expect(empty.figures).toEqual([]);
  });

  it('shows a story once, under the topic it is most about, and every matching story in a one-topic digest', async () => {
    const window: DigestWindow = { from: new Date('2026-11-21T00:00:00.000Z'), to: new Date('2026-11-23T00:00:00.000Z'), field: 'ingested_at' };
    const full = await build(window);
    const ids = full.sections.flatMap((s) => s.stories.map((st) => st.id));
    expect(new Set(ids).size).toBe(ids.length);
    const humanitarian = await build(window, 'humanitarian');
    expect(humanitarian.sections.map((s) => s.topic)).toEqual(['humanitarian']);
    expect(humanitarian.figures.every((f) => humanitarian.sections[0]!.stories.some((s) => s.articles.some((a) => a.id === f.articleId)))).toBe(true);
  });
});
